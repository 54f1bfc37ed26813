import type { Individual } from './individual.js';
import { uniqueByKey } from './selection.js';

/** GAMMA's elite fraction: the best 5 % survive unchanged into the next generation. */
export const DEFAULT_ELITE_FRACTION = 0.05;

/** The elites of a ranked population: the best ⌊fraction·size⌋ unique valid individuals. */
export function selectElites(ranked: readonly Individual[], populationSize: number, fraction = DEFAULT_ELITE_FRACTION): Individual[] {
  const count = Math.floor(populationSize * fraction);
  return uniqueByKey(ranked)
    .filter((ind) => ind.valid)
    .slice(0, count);
}
