import { conv, gemm, outputHeight, outputWidth, type Layer } from '../layer.js';
import { windowOutputSize } from '../pool-output-size.js';

/** An activation tensor flowing through a CNN definition (per image; the batch is the builder's). */
export interface FeatureMap {
  readonly channels: number;
  readonly height: number;
  readonly width: number;
}

export interface ConvOptions {
  readonly out: number;
  readonly kernel: number;
  readonly stride?: number;
  readonly padding?: number;
  readonly groups?: number;
}

export interface PoolOptions {
  readonly kernel: number;
  readonly stride: number;
  readonly padding?: number;
  readonly ceilMode?: boolean;
}

/**
 * Collects the compute layers of a CNN written in the same order and with the same names as its reference
 * definition, tracking feature-map sizes so each layer's input size comes from the previous operators.
 */
export class NetworkBuilder {
  readonly layers: Layer[] = [];

  constructor(readonly batch: number) {}

  conv(name: string, input: FeatureMap, options: ConvOptions): FeatureMap {
    const layer = conv({
      name,
      batch: this.batch,
      outChannels: options.out,
      inChannels: input.channels,
      inputHeight: input.height,
      inputWidth: input.width,
      kernelHeight: options.kernel,
      stride: options.stride ?? 1,
      padding: options.padding ?? 0,
      groups: options.groups ?? 1,
    });
    this.layers.push(layer);
    return { channels: options.out, height: outputHeight(layer), width: outputWidth(layer) };
  }

  /** A fully connected layer on a flattened input: (batch × inFeatures)·(inFeatures × outFeatures). */
  linear(name: string, inFeatures: number, outFeatures: number): number {
    this.layers.push(gemm({ name, M: this.batch, N: outFeatures, K: inFeatures }));
    return outFeatures;
  }
}

/** Max / average pooling: channels unchanged, spatial size from the window. */
export function pool(input: FeatureMap, options: PoolOptions): FeatureMap {
  const axis = (size: number): number =>
    windowOutputSize({
      size,
      kernel: options.kernel,
      stride: options.stride,
      padBegin: options.padding ?? 0,
      padEnd: options.padding ?? 0,
      ceilMode: options.ceilMode ?? false,
    });
  return { channels: input.channels, height: axis(input.height), width: axis(input.width) };
}

/** Elements of a feature map once flattened for a classifier. */
export function flattenedSize(input: FeatureMap): number {
  return input.channels * input.height * input.width;
}
