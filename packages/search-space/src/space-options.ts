import type { FlexibilityConstraints } from './flexibility-constraints.js';

/** What a map space is drawn from, besides the layer. */
export interface SpaceOptions {
  /** PEs of the accelerator; the product of cluster sizes may not exceed it. */
  readonly numPEs: number;
  /**
   * Allowed numbers of cluster levels (GAMMA's slevel_min/slevel_max), 1..4. Default 2..2 — or, when omitted and
   * the constraints limit the levels, the constraints' range.
   */
  readonly levels?: { readonly min: number; readonly max: number };
  /** Tiles must divide the same dimension's tile one level up (outermost: the dimension) — GAMMA's use_factor. */
  readonly factorsOnly?: boolean;
  readonly constraints?: FlexibilityConstraints;
}

export const DEFAULT_LEVELS = { min: 2, max: 2 } as const;
