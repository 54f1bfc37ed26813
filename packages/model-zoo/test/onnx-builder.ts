import type { OnnxAttribute, OnnxModel, OnnxNode, OnnxTensor, OnnxValueInfo } from '../src/index.js';
import { encodeOnnxModel, ONNX_ATTRIBUTE_TYPE, ONNX_DATA_TYPE } from '../src/index.js';

/** Small helpers for writing ONNX graphs in tests with the package's own schema. */
export const ints = (name: string, values: number[]): OnnxAttribute => ({ name, type: ONNX_ATTRIBUTE_TYPE.INTS, ints: values });
export const int = (name: string, value: number): OnnxAttribute => ({ name, type: ONNX_ATTRIBUTE_TYPE.INT, i: value });
export const str = (name: string, value: string): OnnxAttribute => ({ name, type: ONNX_ATTRIBUTE_TYPE.STRING, s: new TextEncoder().encode(value) });

export function node(opType: string, name: string, input: string[], output: string[], attribute: OnnxAttribute[] = []): OnnxNode {
  return { opType, name, input, output, attribute };
}

/** A float weight without data, as in the stripped exports: only the dims matter. */
export const weight = (name: string, dims: number[]): OnnxTensor => ({ name, dims, dataType: ONNX_DATA_TYPE.FLOAT });

/** An int64 constant stored in raw_data, little-endian, as exporters write them. */
export function int64Tensor(name: string, values: number[]): OnnxTensor {
  const raw = new Uint8Array(values.length * 8);
  const view = new DataView(raw.buffer);
  values.forEach((v, i) => view.setBigInt64(i * 8, BigInt(v), true));
  return { name, dims: [values.length], dataType: ONNX_DATA_TYPE.INT64, rawData: raw };
}

export function valueInfo(name: string, dims: (number | string)[]): OnnxValueInfo {
  return {
    name,
    type: {
      tensorType: {
        elemType: ONNX_DATA_TYPE.FLOAT,
        shape: { dim: dims.map((d) => (typeof d === 'number' ? { dimValue: d } : { dimParam: d })) },
      },
    },
  };
}

export function onnxBytes(graph: { nodes: OnnxNode[]; inputs: OnnxValueInfo[]; initializers?: OnnxTensor[]; valueInfo?: OnnxValueInfo[]; outputs?: OnnxValueInfo[] }): Uint8Array {
  const model: OnnxModel = {
    irVersion: 8,
    producerName: 'gamma-ts-test',
    opsetImport: [{ domain: '', version: 17 }],
    graph: {
      name: 'test',
      node: graph.nodes,
      input: graph.inputs,
      initializer: graph.initializers ?? [],
      valueInfo: graph.valueInfo ?? [],
      output: graph.outputs ?? [],
    },
  };
  return encodeOnnxModel(model);
}
