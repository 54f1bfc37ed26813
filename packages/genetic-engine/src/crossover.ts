import type { Mapping } from '@gamma-ts/search-space';
import type { OperatorContext } from './operator-context.js';
import { searchableDims, tileOf, withTile } from './loop-tiles.js';

/**
 * GAMMA's tile crossover: with probability `rate`, pick one dimension and exchange its tiles, at every level the two
 * parents share, between them. Loop orders and parallel dimensions stay with their own parent, so a child inherits a
 * whole dataflow and only the tiling of one dimension changes. GAMMA draws the dimension among all six; here only
 * among those whose tiles can differ (R/S are always the full kernel, a depthwise layer has no K), so a crossover
 * never degenerates into a copy.
 */
export function crossover(a: Mapping, b: Mapping, rate: number, ctx: OperatorContext): [Mapping, Mapping] {
  if (ctx.rng.next() >= rate) return [a, b];
  const dims = searchableDims(ctx.problem);
  if (dims.length === 0) return [a, b];
  const dim = dims[ctx.rng.int(dims.length)];
  const shared = Math.min(a.levels.length, b.levels.length);
  const levelsA = [...a.levels];
  const levelsB = [...b.levels];
  for (let i = 0; i < shared; i++) {
    const tileA = tileOf(a.levels[i], dim);
    const tileB = tileOf(b.levels[i], dim);
    // Equal tiles: exchanging them changes nothing, so both levels stay the parents' (immutable) objects.
    if (tileA === tileB) continue;
    levelsA[i] = withTile(a.levels[i], dim, tileB);
    levelsB[i] = withTile(b.levels[i], dim, tileA);
  }
  return [{ levels: levelsA }, { levels: levelsB }];
}
