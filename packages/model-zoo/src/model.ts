import { layerMacs, type Layer } from './layer.js';

/** A network as an ordered list of its compute layers (conv, GEMM, matmul). */
export interface Model {
  readonly name: string;
  readonly description?: string;
  readonly layers: readonly Layer[];
}

/** Multiply-accumulate operations of one inference of every layer of the model. */
export function modelMacs(model: Model): number {
  return model.layers.reduce((sum, layer) => sum + layerMacs(layer), 0);
}
