import { outputCols, outputRows, type Problem } from '@gamma-ts/search-space';

/**
 * Input rows a strided window touches: with stride ≥ kernel the windows are disjoint (Y'·R rows), otherwise they
 * overlap into one run of stride·(Y' − 1) + R rows. Equals Y for a tight input with stride ≤ kernel; less when
 * rows are skipped (1×1 stride 2) or trail unused.
 */
function usedInputExtent(outputs: number, kernel: number, stride: number): number {
  return Math.min(stride, kernel) * (outputs - 1) + kernel;
}

/** Input elements the layer reads at least once (one repetition): the compulsory L2 input reads. */
export function compulsoryInputElements(problem: Problem): number {
  return (
    problem.C *
    usedInputExtent(outputRows(problem), problem.R, problem.strideY) *
    usedInputExtent(outputCols(problem), problem.S, problem.strideX)
  );
}

/** Weight elements (one repetition): the compulsory L2 weight reads. */
export function compulsoryWeightElements(problem: Problem): number {
  return (problem.op === 'DSCONV' ? 1 : problem.K) * problem.C * problem.R * problem.S;
}

/** Output elements (one repetition): the compulsory L2 output writes. */
export function compulsoryOutputElements(problem: Problem): number {
  return (problem.op === 'DSCONV' ? problem.C : problem.K) * outputRows(problem) * outputCols(problem);
}
