import type { Mapping } from '@gamma-ts/search-space';
import type { OperatorContext } from './operator-context.js';
import { parallelDims } from './loop-tiles.js';

/** GAMMA's parallel-dimension mutation: with probability `rate`, one level unrolls a different dimension spatially. */
export function parallelMutation(mapping: Mapping, rate: number, ctx: OperatorContext): Mapping {
  if (ctx.rng.next() >= rate) return mapping;
  const levelIndex = ctx.rng.int(mapping.levels.length);
  const level = mapping.levels[levelIndex];
  const others = parallelDims(ctx.problem).filter((d) => d !== level.parallel);
  if (others.length === 0) return mapping;
  const levels = [...mapping.levels];
  levels[levelIndex] = { ...level, parallel: others[ctx.rng.int(others.length)] };
  return { levels };
}
