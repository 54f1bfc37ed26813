import type { Evaluation, InvalidReasonCode, Metrics } from '@gamma-ts/cost-model';

/**
 * What the search keeps of one cost-model evaluation: the verdict, the reason codes, and the metrics it ranks and
 * constrains by. Plain data, so that a worker thread can return it cheaply (`outcome-batch.ts`), and deliberately
 * without the energy breakdown: a search evaluates hundreds of thousands of mappings and reports the breakdown of a
 * handful, so `toScored` recomputes it for those (evaluation is pure) instead of every outcome carrying it across
 * threads and through the cache.
 */
export interface EvaluationOutcome {
  readonly valid: boolean;
  readonly reasons: readonly InvalidReasonCode[];
  readonly metrics: Metrics | null;
}

/** The reasons of every outcome without any (most of a search's): one shared list instead of one each. */
const NO_REASONS: readonly InvalidReasonCode[] = Object.freeze([]);

export function toOutcome(evaluation: Evaluation): EvaluationOutcome {
  return {
    valid: evaluation.valid,
    reasons: evaluation.reasons.length === 0 ? NO_REASONS : evaluation.reasons.map((r) => r.code),
    metrics: evaluation.metrics,
  };
}
