import type { Mapping } from '@gamma-ts/search-space';
import type { OperatorContext } from './operator-context.js';
import { divisors, searchableDims, tileBound, withTile } from './loop-tiles.js';

/**
 * GAMMA's tile mutation: `loci` independent attempts, each taken with probability `rate`, to redraw one gene: a tile
 * (uniform in [1, the parent level's tile], or a divisor of it with `factorsOnly`) or, below the outermost level, the
 * cluster size (uniform in [1, PEs]; `repair` shrinks it if the product of cluster sizes exceeds the PEs).
 */
export function tileMutation(mapping: Mapping, rate: number, loci: number, ctx: OperatorContext): Mapping {
  const dims = searchableDims(ctx.problem);
  let current = mapping;
  for (let locus = 0; locus < loci; locus++) {
    if (ctx.rng.next() >= rate) continue;
    const levelIndex = ctx.rng.int(current.levels.length);
    const genes = dims.length + (levelIndex > 0 ? 1 : 0);
    if (genes === 0) continue;
    const gene = ctx.rng.int(genes);
    const levels = [...current.levels];
    if (gene === dims.length) {
      levels[levelIndex] = { ...levels[levelIndex], clusterSize: ctx.rng.intBetween(1, ctx.space.numPEs) };
    } else {
      const dim = dims[gene];
      const bound = tileBound(ctx.problem, current, levelIndex, dim);
      let tile: number;
      if (ctx.space.factorsOnly) {
        const options = divisors(bound);
        tile = options[ctx.rng.int(options.length)];
      } else {
        tile = ctx.rng.intBetween(1, bound);
      }
      levels[levelIndex] = withTile(levels[levelIndex], dim, tile);
    }
    current = { levels };
  }
  return current;
}
