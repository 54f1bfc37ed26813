import { LayerShapeError } from './layer-error.js';
import { windowOutputSize } from './pool-output-size.js';

/** A 2-D convolution (NCHW). Depthwise convolution is `groups === inChannels`. */
export interface ConvLayer {
  readonly op: 'conv';
  readonly name: string;
  /** Batch size N. */
  readonly batch: number;
  /** Output channels K. */
  readonly outChannels: number;
  /** Input channels C. */
  readonly inChannels: number;
  /** Input height H (before padding), elements. */
  readonly inputHeight: number;
  /** Input width W (before padding), elements. */
  readonly inputWidth: number;
  /** Kernel height R. */
  readonly kernelHeight: number;
  /** Kernel width S. */
  readonly kernelWidth: number;
  readonly strideY: number;
  readonly strideX: number;
  /** Padding added on each side (top = bottom = padY). */
  readonly padY: number;
  readonly padX: number;
  readonly dilationY: number;
  readonly dilationX: number;
  readonly groups: number;
}

/** Fully connected / GEMM: an (M×K) by (K×N) product giving M×N. An FC layer has M = batch. */
export interface GemmLayer {
  readonly op: 'gemm';
  readonly name: string;
  readonly M: number;
  readonly N: number;
  readonly K: number;
}

/** Batched matrix multiply, e.g. attention QKᵀ and A·V with batch = heads. */
export interface MatmulLayer {
  readonly op: 'matmul';
  readonly name: string;
  readonly batch: number;
  readonly M: number;
  readonly N: number;
  readonly K: number;
}

export type Layer = ConvLayer | GemmLayer | MatmulLayer;
export type LayerOp = Layer['op'];

export interface ConvLayerInput {
  name: string;
  batch?: number;
  outChannels: number;
  inChannels: number;
  inputHeight: number;
  inputWidth: number;
  kernelHeight: number;
  kernelWidth?: number;
  stride?: number;
  strideY?: number;
  strideX?: number;
  padding?: number;
  padY?: number;
  padX?: number;
  dilation?: number;
  dilationY?: number;
  dilationX?: number;
  groups?: number;
}

function requirePositiveInt(layer: string, field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new LayerShapeError(layer, field, `must be a positive integer, got ${JSON.stringify(value)}`);
  }
  return value;
}

function requireNonNegativeInt(layer: string, field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new LayerShapeError(layer, field, `must be a non-negative integer, got ${JSON.stringify(value)}`);
  }
  return value;
}

function requireName(name: unknown): string {
  if (typeof name !== 'string' || name.length === 0) {
    throw new LayerShapeError(String(name ?? '?'), 'name', 'must be a non-empty string');
  }
  return name;
}

/** Builds a validated convolution layer; throws `LayerShapeError` naming the field otherwise. */
export function conv(input: ConvLayerInput): ConvLayer {
  const name = requireName(input.name);
  const kernelHeight = requirePositiveInt(name, 'kernelHeight', input.kernelHeight);
  const layer: ConvLayer = {
    op: 'conv',
    name,
    batch: requirePositiveInt(name, 'batch', input.batch ?? 1),
    outChannels: requirePositiveInt(name, 'outChannels', input.outChannels),
    inChannels: requirePositiveInt(name, 'inChannels', input.inChannels),
    inputHeight: requirePositiveInt(name, 'inputHeight', input.inputHeight),
    inputWidth: requirePositiveInt(name, 'inputWidth', input.inputWidth),
    kernelHeight,
    kernelWidth: requirePositiveInt(name, 'kernelWidth', input.kernelWidth ?? kernelHeight),
    strideY: requirePositiveInt(name, 'strideY', input.strideY ?? input.stride ?? 1),
    strideX: requirePositiveInt(name, 'strideX', input.strideX ?? input.stride ?? 1),
    padY: requireNonNegativeInt(name, 'padY', input.padY ?? input.padding ?? 0),
    padX: requireNonNegativeInt(name, 'padX', input.padX ?? input.padding ?? 0),
    dilationY: requirePositiveInt(name, 'dilationY', input.dilationY ?? input.dilation ?? 1),
    dilationX: requirePositiveInt(name, 'dilationX', input.dilationX ?? input.dilation ?? 1),
    groups: requirePositiveInt(name, 'groups', input.groups ?? 1),
  };
  if (layer.inChannels % layer.groups !== 0) {
    throw new LayerShapeError(name, 'groups', `inChannels ${layer.inChannels} is not divisible by groups ${layer.groups}`);
  }
  if (layer.outChannels % layer.groups !== 0) {
    throw new LayerShapeError(name, 'groups', `outChannels ${layer.outChannels} is not divisible by groups ${layer.groups}`);
  }
  const effR = layer.dilationY * (layer.kernelHeight - 1) + 1;
  const effS = layer.dilationX * (layer.kernelWidth - 1) + 1;
  if (effR > layer.inputHeight + 2 * layer.padY) {
    throw new LayerShapeError(name, 'kernelHeight', `kernel extent ${effR} exceeds the padded input height ${layer.inputHeight + 2 * layer.padY}`);
  }
  if (effS > layer.inputWidth + 2 * layer.padX) {
    throw new LayerShapeError(name, 'kernelWidth', `kernel extent ${effS} exceeds the padded input width ${layer.inputWidth + 2 * layer.padX}`);
  }
  return layer;
}

/** Builds a validated GEMM / fully connected layer: (M×K)·(K×N). */
export function gemm(input: { name: string; M: number; N: number; K: number }): GemmLayer {
  const name = requireName(input.name);
  return {
    op: 'gemm',
    name,
    M: requirePositiveInt(name, 'M', input.M),
    N: requirePositiveInt(name, 'N', input.N),
    K: requirePositiveInt(name, 'K', input.K),
  };
}

/** Builds a validated batched matmul: `batch` independent (M×K)·(K×N) products. */
export function matmul(input: { name: string; batch: number; M: number; N: number; K: number }): MatmulLayer {
  const name = requireName(input.name);
  return {
    op: 'matmul',
    name,
    batch: requirePositiveInt(name, 'batch', input.batch),
    M: requirePositiveInt(name, 'M', input.M),
    N: requirePositiveInt(name, 'N', input.N),
    K: requirePositiveInt(name, 'K', input.K),
  };
}

export function isDepthwise(layer: Layer): boolean {
  return layer.op === 'conv' && layer.groups > 1 && layer.groups === layer.inChannels && layer.outChannels === layer.inChannels;
}

/** Output height of a convolution, elements. */
export function outputHeight(layer: ConvLayer): number {
  const { inputHeight: size, kernelHeight: kernel, strideY: stride, padY: pad, dilationY: dilation } = layer;
  return windowOutputSize({ size, kernel, stride, padBegin: pad, padEnd: pad, dilation });
}

/** Output width of a convolution, elements. */
export function outputWidth(layer: ConvLayer): number {
  const { inputWidth: size, kernelWidth: kernel, strideX: stride, padX: pad, dilationX: dilation } = layer;
  return windowOutputSize({ size, kernel, stride, padBegin: pad, padEnd: pad, dilation });
}

/** Multiply-accumulate operations of one inference of the layer. */
export function layerMacs(layer: Layer): number {
  switch (layer.op) {
    case 'conv':
      return (
        layer.batch *
        layer.outChannels *
        (layer.inChannels / layer.groups) *
        layer.kernelHeight *
        layer.kernelWidth *
        outputHeight(layer) *
        outputWidth(layer)
      );
    case 'gemm':
      return layer.M * layer.N * layer.K;
    case 'matmul':
      return layer.batch * layer.M * layer.N * layer.K;
  }
}

export interface TensorSizes {
  /** Elements of the input activation tensor (unpadded). */
  readonly input: number;
  readonly weight: number;
  readonly output: number;
}

/** Tensor sizes in elements. For a matmul, "weight" is the second operand. */
export function tensorSizes(layer: Layer): TensorSizes {
  switch (layer.op) {
    case 'conv':
      return {
        input: layer.batch * layer.inChannels * layer.inputHeight * layer.inputWidth,
        weight: layer.outChannels * (layer.inChannels / layer.groups) * layer.kernelHeight * layer.kernelWidth,
        output: layer.batch * layer.outChannels * outputHeight(layer) * outputWidth(layer),
      };
    case 'gemm':
      return { input: layer.M * layer.K, weight: layer.K * layer.N, output: layer.M * layer.N };
    case 'matmul':
      return {
        input: layer.batch * layer.M * layer.K,
        weight: layer.batch * layer.K * layer.N,
        output: layer.batch * layer.M * layer.N,
      };
  }
}
