import type { OnnxAttribute, OnnxNode, OnnxTensor } from './onnx-model.js';
import { ONNX_DATA_TYPE } from './onnx-schema.js';

/** Read access to one node's inputs, outputs and attributes, with ONNX's defaults left to the caller. */
export class NodeView {
  readonly op: string;
  readonly inputs: readonly string[];
  readonly outputs: readonly string[];
  private readonly attributes: ReadonlyMap<string, OnnxAttribute>;

  constructor(
    readonly node: OnnxNode,
    readonly index: number,
  ) {
    this.op = node.opType ?? '';
    this.inputs = node.input ?? [];
    this.outputs = node.output ?? [];
    this.attributes = new Map((node.attribute ?? []).map((a) => [a.name ?? '', a]));
  }

  /** The name of input `i`, or undefined when it is absent or left empty (an omitted optional input). */
  input(i: number): string | undefined {
    const name = this.inputs[i];
    return name === undefined || name === '' ? undefined : name;
  }

  has(name: string): boolean {
    return this.attributes.has(name);
  }

  int(name: string): number | undefined {
    const a = this.attributes.get(name);
    return a?.i ?? (a && a.type === 2 ? 0 : undefined);
  }

  ints(name: string): number[] | undefined {
    const a = this.attributes.get(name);
    if (!a) return undefined;
    return [...(a.ints ?? [])];
  }

  float(name: string): number | undefined {
    const a = this.attributes.get(name);
    return a?.f ?? (a && a.type === 1 ? 0 : undefined);
  }

  floats(name: string): number[] | undefined {
    const a = this.attributes.get(name);
    return a ? [...(a.floats ?? [])] : undefined;
  }

  string(name: string): string | undefined {
    const s = this.attributes.get(name)?.s;
    return s === undefined ? undefined : new TextDecoder().decode(s);
  }

  tensor(name: string): OnnxTensor | undefined {
    return this.attributes.get(name)?.t;
  }
}

// Constant values are read only for small tensors: shape arithmetic needs a handful of integers, never weights.
const MAX_VALUE_ELEMENTS = 4096;

/** The elements of a small constant tensor, or undefined when absent, external or of an unread type. */
export function tensorValues(tensor: OnnxTensor): number[] | undefined {
  const dims = tensor.dims ?? [];
  const count = dims.reduce((p, d) => p * d, 1);
  if (count > MAX_VALUE_ELEMENTS || tensor.dataLocation === 1) return undefined;
  if (tensor.int64Data?.length) return [...tensor.int64Data];
  if (tensor.int32Data?.length) return [...tensor.int32Data];
  if (tensor.floatData?.length) return [...tensor.floatData];
  const raw = tensor.rawData;
  if (!raw || raw.length === 0) return count === 0 ? [] : undefined;
  const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
  const read = (width: number, get: (offset: number) => number): number[] | undefined => {
    if (raw.length !== count * width) return undefined;
    return Array.from({ length: count }, (_, i) => get(i * width));
  };
  switch (tensor.dataType) {
    case ONNX_DATA_TYPE.INT64:
      return read(8, (o) => Number(view.getBigInt64(o, true)));
    case ONNX_DATA_TYPE.INT32:
      return read(4, (o) => view.getInt32(o, true));
    case ONNX_DATA_TYPE.FLOAT:
      return read(4, (o) => view.getFloat32(o, true));
    case ONNX_DATA_TYPE.DOUBLE:
      return read(8, (o) => view.getFloat64(o, true));
    default:
      return undefined;
  }
}
