import type { Problem, Rng } from '../src/index.js';

/** A random small-to-medium problem: CONV or DSCONV, stride 1 or 2, tight input. */
export function randomProblem(rng: Rng, index: number): Problem {
  const op = rng.int(4) === 0 ? 'DSCONV' : 'CONV';
  const R = [1, 3, 5, 7][rng.int(4)];
  const S = rng.int(4) === 0 ? [1, 3, 5][rng.int(3)] : R;
  const strideY = rng.int(3) === 0 ? 2 : 1;
  const strideX = strideY;
  const outRows = rng.intBetween(1, 60);
  const outCols = rng.intBetween(1, 60);
  return {
    op,
    name: `random-${index}`,
    K: op === 'DSCONV' ? 1 : rng.intBetween(1, 300),
    C: rng.intBetween(1, 300),
    Y: strideY * (outRows - 1) + R,
    X: strideX * (outCols - 1) + S,
    R,
    S,
    strideY,
    strideX,
    repeat: 1,
  };
}
