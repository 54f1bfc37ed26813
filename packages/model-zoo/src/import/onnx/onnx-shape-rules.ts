import { windowOutputSize } from '../../pool-output-size.js';
import { NodeView, tensorValues } from './onnx-node.js';

export type Shape = readonly number[];

/** Known tensor shapes and, for small integer tensors used in shape arithmetic, their values. */
export class ShapeTable {
  readonly shapes = new Map<string, Shape>();
  readonly values = new Map<string, number[]>();

  shape(name: string | undefined): Shape | undefined {
    return name === undefined ? undefined : this.shapes.get(name);
  }

  value(name: string | undefined): number[] | undefined {
    return name === undefined ? undefined : this.values.get(name);
  }
}

/** Per-axis padding of a sliding-window node once `auto_pad` is resolved. */
export interface WindowPads {
  readonly begin: readonly number[];
  readonly end: readonly number[];
}

const product = (dims: readonly number[]): number => dims.reduce((p, d) => p * d, 1);

function normalizeAxis(axis: number, rank: number): number {
  return axis < 0 ? axis + rank : axis;
}

/** NumPy-style broadcast of several shapes, or undefined when any is unknown or they do not broadcast. */
export function broadcastShapes(shapes: readonly (Shape | undefined)[]): Shape | undefined {
  if (shapes.some((s) => s === undefined)) return undefined;
  const known = shapes as readonly Shape[];
  const rank = Math.max(0, ...known.map((s) => s.length));
  const out: number[] = [];
  for (let i = 0; i < rank; i++) {
    let dim = 1;
    for (const s of known) {
      const d = s[s.length - rank + i] ?? 1;
      if (d === 1) continue;
      if (dim !== 1 && dim !== d) return undefined;
      dim = d;
    }
    out.push(dim);
  }
  return out;
}

/** Resolves a Conv / pooling node's `pads` and `auto_pad` for the given spatial input sizes. */
export function windowPads(node: NodeView, spatial: readonly number[], kernel: readonly number[], strides: readonly number[], dilations: readonly number[]): WindowPads {
  const autoPad = node.string('auto_pad') ?? 'NOTSET';
  const rank = spatial.length;
  if (autoPad === 'SAME_UPPER' || autoPad === 'SAME_LOWER') {
    const begin: number[] = [];
    const end: number[] = [];
    for (let i = 0; i < rank; i++) {
      const out = Math.ceil(spatial[i] / strides[i]);
      const extent = dilations[i] * (kernel[i] - 1) + 1;
      const total = Math.max(0, (out - 1) * strides[i] + extent - spatial[i]);
      const small = Math.floor(total / 2);
      // SAME_UPPER puts the odd extra padding at the end, SAME_LOWER at the beginning.
      begin.push(autoPad === 'SAME_UPPER' ? small : total - small);
      end.push(autoPad === 'SAME_UPPER' ? total - small : small);
    }
    return { begin, end };
  }
  if (autoPad === 'VALID') return { begin: Array(rank).fill(0), end: Array(rank).fill(0) };
  const pads = node.ints('pads') ?? Array(2 * rank).fill(0);
  return { begin: pads.slice(0, rank), end: pads.slice(rank, 2 * rank) };
}

/** Kernel, strides and dilations of a Conv or pooling node (kernel from the attribute or the weight's dims). */
export function windowGeometry(node: NodeView, rank: number, weight: Shape | undefined): { kernel: number[]; strides: number[]; dilations: number[] } | undefined {
  const kernel = node.ints('kernel_shape') ?? weight?.slice(2);
  if (!kernel || kernel.length !== rank) return undefined;
  return {
    kernel: [...kernel],
    strides: node.ints('strides') ?? Array(rank).fill(1),
    dilations: node.ints('dilations') ?? Array(rank).fill(1),
  };
}

/** Operators imported as layers, with the input positions of their two operands (data, weight / A, B). */
export const COMPUTE_OPERANDS: Readonly<Record<string, { readonly kind: 'conv' | 'gemm' | 'matmul'; readonly a: number; readonly b: number }>> = {
  Conv: { kind: 'conv', a: 0, b: 1 },
  ConvInteger: { kind: 'conv', a: 0, b: 1 },
  // Quantized forms carry scale and zero-point inputs between the operands; the MACs are the same.
  QLinearConv: { kind: 'conv', a: 0, b: 3 },
  Gemm: { kind: 'gemm', a: 0, b: 1 },
  MatMul: { kind: 'matmul', a: 0, b: 1 },
  MatMulInteger: { kind: 'matmul', a: 0, b: 1 },
  QLinearMatMul: { kind: 'matmul', a: 0, b: 3 },
};

// Operators whose first output has the shape of their first input.
const SAME_SHAPE = new Set([
  'Abs', 'Acos', 'Asin', 'Atan', 'BatchNormalization', 'Cast', 'CastLike', 'Ceil', 'Celu', 'Clip', 'Cos', 'Cosh',
  'CumSum', 'DequantizeLinear', 'Dropout', 'Elu', 'Erf', 'Exp', 'Floor', 'Gelu', 'GroupNormalization', 'HardSigmoid',
  'HardSwish', 'Hardmax', 'Identity', 'InstanceNormalization', 'IsInf', 'IsNaN', 'LRN', 'LayerNormalization',
  'LeakyRelu', 'Log', 'LogSoftmax', 'LpNormalization', 'MeanVarianceNormalization', 'Mish', 'Neg', 'Not',
  'QuantizeLinear', 'Reciprocal', 'Relu', 'Round', 'Selu', 'Shrink', 'Sigmoid', 'Sign', 'Sin', 'Sinh', 'Softmax',
  'Softplus', 'Softsign', 'Sqrt', 'Tan', 'Tanh', 'ThresholdedRelu',
]);

// Element-wise operators with NumPy broadcasting over all inputs.
const BROADCAST = new Set([
  'Add', 'And', 'BitShift', 'Div', 'Equal', 'Greater', 'GreaterOrEqual', 'Less', 'LessOrEqual', 'Max', 'Mean', 'Min',
  'Mod', 'Mul', 'Or', 'PRelu', 'Pow', 'Sub', 'Sum', 'Where', 'Xor',
]);

const REDUCE = new Set([
  'ReduceL1', 'ReduceL2', 'ReduceLogSum', 'ReduceLogSumExp', 'ReduceMax', 'ReduceMean', 'ReduceMin', 'ReduceProd',
  'ReduceSum', 'ReduceSumSquare',
]);

const POOL = new Set(['MaxPool', 'AveragePool', 'LpPool']);
const GLOBAL_POOL = new Set(['GlobalAveragePool', 'GlobalMaxPool', 'GlobalLpPool']);

type Rule = (node: NodeView, table: ShapeTable) => void;

function setOut(node: NodeView, table: ShapeTable, shape: Shape | undefined, output = 0): void {
  const name = node.outputs[output];
  if (shape && name) table.shapes.set(name, shape);
}

function setValue(node: NodeView, table: ShapeTable, value: number[] | undefined, output = 0): void {
  const name = node.outputs[output];
  if (value && name) table.values.set(name, value);
}

/** The output shape of a MatMul with NumPy semantics (rank-1 operands promoted, then their axis removed). */
export function matmulOutputShape(a: Shape, b: Shape): Shape | undefined {
  if (a.length === 0 || b.length === 0) return undefined;
  const a2 = a.length === 1 ? [1, a[0]] : a;
  const b2 = b.length === 1 ? [b[0], 1] : b;
  if (a2[a2.length - 1] !== b2[b2.length - 2]) return undefined;
  const batch = broadcastShapes([a2.slice(0, -2), b2.slice(0, -2)]);
  if (!batch) return undefined;
  const out = [...batch];
  if (a.length > 1) out.push(a2[a2.length - 2]);
  if (b.length > 1) out.push(b2[b2.length - 1]);
  return out;
}

function elementwiseValues(op: string, inputs: readonly (number[] | undefined)[]): number[] | undefined {
  if (inputs.length !== 2 || inputs.some((v) => v === undefined)) return undefined;
  const [a, b] = inputs as number[][];
  if (a.length !== b.length && a.length !== 1 && b.length !== 1) return undefined;
  const n = Math.max(a.length, b.length);
  const at = (v: number[], i: number) => (v.length === 1 ? v[0] : v[i]);
  const f: Record<string, (x: number, y: number) => number> = {
    Add: (x, y) => x + y,
    Sub: (x, y) => x - y,
    Mul: (x, y) => x * y,
    // Shape arithmetic is integer; ONNX integer division truncates.
    Div: (x, y) => Math.trunc(x / y),
  };
  const fn = f[op];
  return fn ? Array.from({ length: n }, (_, i) => fn(at(a, i), at(b, i))) : undefined;
}

function reshapeTarget(input: Shape | undefined, given: readonly number[], allowZero: boolean): Shape | undefined {
  const unknown = given.filter((d) => Number.isNaN(d) || d === -1).length;
  if (unknown > 1) return undefined;
  const target = given.map((d) => (Number.isNaN(d) ? -1 : d));
  const out = target.map((d, i) => (d === 0 && !allowZero ? input?.[i] : d));
  if (out.some((d) => d === undefined)) return undefined;
  const dims = out as number[];
  const inferred = dims.indexOf(-1);
  if (inferred < 0) return dims;
  if (!input) return undefined;
  const known = product(dims.filter((_, i) => i !== inferred));
  if (known === 0) return undefined;
  dims[inferred] = product(input) / known;
  return Number.isInteger(dims[inferred]) ? dims : undefined;
}

function sliceAxis(size: number, start: number, end: number, step: number): number {
  const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), hi);
  let s = start < 0 ? start + size : start;
  let e = end < 0 ? end + size : end;
  if (step > 0) {
    s = clamp(s, 0, size);
    e = clamp(e, 0, size);
    return Math.max(0, Math.ceil((e - s) / step));
  }
  s = clamp(s, -1, size - 1);
  e = clamp(e, -1, size - 1);
  return Math.max(0, Math.ceil((e - s) / step));
}

const RULES: Record<string, Rule> = {
  Constant(node, table) {
    const t = node.tensor('value');
    if (t) {
      setOut(node, table, [...(t.dims ?? [])]);
      setValue(node, table, tensorValues(t));
      return;
    }
    const i = node.int('value_int');
    const ints = node.has('value_ints') ? node.ints('value_ints') : undefined;
    const f = node.float('value_float');
    const floats = node.has('value_floats') ? node.floats('value_floats') : undefined;
    if (i !== undefined) (setOut(node, table, []), setValue(node, table, [i]));
    else if (ints) (setOut(node, table, [ints.length]), setValue(node, table, ints));
    else if (f !== undefined) (setOut(node, table, []), setValue(node, table, [f]));
    else if (floats) (setOut(node, table, [floats.length]), setValue(node, table, floats));
  },

  Conv(node, table) {
    const operands = COMPUTE_OPERANDS[node.op];
    const x = table.shape(node.input(operands.a));
    const w = table.shape(node.input(operands.b));
    if (!x || !w || x.length < 3) return;
    const spatial = x.slice(2);
    const g = windowGeometry(node, spatial.length, w);
    if (!g) return;
    const pads = windowPads(node, spatial, g.kernel, g.strides, g.dilations);
    const out = spatial.map((size, i) =>
      windowOutputSize({ size, kernel: g.kernel[i], stride: g.strides[i], padBegin: pads.begin[i], padEnd: pads.end[i], dilation: g.dilations[i] }),
    );
    setOut(node, table, [x[0], w[0], ...out]);
  },

  ConvTranspose(node, table) {
    const x = table.shape(node.input(0));
    const w = table.shape(node.input(1));
    if (!x || !w || x.length < 3) return;
    const spatial = x.slice(2);
    const channels = w[1] * (node.int('group') ?? 1);
    const explicit = node.ints('output_shape');
    if (explicit && explicit.length === spatial.length) return setOut(node, table, [x[0], channels, ...explicit]);
    const g = windowGeometry(node, spatial.length, w);
    if (!g) return;
    const autoPad = node.string('auto_pad') ?? 'NOTSET';
    const outPad = node.ints('output_padding') ?? Array(spatial.length).fill(0);
    const pads = node.ints('pads') ?? Array(2 * spatial.length).fill(0);
    const out = spatial.map((size, i) => {
      if (autoPad === 'SAME_UPPER' || autoPad === 'SAME_LOWER') return size * g.strides[i];
      const extent = g.dilations[i] * (g.kernel[i] - 1) + 1;
      const total = autoPad === 'VALID' ? 0 : pads[i] + pads[i + spatial.length];
      return g.strides[i] * (size - 1) + outPad[i] + extent - total;
    });
    setOut(node, table, [x[0], channels, ...out]);
  },

  Gemm(node, table) {
    const a = table.shape(node.input(0));
    const b = table.shape(node.input(1));
    if (!a || !b || a.length !== 2 || b.length !== 2) return;
    const m = node.int('transA') ? a[1] : a[0];
    const n = node.int('transB') ? b[0] : b[1];
    setOut(node, table, [m, n]);
  },

  MatMul(node, table) {
    const operands = COMPUTE_OPERANDS[node.op];
    const a = table.shape(node.input(operands.a));
    const b = table.shape(node.input(operands.b));
    if (a && b) setOut(node, table, matmulOutputShape(a, b));
  },

  Flatten(node, table) {
    const x = table.shape(node.input(0));
    if (!x) return;
    const axis = normalizeAxis(node.int('axis') ?? 1, x.length);
    setOut(node, table, [product(x.slice(0, axis)), product(x.slice(axis))]);
  },

  Reshape(node, table) {
    const target = table.value(node.input(1)) ?? node.ints('shape');
    if (target) setOut(node, table, reshapeTarget(table.shape(node.input(0)), target, (node.int('allowzero') ?? 0) === 1));
  },

  Transpose(node, table) {
    const x = table.shape(node.input(0));
    if (!x) return;
    const perm = node.ints('perm') ?? x.map((_, i) => x.length - 1 - i);
    setOut(node, table, perm.map((p) => x[p]));
  },

  Squeeze(node, table) {
    const x = table.shape(node.input(0));
    const axesIn = node.ints('axes') ?? table.value(node.input(1));
    if (x) {
      const axes = axesIn?.map((a) => normalizeAxis(a, x.length));
      setOut(node, table, x.filter((d, i) => (axes ? !axes.includes(i) : d !== 1)));
    }
    setValue(node, table, table.value(node.input(0)));
  },

  Unsqueeze(node, table) {
    const x = table.shape(node.input(0));
    const axesIn = node.ints('axes') ?? table.value(node.input(1));
    if (x && axesIn) {
      const rank = x.length + axesIn.length;
      const axes = axesIn.map((a) => normalizeAxis(a, rank));
      const out: number[] = [];
      let next = 0;
      for (let i = 0; i < rank; i++) out.push(axes.includes(i) ? 1 : x[next++]);
      setOut(node, table, out);
    }
    setValue(node, table, table.value(node.input(0)));
  },

  Concat(node, table) {
    const shapes = node.inputs.map((name) => table.shape(name || undefined));
    // A piece of unknown value but known length (a constant whose data was stripped) becomes NaN entries, so a
    // Reshape target with a single unknown entry can still be solved from the element count.
    const values = node.inputs.map((name, i) => {
      const value = table.value(name || undefined);
      const shape = shapes[i];
      return value ?? (shape && shape.length <= 1 ? Array<number>(shape[0] ?? 1).fill(Number.NaN) : undefined);
    });
    if (values.every((v) => v !== undefined) && !values.every((v) => v?.every(Number.isNaN))) setValue(node, table, (values as number[][]).flat());
    if (shapes.some((s) => s === undefined) || shapes.length === 0) return;
    const known = shapes as Shape[];
    const axis = normalizeAxis(node.int('axis') ?? 0, known[0].length);
    const out = [...known[0]];
    out[axis] = known.reduce((sum, s) => sum + (s[axis] ?? 0), 0);
    setOut(node, table, out);
  },

  Split(node, table) {
    const x = table.shape(node.input(0));
    if (!x) return;
    const axis = normalizeAxis(node.int('axis') ?? 0, x.length);
    const count = node.outputs.length;
    let sizes = node.ints('split') ?? table.value(node.input(1));
    if (!sizes) {
      const each = Math.ceil(x[axis] / count);
      sizes = Array.from({ length: count }, (_, i) => Math.min(each, x[axis] - each * i));
    }
    sizes.forEach((size, i) => {
      const out = [...x];
      out[axis] = size;
      setOut(node, table, out, i);
    });
  },

  Slice(node, table) {
    const x = table.shape(node.input(0));
    const starts = node.ints('starts') ?? table.value(node.input(1));
    const ends = node.ints('ends') ?? table.value(node.input(2));
    if (!starts || !ends) return;
    const axesIn = node.ints('axes') ?? table.value(node.input(3));
    const steps = table.value(node.input(4)) ?? starts.map(() => 1);
    const value = table.value(node.input(0));
    if (value && (x?.length ?? 1) === 1 && starts.length === 1) {
      const size = value.length;
      const s = starts[0] < 0 ? Math.max(0, starts[0] + size) : Math.min(starts[0], size);
      const e = ends[0] < 0 ? Math.max(0, ends[0] + size) : Math.min(ends[0], size);
      if (steps[0] === 1) setValue(node, table, value.slice(s, e));
    }
    if (!x) return;
    const axes = (axesIn ?? starts.map((_, i) => i)).map((a) => normalizeAxis(a, x.length));
    const out = [...x];
    axes.forEach((axis, i) => {
      out[axis] = sliceAxis(x[axis], starts[i], ends[i], steps[i] ?? 1);
    });
    setOut(node, table, out);
  },

  Gather(node, table) {
    const data = table.shape(node.input(0));
    const indices = table.shape(node.input(1));
    const dataValue = table.value(node.input(0));
    const indexValue = table.value(node.input(1));
    if (dataValue && indexValue && (data?.length ?? 1) === 1) {
      setValue(node, table, indexValue.map((i) => dataValue[i < 0 ? i + dataValue.length : i]));
    }
    if (!data || !indices) return;
    const axis = normalizeAxis(node.int('axis') ?? 0, data.length);
    setOut(node, table, [...data.slice(0, axis), ...indices, ...data.slice(axis + 1)]);
  },

  Shape(node, table) {
    const x = table.shape(node.input(0));
    if (!x) return;
    const start = normalizeAxis(node.int('start') ?? 0, x.length);
    const end = node.int('end') === undefined ? x.length : normalizeAxis(node.int('end') ?? 0, x.length);
    const value = x.slice(start, end);
    setOut(node, table, [value.length]);
    setValue(node, table, value);
  },

  Size(node, table) {
    const x = table.shape(node.input(0));
    setOut(node, table, []);
    if (x) setValue(node, table, [product(x)]);
  },

  ConstantOfShape(node, table) {
    const dims = table.value(node.input(0));
    if (dims) setOut(node, table, dims);
  },

  Expand(node, table) {
    const dims = table.value(node.input(1));
    if (dims) setOut(node, table, broadcastShapes([table.shape(node.input(0)), dims]));
  },

  Tile(node, table) {
    const x = table.shape(node.input(0));
    const repeats = table.value(node.input(1));
    if (x && repeats && repeats.length === x.length) setOut(node, table, x.map((d, i) => d * repeats[i]));
  },

  Pad(node, table) {
    const x = table.shape(node.input(0));
    const pads = node.ints('pads') ?? table.value(node.input(1));
    if (!x || !pads) return;
    const axes = (table.value(node.input(3)) ?? x.map((_, i) => i)).map((a) => normalizeAxis(a, x.length));
    const out = [...x];
    axes.forEach((axis, i) => {
      out[axis] = x[axis] + pads[i] + pads[i + axes.length];
    });
    setOut(node, table, out);
  },

  Resize(node, table) {
    const x = table.shape(node.input(0));
    if (!x) return;
    // Opset 10 takes scales as input 1; opset 11+ has roi there, scales at 2 and sizes at 3.
    const sizes = table.value(node.input(3));
    if (sizes && sizes.length === x.length) return setOut(node, table, sizes);
    const scales = node.inputs.length === 2 ? table.value(node.input(1)) : table.value(node.input(2));
    if (scales && scales.length === x.length) setOut(node, table, x.map((d, i) => Math.floor(d * scales[i])));
  },

  Upsample(node, table) {
    const x = table.shape(node.input(0));
    const scales = node.floats('scales') ?? table.value(node.input(1));
    if (x && scales && scales.length === x.length) setOut(node, table, x.map((d, i) => Math.floor(d * scales[i])));
  },

  ArgMax: reduceRule(true),
  ArgMin: reduceRule(true),
};
RULES.ConvInteger = RULES.Conv;
RULES.QLinearConv = RULES.Conv;
RULES.MatMulInteger = RULES.MatMul;
RULES.QLinearMatMul = RULES.MatMul;

function reduceRule(singleAxis: boolean): Rule {
  return (node, table) => {
    const x = table.shape(node.input(0));
    if (!x) return;
    const keep = (node.int('keepdims') ?? 1) === 1;
    const given = singleAxis ? [node.int('axis') ?? 0] : (node.ints('axes') ?? table.value(node.input(1)));
    const noop = (node.int('noop_with_empty_axes') ?? 0) === 1;
    if (!given && noop) return setOut(node, table, x);
    const axes = (given ?? x.map((_, i) => i)).map((a) => normalizeAxis(a, x.length));
    setOut(node, table, keep ? x.map((d, i) => (axes.includes(i) ? 1 : d)) : x.filter((_, i) => !axes.includes(i)));
  };
}

function poolRule(node: NodeView, table: ShapeTable): void {
  const x = table.shape(node.input(0));
  if (!x || x.length < 3) return;
  const spatial = x.slice(2);
  const g = windowGeometry(node, spatial.length, undefined);
  if (!g) return;
  const pads = windowPads(node, spatial, g.kernel, g.strides, g.dilations);
  const ceilMode = (node.int('ceil_mode') ?? 0) === 1;
  const out = spatial.map((size, i) =>
    windowOutputSize({ size, kernel: g.kernel[i], stride: g.strides[i], padBegin: pads.begin[i], padEnd: pads.end[i], dilation: g.dilations[i], ceilMode }),
  );
  setOut(node, table, [x[0], x[1], ...out]);
  setOut(node, table, [x[0], x[1], ...out], 1);
}

// onnxruntime's quantized element-wise operators (domain com.microsoft), written by its quantization tools:
// the operands sit at inputs 0 and 3, between their scales and zero points.
const MICROSOFT_RULES: Record<string, Rule> = {
  QLinearAdd: (node, table) => setOut(node, table, broadcastShapes([table.shape(node.input(0)), table.shape(node.input(3))])),
  QLinearMul: (node, table) => setOut(node, table, broadcastShapes([table.shape(node.input(0)), table.shape(node.input(3))])),
  QLinearSigmoid: (node, table) => setOut(node, table, table.shape(node.input(0))),
  QLinearLeakyRelu: (node, table) => setOut(node, table, table.shape(node.input(0))),
};

const DEFAULT_DOMAINS = new Set(['', 'ai.onnx']);

/**
 * Propagates shapes (and small constant values) through one node. Returns false when the operator has no rule,
 * so the caller can report it as unsupported. Only the default domain and a few com.microsoft operators are known.
 */
export function propagateNode(node: NodeView, table: ShapeTable, domain = ''): boolean {
  const op = node.op;
  if (!DEFAULT_DOMAINS.has(domain)) {
    const rule = domain === 'com.microsoft' && Object.hasOwn(MICROSOFT_RULES, op) ? MICROSOFT_RULES[op] : undefined;
    rule?.(node, table);
    return rule !== undefined;
  }
  const rule = Object.hasOwn(RULES, op) ? RULES[op] : undefined;
  if (rule) {
    rule(node, table);
    return true;
  }
  if (SAME_SHAPE.has(op)) {
    const x = table.shape(node.input(0));
    setOut(node, table, x);
    // Dropout's mask and BatchNormalization's training outputs are not followed.
    if (op === 'Identity' || op === 'Cast') setValue(node, table, table.value(node.input(0)));
    return true;
  }
  if (BROADCAST.has(op)) {
    setOut(node, table, broadcastShapes(node.inputs.map((n) => table.shape(n || undefined))));
    setValue(node, table, elementwiseValues(op, node.inputs.map((n) => table.value(n || undefined))));
    return true;
  }
  if (POOL.has(op)) {
    poolRule(node, table);
    return true;
  }
  if (GLOBAL_POOL.has(op)) {
    const x = table.shape(node.input(0));
    if (x) setOut(node, table, [x[0], x[1], ...x.slice(2).map(() => 1)]);
    return true;
  }
  if (REDUCE.has(op)) {
    reduceRule(false)(node, table);
    return true;
  }
  return false;
}
