import type { OperatorRates } from './search-result.js';

/** GAMMA's rates (its code's defaults): crossover 0.57, reorder 0.47, tile mutation 0.53 at 3 loci, … */
export const DEFAULT_OPERATOR_RATES: OperatorRates = {
  crossover: 0.57,
  reorder: 0.47,
  tileMutation: 0.53,
  tileMutationLoci: 3,
  parallelMutation: 0.1,
  levelGrowth: 0.57,
  levelAging: 0.27,
};

const PROBABILITIES = ['crossover', 'reorder', 'tileMutation', 'parallelMutation', 'levelGrowth', 'levelAging'] as const;

/** Defaults overridden by `overrides`; throws naming the field when a rate is outside [0, 1] or loci isn't ≥ 1. */
export function resolveOperatorRates(overrides: Partial<OperatorRates> = {}): OperatorRates {
  const rates = { ...DEFAULT_OPERATOR_RATES, ...overrides };
  for (const name of PROBABILITIES) {
    const v = rates[name];
    if (typeof v !== 'number' || !(v >= 0 && v <= 1)) throw new Error(`operatorRates.${name}: must be a probability in [0, 1], got ${JSON.stringify(v)}`);
  }
  if (!Number.isInteger(rates.tileMutationLoci) || rates.tileMutationLoci < 1) {
    throw new Error(`operatorRates.tileMutationLoci: must be a positive integer, got ${JSON.stringify(rates.tileMutationLoci)}`);
  }
  return rates;
}
