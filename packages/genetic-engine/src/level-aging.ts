import { allowedLevelRange, type Mapping } from '@gamma-ts/search-space';
import type { OperatorContext } from './operator-context.js';

/** GAMMA's level aging: with probability `rate`, and only above the minimum level count, drop the innermost level. */
export function levelAging(mapping: Mapping, rate: number, ctx: OperatorContext): Mapping {
  if (ctx.rng.next() >= rate) return mapping;
  const min = allowedLevelRange(ctx.problem, ctx.space).min;
  if (mapping.levels.length <= Math.max(1, min)) return mapping;
  return { levels: mapping.levels.slice(0, -1) };
}
