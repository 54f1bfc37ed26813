import type { Dim } from './dim.js';

/** One loop of a level: a dimension and its tile size (Y/X in output coordinates). */
export interface LoopTile {
  readonly dim: Dim;
  readonly tile: number;
}

/** One cluster level of a mapping (GAMMA's genome entry). */
export interface MappingLevel {
  /** The dimension spatially unrolled over this level's sub-clusters (MAESTRO `SpatialMap`). */
  readonly parallel: Dim;
  /** The `Cluster(n)` written before this level; `null` for the outermost level. */
  readonly clusterSize: number | null;
  /** All six dimensions in loop order, outer → inner. */
  readonly loops: readonly LoopTile[];
}

/**
 * A mapping level, built at this one place: V8 gives objects made by different object literals different hidden
 * classes, and code that reads levels made in several places (a search's operators, repair, sampling, decoding) then
 * goes through slow megamorphic property look-ups on every read; levels made here all share one.
 */
export function mappingLevel(parallel: Dim, clusterSize: number | null, loops: readonly LoopTile[]): MappingLevel {
  return { parallel, clusterSize, loops };
}

/** The tile of `dim` in a level's loops (its first loop over `dim`), or NaN when there is none (a malformed level). */
export function loopTile(loops: readonly LoopTile[], dim: Dim): number {
  for (let j = 0; j < loops.length; j++) if (loops[j].dim === dim) return loops[j].tile;
  return NaN;
}

/** A mapping of one layer onto one accelerator: cluster levels, outermost first. */
export interface Mapping {
  readonly levels: readonly MappingLevel[];
}
