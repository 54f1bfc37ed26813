import { DIMS, dimExtent, mappingLevel, type Mapping, type Problem } from '@gamma-ts/search-space';

/** Distance between two layer shapes: Σ |ln ratio| of the six extents, plus a step for a different op or stride. */
export function shapeDistance(a: Problem, b: Problem): number {
  let d = 0;
  for (const dim of DIMS) d += Math.abs(Math.log(dimExtent(a, dim)) - Math.log(dimExtent(b, dim)));
  if (a.op !== b.op) d += 10;
  if (a.strideY !== b.strideY || a.strideX !== b.strideX) d += 1;
  return d;
}

/** Index of the most similar solved shape (first on ties), or null when none is solved yet. */
export function mostSimilar(problem: Problem, solved: readonly Problem[]): number | null {
  let bestIndex: number | null = null;
  let bestDistance = Infinity;
  solved.forEach((p, i) => {
    const d = shapeDistance(problem, p);
    if (d < bestDistance) {
      bestDistance = d;
      bestIndex = i;
    }
  });
  return bestIndex;
}

/**
 * Moves a mapping of one shape onto another before `repair`: each tile keeps its fraction of the dimension's extent
 * (so "whole dimension" stays whole and "one row" stays one row), R/S tiles become the new kernel. Loop orders,
 * parallel dimensions and cluster sizes are kept; `repair` then fixes whatever the new shape forbids.
 */
export function transferMapping(mapping: Mapping, from: Problem, to: Problem): Mapping {
  return {
    levels: mapping.levels.map((level) =>
      mappingLevel(
        level.parallel,
        level.clusterSize,
        level.loops.map(({ dim, tile }) => {
          const target = dimExtent(to, dim);
          if (dim === 'R' || dim === 'S') return { dim, tile: target };
          const source = dimExtent(from, dim);
          const scaled = tile >= source ? target : Math.round((tile / source) * target);
          return { dim, tile: Math.min(target, Math.max(1, scaled)) };
        }),
      ),
    ),
  };
}
