import type { Dim } from './dim.js';

/** Why a mapping is invalid; the GA counts these codes to show what its operators keep breaking. */
export type ViolationCode =
  | 'level-count'
  | 'loop-dims'
  | 'parallel-dim'
  | 'depthwise-k-parallel'
  | 'tile-range'
  | 'tile-partial-kernel'
  | 'tile-not-factor'
  | 'cluster-size'
  | 'cluster-product'
  | 'constraint-parallel'
  | 'constraint-order'
  | 'constraint-tile'
  | 'constraint-cluster';

export interface Violation {
  readonly code: ViolationCode;
  /** The level (0 = outermost) the violation is in, when it is in one. */
  readonly level?: number;
  readonly dim?: Dim;
  readonly message: string;
}
