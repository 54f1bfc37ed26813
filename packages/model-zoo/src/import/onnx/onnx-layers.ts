import { conv, gemm, matmul, type Layer } from '../../layer.js';
import type { NodeView } from './onnx-node.js';
import { broadcastShapes, COMPUTE_OPERANDS, windowGeometry, windowPads, type Shape, type ShapeTable } from './onnx-shape-rules.js';

/** Why a compute node could not become a layer; the importer turns it into a note. */
export class UnsizedNode extends Error {}

/** A compute node whose operand shapes contradict each other: the file is broken, not merely incomplete. */
export class InconsistentNode extends Error {}

const product = (dims: readonly number[]): number => dims.reduce((p, d) => p * d, 1);

function requireShape(table: ShapeTable, node: NodeView, input: number, role: string): Shape {
  const name = node.input(input);
  const shape = table.shape(name);
  if (!shape) throw new UnsizedNode(`the shape of its ${role} '${name ?? '(missing)'}' is unknown`);
  return shape;
}

function convLayer(name: string, node: NodeView, table: ShapeTable, notes: string[]): Layer | undefined {
  const operands = COMPUTE_OPERANDS[node.op];
  const x = requireShape(table, node, operands.a, 'input');
  const w = requireShape(table, node, operands.b, 'weight');
  if (x.length !== 4 && x.length !== 3) return undefined;
  // A 1-D convolution is a 2-D one with height 1.
  const x4 = x.length === 3 ? [x[0], x[1], 1, x[2]] : x;
  const w4 = w.length === 3 ? [w[0], w[1], 1, w[2]] : w;
  const spatial = x.slice(2);
  const geometry = windowGeometry(node, spatial.length, w);
  if (!geometry) throw new UnsizedNode('its kernel_shape does not match the input rank');
  const pads = windowPads(node, spatial, geometry.kernel, geometry.strides, geometry.dilations);
  const pick = (values: readonly number[], fallback: number): [number, number] =>
    values.length === 1 ? [fallback, values[0]] : [values[0], values[1]];
  const [kernelHeight, kernelWidth] = pick(geometry.kernel, 1);
  const [strideY, strideX] = pick(geometry.strides, 1);
  const [dilationY, dilationX] = pick(geometry.dilations, 1);
  const [padTop, padLeft] = pick(pads.begin, 0);
  const [padBottom, padRight] = pick(pads.end, 0);
  const groups = node.int('group') ?? 1;
  if (w4[1] * groups !== x4[1]) {
    throw new InconsistentNode(`its weight has ${w4[1]} input channels per group × ${groups} groups but the input has ${x4[1]} channels`);
  }
  // The Layer type pads symmetrically; the extra padding of an asymmetric pair is folded into the input size,
  // which keeps the output size and MACs exact.
  if (padTop !== padBottom || padLeft !== padRight) {
    notes.push(
      `${name}: asymmetric padding (top ${padTop}, bottom ${padBottom}, left ${padLeft}, right ${padRight}) represented as the smaller padding with the difference added to the input size`,
    );
  }
  return conv({
    name,
    batch: x4[0],
    outChannels: w4[0],
    inChannels: x4[1],
    inputHeight: x4[2] + Math.abs(padTop - padBottom),
    inputWidth: x4[3] + Math.abs(padLeft - padRight),
    kernelHeight,
    kernelWidth,
    strideY,
    strideX,
    padY: Math.min(padTop, padBottom),
    padX: Math.min(padLeft, padRight),
    dilationY,
    dilationX,
    groups,
  });
}

function gemmLayer(name: string, node: NodeView, table: ShapeTable): Layer {
  const a = requireShape(table, node, 0, 'input A');
  const b = requireShape(table, node, 1, 'input B');
  if (a.length !== 2 || b.length !== 2) throw new UnsizedNode(`Gemm inputs must be 2-D, got [${a.join(', ')}] and [${b.join(', ')}]`);
  const transA = (node.int('transA') ?? 0) === 1;
  const transB = (node.int('transB') ?? 0) === 1;
  const [M, K] = transA ? [a[1], a[0]] : [a[0], a[1]];
  const [kB, N] = transB ? [b[1], b[0]] : [b[0], b[1]];
  if (K !== kB) throw new InconsistentNode(`A has ${K} columns but B has ${kB} rows`);
  return gemm({ name, M, N, K });
}

function matmulLayer(name: string, node: NodeView, table: ShapeTable): Layer {
  const operands = COMPUTE_OPERANDS[node.op];
  const a = requireShape(table, node, operands.a, 'input A');
  const b = requireShape(table, node, operands.b, 'input B');
  const a2 = a.length === 1 ? [1, a[0]] : a;
  const b2 = b.length === 1 ? [b[0], 1] : b;
  const M = a2[a2.length - 2];
  const K = a2[a2.length - 1];
  const N = b2[b2.length - 1];
  if (b2[b2.length - 2] !== K) throw new InconsistentNode(`A has ${K} columns but B has ${b2[b2.length - 2]} rows`);
  // A right operand without batch dimensions is one weight matrix shared by every row: a plain GEMM.
  if (product(b2.slice(0, -2)) === 1) return gemm({ name, M: product(a2.slice(0, -2)) * M, N, K });
  const batchDims = broadcastShapes([a2.slice(0, -2), b2.slice(0, -2)]);
  if (!batchDims) throw new InconsistentNode(`batch dimensions [${a2.slice(0, -2).join(', ')}] and [${b2.slice(0, -2).join(', ')}] do not broadcast`);
  return matmul({ name, batch: product(batchDims), M, N, K });
}

/** The layer of a node in `COMPUTE_OPERANDS`; undefined for a convolution of a rank the Layer type cannot hold. */
export function computeLayer(name: string, node: NodeView, table: ShapeTable, notes: string[]): Layer | undefined {
  switch (COMPUTE_OPERANDS[node.op].kind) {
    case 'conv':
      return convLayer(name, node, table, notes);
    case 'gemm':
      return gemmLayer(name, node, table);
    case 'matmul':
      return matmulLayer(name, node, table);
  }
}
