import type { Dim } from '@gamma-ts/search-space';

/**
 * MAESTRO's loop variables as small integers so that every per-variable table is a flat typed array.
 * Y/X are *input* rows/columns (MAESTRO converts the `Y'`/`X'` maps GAMMA writes to input-centric ones);
 * OUT_Y/OUT_X are the output extents `Y'`/`X'`, which only the mapping-size tables of the output tensor use.
 */
export const VAR_K = 0;
export const VAR_C = 1;
export const VAR_Y = 2;
export const VAR_X = 3;
export const VAR_R = 4;
export const VAR_S = 5;
export const VAR_OUT_Y = 6;
export const VAR_OUT_X = 7;

/** Variables a dimension table holds (K C Y X R S). */
export const NUM_DIMS = 6;
/** Variables the mapping-size tables are keyed by (the six plus Y', X'). */
export const NUM_TABLE_VARS = 8;

export function varOfDim(dim: Dim): number {
  switch (dim) {
    case 'K':
      return VAR_K;
    case 'C':
      return VAR_C;
    case 'Y':
      return VAR_Y;
    case 'X':
      return VAR_X;
    case 'R':
      return VAR_R;
    case 'S':
      return VAR_S;
  }
}

/** The sliding (filter) variable whose window runs along a reference variable: R for Y, S for X. */
export function slidingVarOf(referenceVar: number): number {
  return referenceVar === VAR_Y ? VAR_R : VAR_S;
}
