import { mappingLevel, type Mapping } from '@gamma-ts/search-space';
import type { StrategyContext } from './strategy.js';
import { tileBound } from './loop-tiles.js';

/**
 * GAMMA's initial genome ("uni_base"): the outermost level as a random mapping draws it, every level below it with
 * unit tiles (R/S stay the full kernel) and a cluster size uniform in [1, min(parent tile of its unrolled dimension,
 * PEs)]. Small inner tiles keep L1 demand low, so most of GAMMA's first generation is valid, and tile mutation and
 * crossover grow the inner tiles from there. `unitOuter` also gives the outermost level unit tiles (GAMMA starts two
 * individuals that way). Repaired, so flexibility constraints hold.
 */
export function unitBaseMapping(ctx: StrategyContext, unitOuter = false): Mapping {
  const sampled = ctx.sample();
  const levels = sampled.levels.map((level, i) =>
    i === 0 && !unitOuter ? level : mappingLevel(level.parallel, level.clusterSize, level.loops.map((l) => (l.dim === 'R' || l.dim === 'S' ? l : { dim: l.dim, tile: 1 }))),
  );
  const mapping: Mapping = { levels };
  for (let i = 1; i < levels.length; i++) {
    const bound = Math.min(tileBound(ctx.problem, mapping, i, levels[i].parallel), ctx.space.numPEs);
    levels[i] = mappingLevel(levels[i].parallel, ctx.rng.intBetween(1, bound), levels[i].loops);
  }
  return ctx.repair(mapping);
}
