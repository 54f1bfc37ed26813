import { allowedLevelRange, DIMS, divisorsOf, mappingLevel, type Mapping } from '@gamma-ts/search-space';
import type { OperatorContext } from './operator-context.js';
import { parallelDims, tileOf } from './loop-tiles.js';

/**
 * GAMMA's level growth: with probability `rate`, and only while the mapping has fewer levels than allowed, add a new
 * innermost level: a random parallel dimension, a random loop order, tiles drawn within the current innermost tiles
 * (R/S stay full), and a cluster size equal to the parallel dimension's parent tile capped at the PEs, as GAMMA does.
 */
export function levelGrowth(mapping: Mapping, rate: number, ctx: OperatorContext): Mapping {
  if (ctx.rng.next() >= rate) return mapping;
  const max = allowedLevelRange(ctx.problem, ctx.space).max;
  if (mapping.levels.length >= max) return mapping;
  const inner = mapping.levels[mapping.levels.length - 1];
  const choices = parallelDims(ctx.problem);
  const parallel = choices[ctx.rng.int(choices.length)];
  const order = [...DIMS];
  for (let i = order.length - 1; i > 0; i--) {
    const j = ctx.rng.int(i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  const loops = order.map((dim) => {
    const bound = tileOf(inner, dim);
    if (dim === 'R' || dim === 'S') return { dim, tile: bound };
    if (ctx.space.factorsOnly) {
      const options = divisorsOf(bound);
      return { dim, tile: options[ctx.rng.int(options.length)] };
    }
    return { dim, tile: ctx.rng.intBetween(1, bound) };
  });
  const level = mappingLevel(parallel, Math.min(tileOf(inner, parallel), ctx.space.numPEs), loops);
  return { levels: [...mapping.levels, level] };
}
