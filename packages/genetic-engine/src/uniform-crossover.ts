import { DIMS, dimIndexOf, mappingLevel, type Dim, type LoopTile, type Mapping, type MappingLevel } from '@gamma-ts/search-space';
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
  return orderOfPositions(DIMS.map((d) => pos[d])).map((d) => DIMS[d]);
}

/**
 * The standard GA's generic uniform crossover, blind to what the genes mean: the level count comes from either
 * parent, and every gene of a shared level (parallel dimension, cluster size, each tile, each loop position) is taken
 * from either parent with equal probability. Levels only one parent has are copied from it.
 */
export function uniformCrossover(a: Mapping, b: Mapping, ctx: OperatorContext): Mapping {
  const rng = ctx.rng;
  const count = rng.next() < 0.5 ? a.levels.length : b.levels.length;
  const levels: MappingLevel[] = [];
  for (let i = 0; i < count; i++) {
    const la = a.levels[i];
    const lb = b.levels[i];
    if (!la || !lb) {
      levels.push((la ?? lb)!);
      continue;
    }
    // Each gene: both parents' values are read, then one draw picks one (the draws in the order of the gene list).
    const parallel = rng.next() < 0.5 ? la.parallel : lb.parallel;
    const clusterSize = rng.next() < 0.5 ? la.clusterSize : lb.clusterSize;
    positionsInto(la, positionsA);
    positionsInto(lb, positionsB);
    const tiles = new Array<number>(6);
    for (let d = 0; d < 6; d++) {
      const tileA = tileOf(la, DIMS[d]);
      const tileB = tileOf(lb, DIMS[d]);
      tiles[d] = rng.next() < 0.5 ? tileA : tileB;
      positions[d] = rng.next() < 0.5 ? positionsA[d] : positionsB[d];
    }
    const order = orderOfPositions(positions);
    const loops = new Array<LoopTile>(6);
    for (let k = 0; k < 6; k++) loops[k] = { dim: DIMS[order[k]], tile: tiles[order[k]] };
    levels.push(mappingLevel(parallel, clusterSize, loops));
  }
  return { levels };
}

// Scratch of `uniformCrossover`, indexed like DIMS (it runs for every child of a standard GA; it never re-enters).
const positionsA = new Array<number>(6).fill(NaN);
const positionsB = new Array<number>(6).fill(NaN);
const positions = new Array<number>(6).fill(NaN);

/** `loopPositions` indexed like DIMS, NaN for a dim the level lacks (where `loopPositions` has no entry). */
function positionsInto(level: MappingLevel, out: number[]): void {
  out.fill(NaN);
  const loops = level.loops;
  for (let j = 0; j < loops.length; j++) {
    const d = dimIndexOf(loops[j].dim);
    if (d >= 0) out[d] = j;
  }
}

/**
 * `orderFromPositions` on positions indexed like DIMS, as DIMS indices: by position, ties in DIMS order — a stable
 * insertion sort of six. Positions are never missing: an operator's level lists every dim.
 */
function orderOfPositions(pos: readonly number[]): number[] {
  const order = [0, 1, 2, 3, 4, 5];
  for (let k = 1; k < 6; k++) {
    const d = order[k];
    let j = k - 1;
    while (j >= 0 && pos[order[j]] > pos[d]) {
      order[j + 1] = order[j];
      j--;
    }
    order[j + 1] = d;
  }
  return order;
}
