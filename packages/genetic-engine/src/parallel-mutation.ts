import type { Mapping } from '@gamma-ts/search-space';
import type { OperatorContext } from './operator-context.js';

/**
 * GAMMA's parallel-dimension mutation: with probability `rate`, two adjacent levels swap their spatially unrolled
 * dimensions (GAMMA swaps those of its two levels), so the set of unrolled dimensions is kept and only which level
 * unrolls which changes. A one-level mapping has nothing to swap.
 */
export function parallelMutation(mapping: Mapping, rate: number, ctx: OperatorContext): Mapping {
  if (ctx.rng.next() >= rate) return mapping;
  if (mapping.levels.length < 2) return mapping;
  const upper = ctx.rng.int(mapping.levels.length - 1);
  const levels = [...mapping.levels];
  levels[upper] = { ...mapping.levels[upper], parallel: mapping.levels[upper + 1].parallel };
  levels[upper + 1] = { ...mapping.levels[upper + 1], parallel: mapping.levels[upper].parallel };
  return { levels };
}
