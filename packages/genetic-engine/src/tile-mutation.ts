import { divisorsOf, type Dim, type LoopTile, type Mapping } from '@gamma-ts/search-space';
import type { OperatorContext } from './operator-context.js';
import { parallelDimsOf, searchableDimsOf, tileBound, tileOf } from './loop-tiles.js';
import { drawTile } from './tile-draw.js';

/**
 * GAMMA's tile mutation: `loci` independent attempts, each taken with probability `rate`, to redraw one gene picked
 * uniformly from the whole genome, as GAMMA's genome lays them out: per level a header gene (which dimension is
 * unrolled spatially, and below the outermost level the cluster size) and the tiles.
 * - A tile is redrawn within [1, the parent level's tile] (the extent at the top) by `drawTile`: GAMMA's uniform draw,
 *   a divisor of the parent tile, or a local step, equally likely (only divisors with `factorsOnly`).
 * - The header gets a parallel dimension drawn from K, C, Y, X (possibly the same one) and, below the top, a cluster
 *   size drawn among the divisors of min(parent tile of that dimension, PEs), so that the clusters tile the parent's
 *   slice of the unrolled dimension exactly — GAMMA draws it the same way.
 * R/S tiles (always the full kernel here) and extent-1 dimensions are not genes: mutating them would waste a locus.
 */
export function tileMutation(mapping: Mapping, rate: number, loci: number, ctx: OperatorContext): Mapping {
  const dims = searchableDimsOf(ctx.problem);
  const genesPerLevel = dims.length + 1;
  // Copy on write: the first taken locus copies the level list, and each level the first time one of its genes
  // changes; later loci edit those copies in place. The input mapping is never modified.
  let levels: DraftLevel[] | null = null;
  let owned: boolean[] | null = null;
  for (let locus = 0; locus < loci; locus++) {
    if (ctx.rng.next() >= rate) continue;
    const current: Mapping = levels === null ? mapping : { levels };
    const pick = ctx.rng.int(current.levels.length * genesPerLevel);
    const levelIndex = Math.floor(pick / genesPerLevel);
    const gene = pick % genesPerLevel;
    if (gene === dims.length) {
      const choices = parallelDimsOf(ctx.problem);
      const parallel = choices[ctx.rng.int(choices.length)];
      let clusterSize = current.levels[levelIndex].clusterSize;
      if (levelIndex > 0) {
        const options = divisorsOf(Math.min(tileBound(ctx.problem, current, levelIndex, parallel), ctx.space.numPEs));
        clusterSize = options[ctx.rng.int(options.length)];
      }
      levels ??= mapping.levels.slice() as DraftLevel[];
      owned ??= new Array<boolean>(levels.length).fill(false);
      const level = ownLevel(levels, owned, levelIndex);
      level.parallel = parallel;
      level.clusterSize = clusterSize;
    } else {
      const dim = dims[gene];
      const bound = tileBound(ctx.problem, current, levelIndex, dim);
      const tile = drawTile(tileOf(current.levels[levelIndex], dim), bound, ctx.space.factorsOnly ?? false, ctx.rng);
      levels ??= mapping.levels.slice() as DraftLevel[];
      owned ??= new Array<boolean>(levels.length).fill(false);
      const loops = ownLevel(levels, owned, levelIndex).loops;
      for (let j = 0; j < loops.length; j++) if (loops[j].dim === dim) loops[j] = { dim, tile };
    }
  }
  return levels === null ? mapping : { levels };
}

/** A level this call may edit: its own fields and loop list (the loop objects themselves are replaced, never edited). */
interface DraftLevel {
  parallel: Dim;
  clusterSize: number | null;
  loops: LoopTile[];
}

function ownLevel(levels: DraftLevel[], owned: boolean[], index: number): DraftLevel {
  if (!owned[index]) {
    levels[index] = { ...levels[index], loops: levels[index].loops.slice() };
    owned[index] = true;
  }
  return levels[index];
}
