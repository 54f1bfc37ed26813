import type { EnergyBreakdown, Evaluation, InvalidReasonCode, Metrics } from '@gamma-ts/cost-model';

/**
 * What the search keeps of one cost-model evaluation: the verdict, the reason codes, and the numbers. It is plain data
 * so that a worker thread can return it cheaply; `worker/evaluate-worker.mjs` builds the same shape.
 */
export interface EvaluationOutcome {
  readonly valid: boolean;
  readonly reasons: readonly InvalidReasonCode[];
  readonly metrics: Metrics | null;
  readonly energy: EnergyBreakdown | null;
}

/** The reasons of every outcome without any (most of a search's): one shared list instead of one each. */
const NO_REASONS: readonly InvalidReasonCode[] = Object.freeze([]);

export function toOutcome(evaluation: Evaluation): EvaluationOutcome {
  return {
    valid: evaluation.valid,
    reasons: evaluation.reasons.length === 0 ? NO_REASONS : evaluation.reasons.map((r) => r.code),
    metrics: evaluation.metrics,
    energy: evaluation.energy,
  };
}
