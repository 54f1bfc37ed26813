import type { Dim } from './dim.js';
import type { FlexibilityConstraints } from './flexibility-constraints.js';
import { InputFormatError } from './input-format-error.js';

export type ConstraintPresetName = 'nvdla' | 'eyeriss' | 'shidiannao' | 'tpu';

export const CONSTRAINT_PRESET_NAMES: readonly ConstraintPresetName[] = ['nvdla', 'eyeriss', 'shidiannao', 'tpu'];

/** Weight-stationary order: the weight indices K, C, R, S outside, so a weight stays while the outputs stream. */
const WEIGHT_STATIONARY: readonly Dim[] = ['K', 'C', 'R', 'S', 'Y', 'X'];
/** Output-stationary order: the reductions C, R, S innermost, so a PE keeps its output until it is complete. */
const OUTPUT_STATIONARY: readonly Dim[] = ['K', 'Y', 'X', 'C', 'R', 'S'];
/** Row-stationary inner order: per filter row R, slide along X' with that row's S weights held (the row primitive). */
const ROW_STATIONARY: readonly Dim[] = ['K', 'C', 'Y', 'R', 'X', 'S'];

/**
 * Fixed-dataflow accelerators as constraints; all are two levels, tile sizes outside what is listed stay free.
 * - `nvdla`: K-parallel MAC cells (one output channel each, K tile 1) of C-parallel multipliers (one input channel
 *   each, C tile 1), weight stationary. The cell width (cluster size) is free: NVDLA's atomic-C is a build option.
 * - `eyeriss`: row stationary as far as a genome can say it. Output rows over PE columns (Y-parallel, Y tile 1);
 *   channels down each column (C-parallel, C tile 1) in place of filter rows, because R tiles must be the full
 *   kernel; inside a PE the row primitive order K C Y R X S.
 * - `shidiannao`: output stationary over a 2-D grid of output pixels: Y-parallel, then X-parallel with one output
 *   pixel per PE (Y and X tiles 1 at level 1), reductions innermost.
 * - `tpu`: a fixed ⌊√numPEs⌋-row systolic array, weight stationary: K over the columns (K tile 1), C down the rows
 *   (C tile 1), cluster size fixed to ⌊√numPEs⌋.
 */
export function constraintPreset(name: string, numPEs: number): FlexibilityConstraints {
  switch (name) {
    case 'nvdla':
      return {
        name: 'nvdla',
        levels: 2,
        perLevel: [
          { parallel: 'K', order: WEIGHT_STATIONARY, tiles: { K: 1 } },
          { parallel: 'C', order: WEIGHT_STATIONARY, tiles: { C: 1 } },
        ],
      };
    case 'eyeriss':
      return {
        name: 'eyeriss',
        levels: 2,
        perLevel: [
          { parallel: 'Y', order: ROW_STATIONARY, tiles: { Y: 1 } },
          { parallel: 'C', order: ROW_STATIONARY, tiles: { C: 1 } },
        ],
      };
    case 'shidiannao':
      return {
        name: 'shidiannao',
        levels: 2,
        perLevel: [
          { parallel: 'Y', order: OUTPUT_STATIONARY },
          { parallel: 'X', order: OUTPUT_STATIONARY, tiles: { Y: 1, X: 1 } },
        ],
      };
    case 'tpu':
      return {
        name: 'tpu',
        levels: 2,
        perLevel: [
          { parallel: 'K', order: WEIGHT_STATIONARY, tiles: { K: 1 } },
          { parallel: 'C', order: WEIGHT_STATIONARY, tiles: { C: 1 }, clusterSize: Math.max(1, Math.floor(Math.sqrt(numPEs))) },
        ],
      };
    default:
      throw new InputFormatError('constraints', 'preset', `unknown preset '${name}'; presets: ${CONSTRAINT_PRESET_NAMES.join(', ')}`);
  }
}
