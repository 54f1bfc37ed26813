import type { Mapping } from '@gamma-ts/search-space';
import type { OperatorContext } from './operator-context.js';
import { withLoops } from './loop-tiles.js';

/** GAMMA's reorder: with probability `rate`, swap two loops within one randomly chosen level. */
export function reorder(mapping: Mapping, rate: number, ctx: OperatorContext): Mapping {
  if (ctx.rng.next() >= rate) return mapping;
  const levelIndex = ctx.rng.int(mapping.levels.length);
  const level = mapping.levels[levelIndex];
  const i = ctx.rng.int(level.loops.length);
  // Draw the second position among the other five so a swap always changes the order.
  let j = ctx.rng.int(level.loops.length - 1);
  if (j >= i) j++;
  const loops = [...level.loops];
  [loops[i], loops[j]] = [loops[j], loops[i]];
  const levels = [...mapping.levels];
  levels[levelIndex] = withLoops(level, loops);
  return { levels };
}
