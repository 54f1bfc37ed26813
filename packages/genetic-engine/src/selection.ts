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
  for (let i = 0; i < individuals.length; i++) (individuals[i].valid ? valid : invalid).push(i);
  let validOrder: number[];
  if (objectiveMode(spec) === 'pareto') {
    const order = nsgaOrder(valid.map((i) => individuals[i].costs));
    validOrder = order.map((k) => valid[k]);
  } else {
    // Indexed by input position: this ranks every generation (twice), so no Map and no copies.
    const fitness = new Float64Array(individuals.length);
    for (const i of valid) fitness[i] = scalarFitness(individuals[i], spec);
    validOrder = valid.sort((a, b) => byValueThenIndex(fitness[a], fitness[b], a, b));
  }
  const invalidOrder = invalid.sort((a, b) => byValueThenIndex(individuals[a].penalty, individuals[b].penalty, a, b));
  const ranked = new Array<Individual>(individuals.length);
  let at = 0;
  for (const i of validOrder) ranked[at++] = individuals[i];
  for (const i of invalidOrder) ranked[at++] = individuals[i];
  return ranked;
}

/**
 * `x - y || a - b` as a comparator sees it (only the sign counts; NaN falls through to the index, as `NaN || …` does),
 * but always a small integer: a fractional difference would be a fresh heap number on every comparison.
 */
function byValueThenIndex(x: number, y: number, a: number, b: number): number {
  return x < y ? -1 : x > y ? 1 : a - b;
}

/**
 * First occurrence of each mapping (by canonical key), order kept. With `keep`, only the first occurrences it accepts
 * (a mapping is still seen at its first occurrence, kept or not); with `limit`, only the first `limit` of them, and the
 * pass stops there.
 */
export function uniqueByKey(individuals: readonly Individual[], limit = Infinity, keep?: (individual: Individual) => boolean): Individual[] {
  const seen = new Set<string>();
  const unique: Individual[] = [];
  for (const ind of individuals) {
    if (unique.length >= limit) break;
    if (seen.has(ind.key)) continue;
    seen.add(ind.key);
    if (keep === undefined || keep(ind)) unique.push(ind);
  }
  return unique;
}

/** `keep` for `uniqueByKey`: valid individuals only. */
export const isValidIndividual = (individual: Individual): boolean => individual.valid;

/**
 * Parent selection on a ranked population, as GAMMA's code does it: the best ⌊fraction·populationSize⌋ of the unique
 * valid individuals, or all of them when fewer are valid (at least one). With no valid individual at all, the same
 * number of the unique ones closest to validity, so the search can still climb.
 */
export function selectParents(ranked: readonly Individual[], populationSize = ranked.length, fraction = DEFAULT_PARENT_FRACTION): Individual[] {
  const count = Math.max(1, Math.floor(populationSize * fraction));
  if (Number.isNaN(count)) return [];
  // Stops at the `count`-th unique valid individual (usually near the top) instead of deduplicating everything.
  const valid = uniqueByKey(ranked, count, isValidIndividual);
  return valid.length > 0 ? valid : uniqueByKey(ranked, count);
}
