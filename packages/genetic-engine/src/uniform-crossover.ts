import { DIMS, type Dim, type Mapping, type MappingLevel } from '@gamma-ts/search-space';
import type { OperatorContext } from './operator-context.js';
import { tileOf } from './loop-tiles.js';

/** Position of each dimension in a level's loop order (the order genes of the generic encoding). */
export function loopPositions(level: MappingLevel): Record<Dim, number> {
  const pos = {} as Record<Dim, number>;
  level.loops.forEach((l, i) => (pos[l.dim] = i));
  return pos;
}

/** Decodes order genes: dimensions sorted by position, ties in K C Y X R S order. */
export function orderFromPositions(pos: Readonly<Record<Dim, number>>): Dim[] {
  return [...DIMS].sort((a, b) => pos[a] - pos[b] || DIMS.indexOf(a) - DIMS.indexOf(b));
}

/**
 * The standard GA's generic uniform crossover, blind to what the genes mean: the level count comes from either
 * parent, and every gene of a shared level (parallel dimension, cluster size, each tile, each loop position) is taken
 * from either parent with equal probability. Levels only one parent has are copied from it.
 */
export function uniformCrossover(a: Mapping, b: Mapping, ctx: OperatorContext): Mapping {
  const count = ctx.rng.next() < 0.5 ? a.levels.length : b.levels.length;
  const levels: MappingLevel[] = [];
  for (let i = 0; i < count; i++) {
    const la = a.levels[i];
    const lb = b.levels[i];
    if (!la || !lb) {
      levels.push((la ?? lb)!);
      continue;
    }
    const pick = <T>(x: T, y: T): T => (ctx.rng.next() < 0.5 ? x : y);
    const parallel = pick(la.parallel, lb.parallel);
    const clusterSize = pick(la.clusterSize, lb.clusterSize);
    const pa = loopPositions(la);
    const pb = loopPositions(lb);
    const pos = {} as Record<Dim, number>;
    const tiles = {} as Record<Dim, number>;
    for (const d of DIMS) {
      tiles[d] = pick(tileOf(la, d), tileOf(lb, d));
      pos[d] = pick(pa[d], pb[d]);
    }
    levels.push({ parallel, clusterSize, loops: orderFromPositions(pos).map((dim) => ({ dim, tile: tiles[dim] })) });
  }
  return { levels };
}
