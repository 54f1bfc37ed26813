import type { ResolvedSearchRequest } from './search-request.js';
import type { RunInfo } from './search-result.js';

/** What a run records about itself before it ends: everything in `RunInfo` but the end time and stop reason. */
export type RunStartInfo = Omit<RunInfo, 'endedAt' | 'stopReason'>;

/** The run description of a resolved request (the dashboard shows it before the engine's first event). */
export function runStartInfo(request: ResolvedSearchRequest, workers: number, startedAt: string): RunStartInfo {
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
    workers,
    startedAt,
  };
}
