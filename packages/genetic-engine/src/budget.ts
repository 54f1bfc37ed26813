import type { Budget, StopReason } from './search-result.js';

/** GAMMA's paper protocol: 200 individuals × 50 generations. */
export const DEFAULT_SAMPLES = 10_000;
export const DEFAULT_POPULATION_SIZE = 200;

/** Where a layer search stands, as the budget sees it. */
export interface BudgetProgress {
  readonly samples: number;
  /** Completed generations (the initial population is generation 1). */
  readonly generations: number;
  readonly elapsedMs: number;
  /** Generations since the best (or the Pareto front) last improved. */
  readonly generationsWithoutImprovement: number;
}

/** A budget with at least one limit: none given means the default 10 000 samples. Throws naming a bad field. */
export function resolveBudget(budget: Budget = {}): Budget {
  for (const [field, value] of Object.entries(budget)) {
    if (value === undefined) continue;
    if (!['samples', 'generations', 'timeMs', 'patience'].includes(field)) throw new Error(`budget.${field}: unknown limit; allowed: samples, generations, timeMs, patience`);
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || (field !== 'timeMs' && !Number.isInteger(value))) {
      throw new Error(`budget.${field}: must be a positive ${field === 'timeMs' ? 'number' : 'integer'}, got ${JSON.stringify(value)}`);
    }
  }
  const hasLimit = budget.samples !== undefined || budget.generations !== undefined || budget.timeMs !== undefined || budget.patience !== undefined;
  return hasLimit ? { ...budget } : { samples: DEFAULT_SAMPLES };
}

/** The first limit reached, or null to go on. Checked between generations, so a generation is never cut in half. */
export function budgetStop(budget: Budget, progress: BudgetProgress): StopReason | null {
  if (budget.samples !== undefined && progress.samples >= budget.samples) return 'samples';
  if (budget.generations !== undefined && progress.generations >= budget.generations) return 'generations';
  if (budget.patience !== undefined && progress.generationsWithoutImprovement >= budget.patience) return 'patience';
  if (budget.timeMs !== undefined && progress.elapsedMs >= budget.timeMs) return 'time';
  return null;
}

/** Samples the next generation may draw: a full population, or what is left of a sample budget. */
export function nextBatchSize(budget: Budget, samples: number, populationSize: number): number {
  return budget.samples === undefined ? populationSize : Math.max(0, Math.min(populationSize, budget.samples - samples));
}

/** How many generations a run will probably last (simulated annealing's cooling schedule needs it). */
export function expectedGenerations(budget: Budget, populationSize: number): number {
  if (budget.generations !== undefined) return budget.generations;
  if (budget.samples !== undefined) return Math.max(1, Math.ceil(budget.samples / populationSize));
  return Math.ceil(DEFAULT_SAMPLES / populationSize);
}
