import type { ResolvedSearchRequest } from '@gamma-ts/genetic-engine';
import type { DashboardRunInfo } from './dashboard-state.js';

/** The header's run description from a resolved request, before the engine has produced its `RunInfo`. */
export function dashboardRunInfo(request: ResolvedSearchRequest, options: { readonly workers: number; readonly startedAt?: string }): DashboardRunInfo {
  return {
    seed: request.seed,
    algorithm: request.algorithm,
    hardware: request.hardware,
    objectives: request.objective.objectives,
    ...(request.objective.weights ? { objectiveWeights: request.objective.weights } : {}),
    constraints: request.constraints,
    budget: request.budget,
    populationSize: request.populationSize,
    operatorRates: request.operatorRates,
    levels: request.levels,
    factorsOnly: request.factorsOnly,
    model: request.model.name,
    workers: options.workers,
    startedAt: options.startedAt ?? new Date().toISOString(),
  };
}
