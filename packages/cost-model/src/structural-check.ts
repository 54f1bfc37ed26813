import { dimExtent, MAX_LEVELS, type Dim, type Mapping, type Problem } from '@gamma-ts/search-space';

/** MAESTRO has four NoCs, so at most three Cluster directives: the search space's level limit. */
export const MAX_MAPPING_LEVELS = MAX_LEVELS;

function dimBit(dim: Dim): number {
  switch (dim) {
    case 'K':
      return 1;
    case 'C':
      return 2;
    case 'Y':
      return 4;
    case 'X':
      return 8;
    case 'R':
      return 16;
    case 'S':
      return 32;
    default:
      return 0;
  }
}

function isPositiveInteger(n: number): boolean {
  return Number.isInteger(n) && n >= 1;
}

/** The first thing wrong with the layer itself, as a sentence; null when it is sane. */
// Written out field by field: this runs on every evaluation and must not allocate.
export function problemViolation(p: Problem): string | null {
  if (!isPositiveInteger(p.K)) return fieldMessage('K', p.K);
  if (!isPositiveInteger(p.C)) return fieldMessage('C', p.C);
  if (!isPositiveInteger(p.Y)) return fieldMessage('Y', p.Y);
  if (!isPositiveInteger(p.X)) return fieldMessage('X', p.X);
  if (!isPositiveInteger(p.R)) return fieldMessage('R', p.R);
  if (!isPositiveInteger(p.S)) return fieldMessage('S', p.S);
  if (!isPositiveInteger(p.strideY)) return fieldMessage('strideY', p.strideY);
  if (!isPositiveInteger(p.strideX)) return fieldMessage('strideX', p.strideX);
  if (!isPositiveInteger(p.repeat)) return fieldMessage('repeat', p.repeat);
  if (p.R > p.Y) return `kernel R = ${p.R} is larger than the input Y = ${p.Y}`;
  if (p.S > p.X) return `kernel S = ${p.S} is larger than the input X = ${p.X}`;
  return null;
}

function fieldMessage(field: string, value: number): string {
  return `layer field ${field} must be a positive integer, got ${value}`;
}

/**
 * The cheap checks that must hold before MAESTRO's analysis means anything; the first violation as a sentence,
 * null when the mapping is well formed. Checked: a sane layer; 1 to 4 levels; `clusterSize` null on the outermost
 * level and a positive integer below it, with Π cluster sizes ≤ `numPEs`; on every level the six dimensions once
 * each, a parallel dimension among them, integer tiles in [1, the dimension's extent] (Y/X in output
 * coordinates) and at most the same dimension's tile one level up, and R/S tiles equal to R/S.
 */
export function structuralViolation(problem: Problem, mapping: Mapping, numPEs: number): string | null {
  const bad = problemViolation(problem);
  if (bad !== null) return bad;
  const levels = mapping.levels;
  if (levels.length < 1 || levels.length > MAX_MAPPING_LEVELS) {
    return `a mapping has 1 to ${MAX_MAPPING_LEVELS} levels, this one has ${levels.length}`;
  }
  const extentK = dimExtent(problem, 'K');
  const extentY = dimExtent(problem, 'Y');
  const extentX = dimExtent(problem, 'X');
  // The level above's tiles (the layer's extents above the outermost level).
  let parentK = extentK;
  let parentC = problem.C;
  let parentY = extentY;
  let parentX = extentX;
  let clusteredPEs = 1;
  for (let i = 0; i < levels.length; i++) {
    const level = levels[i];
    if (i === 0) {
      if (level.clusterSize !== null) return `level 0 (outermost) must have clusterSize null, got ${level.clusterSize}`;
    } else {
      const size = level.clusterSize;
      if (size === null || !isPositiveInteger(size)) return `level ${i}: clusterSize must be a positive integer, got ${size}`;
      clusteredPEs *= size;
    }
    const loops = level.loops;
    if (loops.length !== 6) return `level ${i} must list the six dimensions K C Y X R S once each, it has ${loops.length} loops`;
    let seen = 0;
    for (let j = 0; j < 6; j++) {
      const { dim, tile } = loops[j];
      const bit = dimBit(dim);
      if (bit === 0) return `level ${i}: '${String(dim)}' is not a dimension (K C Y X R S)`;
      if ((seen & bit) !== 0) return `level ${i} lists dimension ${dim} twice`;
      seen |= bit;
      const extent =
        bit === 1 ? extentK : bit === 2 ? problem.C : bit === 4 ? extentY : bit === 8 ? extentX : bit === 16 ? problem.R : problem.S;
      if (!Number.isInteger(tile) || tile < 1 || tile > extent) {
        const what = dim === 'Y' || dim === 'X' ? `${dim}' (output ${dim === 'Y' ? 'rows' : 'columns'})` : dim;
        return `level ${i}: tile of ${what} must be an integer in [1, ${extent}], got ${tile}`;
      }
      if ((dim === 'R' || dim === 'S') && tile !== extent) return `level ${i}: tile of ${dim} must be the full ${dim} = ${extent}, got ${tile}`;
      const parent = bit === 1 ? parentK : bit === 2 ? parentC : bit === 4 ? parentY : bit === 8 ? parentX : tile;
      if (tile > parent) {
        const name = dim === 'Y' || dim === 'X' ? `${dim}'` : dim;
        return `level ${i}: tile of ${name} ${tile} exceeds level ${i - 1}'s tile ${parent} (a level works inside its parent's tile)`;
      }
    }
    for (let j = 0; j < 6; j++) {
      const { dim, tile } = loops[j];
      if (dim === 'K') parentK = tile;
      else if (dim === 'C') parentC = tile;
      else if (dim === 'Y') parentY = tile;
      else if (dim === 'X') parentX = tile;
    }
    if ((seen & dimBit(level.parallel)) === 0) return `level ${i}: parallel dimension '${String(level.parallel)}' is not one of K C Y X R S`;
  }
  if (clusteredPEs > numPEs) return `the cluster sizes need ${clusteredPEs} PEs, the hardware has ${numPEs}`;
  return null;
}
