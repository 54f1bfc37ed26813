import type { Individual } from './individual.js';
import { isValidIndividual, uniqueByKey } from './selection.js';

/** GAMMA's elite fraction: the best 5 % survive unchanged into the next generation. */
export const DEFAULT_ELITE_FRACTION = 0.05;

/** The elites of a ranked population: the best ⌊fraction·size⌋ unique valid individuals. */
export function selectElites(ranked: readonly Individual[], populationSize: number, fraction = DEFAULT_ELITE_FRACTION): Individual[] {
  const count = Math.floor(populationSize * fraction);
  if (!(count >= 0)) return uniqueByKey(ranked).filter(isValidIndividual).slice(0, count);
  // Stops at the `count`-th unique valid individual instead of deduplicating the whole population.
  return uniqueByKey(ranked, count, isValidIndividual);
}
