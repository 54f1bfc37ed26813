import type { Dim } from './dim.js';

/**
 * A layer as the six-dimensional loop nest a mapping addresses (MAESTRO's CONV / DSCONV view).
 * Y and X are input sizes with padding included, "tight" so that no trailing row is unused:
 * Y = strideY·(Y' − 1) + R.
 */
export interface Problem {
  readonly op: 'CONV' | 'DSCONV';
  readonly name: string;
  /** Output channels; 1 and ignored for DSCONV. */
  readonly K: number;
  readonly C: number;
  readonly Y: number;
  readonly X: number;
  readonly R: number;
  readonly S: number;
  readonly strideY: number;
  readonly strideX: number;
  /** Independent copies of this loop nest (batch, groups, attention heads); they multiply the cost. */
  readonly repeat: number;
}

/** Output rows Y' of a problem. */
export function outputRows(p: Problem): number {
  return Math.floor((p.Y - p.R) / p.strideY) + 1;
}

/** Output columns X' of a problem. */
export function outputCols(p: Problem): number {
  return Math.floor((p.X - p.S) / p.strideX) + 1;
}

/** The extent of a dimension that a mapping tiles: Y/X in output coordinates. */
export function dimExtent(p: Problem, dim: Dim): number {
  switch (dim) {
    case 'K':
      return p.op === 'DSCONV' ? 1 : p.K;
    case 'C':
      return p.C;
    case 'Y':
      return outputRows(p);
    case 'X':
      return outputCols(p);
    case 'R':
      return p.R;
    case 'S':
      return p.S;
  }
}

/** MACs of one repetition of the loop nest. */
export function problemMacs(p: Problem): number {
  const k = p.op === 'DSCONV' ? 1 : p.K;
  return k * p.C * p.R * p.S * outputRows(p) * outputCols(p);
}
