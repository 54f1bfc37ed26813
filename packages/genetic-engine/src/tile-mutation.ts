import { divisorsOf, type Mapping } from '@gamma-ts/search-space';
import type { OperatorContext } from './operator-context.js';
import { parallelDims, searchableDims, tileBound, tileOf, withTile } from './loop-tiles.js';
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
  let current = mapping;
  for (let locus = 0; locus < loci; locus++) {
    if (ctx.rng.next() >= rate) continue;
    const pick = ctx.rng.int(current.levels.length * genesPerLevel);
    const levelIndex = Math.floor(pick / genesPerLevel);
    const gene = pick % genesPerLevel;
    const levels = [...current.levels];
    if (gene === dims.length) {
      const choices = parallelDims(ctx.problem);
      const parallel = choices[ctx.rng.int(choices.length)];
      let clusterSize = levels[levelIndex].clusterSize;
      if (levelIndex > 0) {
        const options = divisorsOf(Math.min(tileBound(ctx.problem, current, levelIndex, parallel), ctx.space.numPEs));
        clusterSize = options[ctx.rng.int(options.length)];
      }
      levels[levelIndex] = { ...levels[levelIndex], parallel, clusterSize };
    } else {
      const dim = dims[gene];
      const bound = tileBound(ctx.problem, current, levelIndex, dim);
      const tile = drawTile(tileOf(levels[levelIndex], dim), bound, ctx.space.factorsOnly ?? false, ctx.rng);
      levels[levelIndex] = withTile(levels[levelIndex], dim, tile);
    }
    current = { levels };
  }
  return current;
}

