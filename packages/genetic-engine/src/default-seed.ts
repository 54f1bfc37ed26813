/** The seed used when none is given (always recorded in the results, so any run can be repeated). */
export const DEFAULT_SEED = 20200905;

/** The RNG seed of the `index`-th unique layer shape: a fixed mix of the run seed, so one seed drives everything. */
export function layerSeed(seed: number, index: number): number {
  let h = (Math.trunc(seed) >>> 0) ^ Math.imul(index + 1, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
