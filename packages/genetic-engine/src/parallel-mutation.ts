import { mappingLevel, type Mapping } from '@gamma-ts/search-space';
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
  const outer = mapping.levels[upper];
  const inner = mapping.levels[upper + 1];
  levels[upper] = mappingLevel(inner.parallel, outer.clusterSize, outer.loops);
  levels[upper + 1] = mappingLevel(outer.parallel, inner.clusterSize, inner.loops);
  return { levels };
}
