import type { Mapping, Problem } from '@gamma-ts/search-space';
import { evaluate, type Hardware } from '@gamma-ts/cost-model';
import { toOutcome, type EvaluationOutcome } from './evaluation-outcome.js';

/**
 * Evaluates batches of mappings of one layer. Evaluation is pure: the outcomes depend only on the inputs and come
 * back in input order, whichever thread computed them — which is what makes runs identical for any worker count.
 */
export interface Evaluator {
  /** Worker threads behind this evaluator (0: the calling thread). */
  readonly workers: number;
  evaluateBatch(problem: Problem, hardware: Hardware, mappings: readonly Mapping[]): Promise<EvaluationOutcome[]>;
  close(): Promise<void>;
}

/** Evaluates on the calling thread. */
export class InlineEvaluator implements Evaluator {
  readonly workers = 0;
  async evaluateBatch(problem: Problem, hardware: Hardware, mappings: readonly Mapping[]): Promise<EvaluationOutcome[]> {
    return mappings.map((m) => toOutcome(evaluate(problem, m, hardware)));
  }
  async close(): Promise<void> {}
}
