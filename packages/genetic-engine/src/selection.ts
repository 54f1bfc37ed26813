import type { Individual } from './individual.js';
import type { ObjectiveSpec } from './objective-spec.js';
import { objectiveMode } from './objective-spec.js';
import { nsgaOrder } from './nsga2.js';
import { scalarFitness } from './scoring.js';

/** GAMMA's parent fraction: the best 40 % of the unique valid individuals. */
export const DEFAULT_PARENT_FRACTION = 0.4;

/**
 * Orders individuals best first. Valid ones come first — by the scalar objective, or for 2–3 objectives by NSGA-II
 * (non-dominated front, then crowding distance) — and every invalid one after them, by penalty. Ties keep the input
 * order, so the ranking is a pure function of its input.
 */
export function rankIndividuals(individuals: readonly Individual[], spec: ObjectiveSpec): Individual[] {
  const valid: number[] = [];
  const invalid: number[] = [];
  individuals.forEach((ind, i) => (ind.valid ? valid : invalid).push(i));
  let validOrder: number[];
  if (objectiveMode(spec) === 'pareto') {
    const order = nsgaOrder(valid.map((i) => individuals[i].costs));
    validOrder = order.map((k) => valid[k]);
  } else {
    const fitness = new Map(valid.map((i) => [i, scalarFitness(individuals[i], spec)]));
    validOrder = [...valid].sort((a, b) => fitness.get(a)! - fitness.get(b)! || a - b);
  }
  const invalidOrder = [...invalid].sort((a, b) => individuals[a].penalty - individuals[b].penalty || a - b);
  return [...validOrder, ...invalidOrder].map((i) => individuals[i]);
}

/** First occurrence of each mapping (by canonical key), order kept. */
export function uniqueByKey(individuals: readonly Individual[]): Individual[] {
  const seen = new Set<string>();
  return individuals.filter((ind) => (seen.has(ind.key) ? false : (seen.add(ind.key), true)));
}

/**
 * Parent selection on a ranked population, as GAMMA's code does it: the best ⌊fraction·populationSize⌋ of the unique
 * valid individuals, or all of them when fewer are valid (at least one). With no valid individual at all, the same
 * number of the unique ones closest to validity, so the search can still climb.
 */
export function selectParents(ranked: readonly Individual[], populationSize = ranked.length, fraction = DEFAULT_PARENT_FRACTION): Individual[] {
  const unique = uniqueByKey(ranked);
  const valid = unique.filter((ind) => ind.valid);
  const pool = valid.length > 0 ? valid : unique;
  return pool.slice(0, Math.max(1, Math.floor(populationSize * fraction)));
}
