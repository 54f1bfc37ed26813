import { divisorsOf, type Dim, type LoopTile, type Mapping, type MappingLevel } from '@gamma-ts/search-space';
import type { OperatorContext } from './operator-context.js';
import { levelTileBound, parallelDims, searchableDims, tileOf, withLoops } from './loop-tiles.js';
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
  const dims = searchableDims(ctx.problem);
  const genesPerLevel = dims.length + 1;
  // Copy on write: the first taken locus copies the level list, and each level the first time one of its genes
  // changes (a level is this call's copy exactly when it is no longer the input's object); later loci edit those
  // copies in place. The input mapping is never modified.
  let levels: readonly MappingLevel[] = mapping.levels;
  let draft: DraftLevel[] | null = null;
  for (let locus = 0; locus < loci; locus++) {
    if (ctx.rng.next() >= rate) continue;
    const pick = ctx.rng.int(levels.length * genesPerLevel);
    const levelIndex = Math.floor(pick / genesPerLevel);
    const gene = pick % genesPerLevel;
    draft ??= mapping.levels.slice() as DraftLevel[];
    levels = draft;
    if (gene === dims.length) {
      const choices = parallelDims(ctx.problem);
      const parallel = choices[ctx.rng.int(choices.length)];
      let clusterSize = levels[levelIndex].clusterSize;
      if (levelIndex > 0) {
        const options = divisorsOf(Math.min(levelTileBound(ctx.problem, levels, levelIndex, parallel), ctx.space.numPEs));
        clusterSize = options[ctx.rng.int(options.length)];
      }
      const level = ownLevel(draft, mapping, levelIndex);
      level.parallel = parallel;
      level.clusterSize = clusterSize;
    } else {
      const dim = dims[gene];
      const bound = levelTileBound(ctx.problem, levels, levelIndex, dim);
      const tile = drawTile(tileOf(levels[levelIndex], dim), bound, ctx.space.factorsOnly ?? false, ctx.rng);
      const loops = ownLevel(draft, mapping, levelIndex).loops;
      for (let j = 0; j < loops.length; j++) if (loops[j].dim === dim) loops[j] = { dim, tile };
    }
  }
  return draft === null ? mapping : { levels: draft };
}

/** A level this call may edit: its own fields and loop list (the loop objects themselves are replaced, never edited). */
interface DraftLevel {
  parallel: Dim;
  clusterSize: number | null;
  loops: LoopTile[];
}

function ownLevel(draft: DraftLevel[], input: Mapping, index: number): DraftLevel {
  if (draft[index] === input.levels[index]) draft[index] = withLoops(draft[index], draft[index].loops.slice());
  return draft[index];
}
