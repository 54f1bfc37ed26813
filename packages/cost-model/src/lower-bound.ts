import { dimExtent, loopTile, problemMacs, type Dim, type Mapping, type Problem } from '@gamma-ts/search-space';
import type { Hardware } from './hardware.js';

/** ⌈MACs / PEs⌉ over all repetitions of the problem, cycles: no accelerator of `hw.numPEs` PEs can be faster. */
export function lowerBoundCycles(problem: Problem, hw: Pick<Hardware, 'numPEs'>): number {
  return Math.ceil((problemMacs(problem) * problem.repeat) / hw.numPEs);
}

/**
 * The PEs a mapping can keep busy: Π over levels of min(the level's sub-clusters, the number of tiles of its
 * parallel dimension within the parent tile, ⌈parent / tile⌉). The outermost level has ⌊numPEs / Π cluster sizes⌋
 * sub-clusters, a lower level its own cluster size; Y/X tiles are in output coordinates. A depthwise layer has no
 * K to spread, and MAESTRO spreads C instead, so a K parallel dimension counts C's tiles there (never an
 * under-estimate). 0 when the cluster sizes need more than `numPEs` PEs.
 */
export function busyPEs(problem: Problem, mapping: Mapping, numPEs: number): number {
  const levels = mapping.levels;
  let clusteredPEs = 1;
  for (let i = 1; i < levels.length; i++) clusteredPEs *= levels[i].clusterSize ?? 1;
  let busy = 1;
  for (let i = 0; i < levels.length; i++) {
    const level = levels[i];
    const subClusters = i === 0 ? Math.floor(numPEs / clusteredPEs) : (level.clusterSize ?? 1);
    const dim: Dim = problem.op === 'DSCONV' && level.parallel === 'K' ? 'C' : level.parallel;
    const parentTile = i === 0 ? dimExtent(problem, dim) : loopTile(levels[i - 1].loops, dim);
    const tiles = Math.ceil(parentTile / loopTile(level.loops, dim));
    busy *= subClusters < tiles ? subClusters : tiles;
  }
  return busy;
}

/** ⌈MACs / busy PEs⌉ for each repetition, times the repetitions (they run one after another), cycles. */
export function busyLowerBoundCycles(problem: Problem, busy: number): number {
  return Math.ceil(problemMacs(problem) / busy) * problem.repeat;
}
