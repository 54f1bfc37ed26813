import { DIMS, dimExtent, type Dim, type Mapping, type MappingLevel, type Problem } from '@gamma-ts/search-space';

/** Tile of `dim` at a level (every level lists all six dimensions). */
export function tileOf(level: MappingLevel, dim: Dim): number {
  const loop = level.loops.find((l) => l.dim === dim);
  if (!loop) throw new Error(`mapping level has no loop over ${dim}`);
  return loop.tile;
}

/** A copy of `level` with `dim`'s tile replaced, loop order unchanged. */
export function withTile(level: MappingLevel, dim: Dim, tile: number): MappingLevel {
  return { ...level, loops: level.loops.map((l) => (l.dim === dim ? { dim, tile } : l)) };
}

/** The largest tile `dim` may take at `levelIndex`: the full extent at the top, the parent's tile below it. */
export function tileBound(problem: Problem, mapping: Mapping, levelIndex: number, dim: Dim): number {
  return levelIndex === 0 ? dimExtent(problem, dim) : tileOf(mapping.levels[levelIndex - 1], dim);
}

/**
 * Dimensions whose tiles a search can usefully change: R/S tiles are always the full kernel (MAESTRO rejects partial
 * R/S temporal tiles), a depthwise layer has no K, and an extent of 1 admits one tile only.
 */
export function searchableDims(problem: Problem): Dim[] {
  return DIMS.filter((d) => d !== 'R' && d !== 'S' && dimExtent(problem, d) > 1);
}

/** Dimensions a level may unroll spatially (GAMMA's default cluster space: K, C, Y, X; no K for depthwise). */
export function parallelDims(problem: Problem): Dim[] {
  return (['K', 'C', 'Y', 'X'] as const).filter((d) => !(d === 'K' && problem.op === 'DSCONV'));
}

