/** Plain-object forms of the decoded ONNX messages (the fields of `ONNX_SCHEMA`), with int64 as number. */

export interface OnnxTensor {
  readonly name?: string;
  readonly dims?: readonly number[];
  readonly dataType?: number;
  readonly floatData?: readonly number[];
  readonly int32Data?: readonly number[];
  readonly int64Data?: readonly number[];
  readonly rawData?: Uint8Array;
  readonly dataLocation?: number;
}

export interface OnnxAttribute {
  readonly name?: string;
  readonly type?: number;
  readonly f?: number;
  readonly i?: number;
  readonly s?: Uint8Array;
  readonly t?: OnnxTensor;
  readonly floats?: readonly number[];
  readonly ints?: readonly number[];
}

export interface OnnxNode {
  readonly input?: readonly string[];
  readonly output?: readonly string[];
  readonly name?: string;
  readonly opType?: string;
  readonly domain?: string;
  readonly attribute?: readonly OnnxAttribute[];
}

export interface OnnxDimension {
  readonly dimValue?: number;
  readonly dimParam?: string;
}

export interface OnnxValueInfo {
  readonly name?: string;
  readonly type?: { readonly tensorType?: { readonly elemType?: number; readonly shape?: { readonly dim?: readonly OnnxDimension[] } } };
}

export interface OnnxGraph {
  readonly name?: string;
  readonly node?: readonly OnnxNode[];
  readonly initializer?: readonly OnnxTensor[];
  readonly input?: readonly OnnxValueInfo[];
  readonly output?: readonly OnnxValueInfo[];
  readonly valueInfo?: readonly OnnxValueInfo[];
}

export interface OnnxModel {
  readonly irVersion?: number;
  readonly producerName?: string;
  readonly producerVersion?: string;
  readonly opsetImport?: readonly { readonly domain?: string; readonly version?: number }[];
  readonly graph?: OnnxGraph;
}
