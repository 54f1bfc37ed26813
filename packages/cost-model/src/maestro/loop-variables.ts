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

// Dims are one-letter strings. Mappings parsed from JSON carry non-internalised strings, whose comparisons are
// slow, so dims are told apart by their character code.
const VAR_BY_CHAR_CODE = new Int32Array(128).fill(-1);
VAR_BY_CHAR_CODE['K'.charCodeAt(0)] = VAR_K;
VAR_BY_CHAR_CODE['C'.charCodeAt(0)] = VAR_C;
VAR_BY_CHAR_CODE['Y'.charCodeAt(0)] = VAR_Y;
VAR_BY_CHAR_CODE['X'.charCodeAt(0)] = VAR_X;
VAR_BY_CHAR_CODE['R'.charCodeAt(0)] = VAR_R;
VAR_BY_CHAR_CODE['S'.charCodeAt(0)] = VAR_S;

export function varOfDim(dim: Dim): number {
  return VAR_BY_CHAR_CODE[dim.charCodeAt(0) & 127];
}

/** The sliding (filter) variable whose window runs along a reference variable: R for Y, S for X. */
export function slidingVarOf(referenceVar: number): number {
  return referenceVar === VAR_Y ? VAR_R : VAR_S;
}
