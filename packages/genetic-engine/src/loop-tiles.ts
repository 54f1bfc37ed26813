import { DIMS, dimExtent, mappingLevel, type Dim, type Mapping, type MappingLevel, type Problem } from '@gamma-ts/search-space';

/** Tile of `dim` at a level (every level lists all six dimensions). */
export function tileOf(level: MappingLevel, dim: Dim): number {
  // A plain loop, not `find`: this runs several times for every child of every generation.
  const loops = level.loops;
  for (let j = 0; j < loops.length; j++) if (loops[j].dim === dim) return loops[j].tile;
  throw new Error(`mapping level has no loop over ${dim}`);
}

/** A copy of `level` with `dim`'s tile replaced, loop order unchanged. */
export function withTile(level: MappingLevel, dim: Dim, tile: number): MappingLevel {
  const loops = level.loops.slice();
  for (let j = 0; j < loops.length; j++) if (loops[j].dim === dim) loops[j] = { dim, tile };
  return withLoops(level, loops);
}

/**
 * `{ ...level, loops }`, written out: a spread copy is several times slower, and operators copy levels for every
 * child. Same fields in the same order (every mapping's levels are built as { parallel, clusterSize, loops }).
 */
export function withLoops<Loops extends MappingLevel['loops']>(level: MappingLevel, loops: Loops): { parallel: Dim; clusterSize: number | null; loops: Loops } {
  return mappingLevel(level.parallel, level.clusterSize, loops) as { parallel: Dim; clusterSize: number | null; loops: Loops };
}

/** The largest tile `dim` may take at `levelIndex`: the full extent at the top, the parent's tile below it. */
export function tileBound(problem: Problem, mapping: Mapping, levelIndex: number, dim: Dim): number {
  return levelTileBound(problem, mapping.levels, levelIndex, dim);
}

/** `tileBound` on a list of levels (an operator's working copy, without wrapping it in a mapping). */
export function levelTileBound(problem: Problem, levels: readonly MappingLevel[], levelIndex: number, dim: Dim): number {
  return levelIndex === 0 ? dimExtent(problem, dim) : tileOf(levels[levelIndex - 1], dim);
}

const searchableCache = new WeakMap<Problem, readonly Dim[]>();
const parallelCache = new WeakMap<Problem, readonly Dim[]>();

/**
 * Dimensions whose tiles a search can usefully change: R/S tiles are always the full kernel (MAESTRO rejects partial
 * R/S temporal tiles), a depthwise layer has no K, and an extent of 1 admits one tile only. Computed once per problem
 * and shared (read-only): the operators ask for it on every child.
 */
export function searchableDims(problem: Problem): readonly Dim[] {
  let dims = searchableCache.get(problem);
  if (!dims) {
    dims = DIMS.filter((d) => d !== 'R' && d !== 'S' && dimExtent(problem, d) > 1);
    searchableCache.set(problem, dims);
  }
  return dims;
}

/**
 * Dimensions a level may unroll spatially (GAMMA's default cluster space: K, C, Y, X; no K for depthwise). Computed
 * once per problem and shared (read-only).
 */
export function parallelDims(problem: Problem): readonly Dim[] {
  let dims = parallelCache.get(problem);
  if (!dims) {
    dims = (['K', 'C', 'Y', 'X'] as const).filter((d) => !(d === 'K' && problem.op === 'DSCONV'));
    parallelCache.set(problem, dims);
  }
  return dims;
}
