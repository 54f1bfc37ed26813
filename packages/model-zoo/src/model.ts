import type { Layer } from './layer.js';

/** A network as an ordered list of its compute layers (conv, GEMM, matmul). */
export interface Model {
  readonly name: string;
  readonly description?: string;
  readonly layers: readonly Layer[];
}
