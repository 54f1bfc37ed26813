import type { Metrics } from '@gamma-ts/cost-model';
import type { Objective } from './search-result.js';

export const OBJECTIVES: readonly Objective[] = ['latency', 'energy', 'edp', 'power', 'area', 'throughput', 'l2Traffic'];

/** The metric an objective reads. */
export function objectiveMetric(objective: Objective): keyof Metrics {
  return objective === 'latency' ? 'runtime' : objective;
}

/** The objective's value as users read it (cycles, nJ, …; throughput in MACs/cycle). */
export function objectiveValue(metrics: Metrics, objective: Objective): number {
  return metrics[objectiveMetric(objective)];
}

/** The objective in minimisation form: throughput is maximised, so its cost is 1 / throughput. */
export function objectiveCost(metrics: Metrics, objective: Objective): number {
  const value = objectiveValue(metrics, objective);
  return objective === 'throughput' ? 1 / value : value;
}

/** Inverse of `objectiveCost`, for reporting a cost as the objective's value. */
export function costToValue(cost: number, objective: Objective): number {
  return objective === 'throughput' ? 1 / cost : cost;
}
