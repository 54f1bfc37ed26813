import { divisorsOf, type Rng } from '@gamma-ts/search-space';

/** How far a local tile step may go: this fraction of the parent tile (at least 1). */
export const LOCAL_STEP_FRACTION = 0.1;

/**
 * The new value of a mutated tile, given its current value and its bound (the parent level's tile, or the extent at
 * the top). GAMMA draws uniformly in [1, bound]; that explores well but almost never refines a good tile, so here the
 * draw is one of three, equally likely:
 * - uniform in [1, bound] (GAMMA's draw);
 * - a divisor of the bound, so that the tile covers its parent without a partial edge tile (edge iterations use the
 *   PE array and the buffers only in part);
 * - a local step: uniform within ±`LOCAL_STEP_FRACTION`·bound of the current tile, to fine-tune a good mapping.
 * With `factorsOnly` every choice is a divisor of the bound: uniform among them, or a neighbour of the current one.
 */
export function drawTile(current: number, bound: number, factorsOnly: boolean, rng: Rng): number {
  if (bound <= 1) return 1;
  const kind = rng.int(3);
  if (factorsOnly) {
    const options = divisorsOf(bound);
    if (kind < 2) return options[rng.int(options.length)];
    let at = options.findIndex((d) => d >= Math.min(current, bound));
    if (at < 0) at = options.length - 1;
    return options[Math.max(0, Math.min(options.length - 1, at + (rng.next() < 0.5 ? -1 : 1)))];
  }
  if (kind === 0) return rng.intBetween(1, bound);
  if (kind === 1) {
    const options = divisorsOf(bound);
    return options[rng.int(options.length)];
  }
  const reach = Math.max(1, Math.ceil(bound * LOCAL_STEP_FRACTION));
  const centre = Math.min(Math.max(current, 1), bound);
  return rng.intBetween(Math.max(1, centre - reach), Math.min(bound, centre + reach));
}
