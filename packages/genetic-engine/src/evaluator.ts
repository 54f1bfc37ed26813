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
  /**
   * Several layers' mappings on the same hardware as one batch (larger batches spread a pool's fixed costs); outcomes
   * per part, in input order. Optional: without it, a caller evaluates the parts one `evaluateBatch` at a time.
   */
  evaluateProblems?(hardware: Hardware, parts: readonly ProblemBatch[]): Promise<EvaluationOutcome[][]>;
  /**
   * A batch that starts evaluating before all of its mappings exist: a search adds each mapping as soon as it is bred,
   * so evaluation overlaps breeding. `expected`: about how many mappings will be added (more are still evaluated,
   * possibly more slowly). Optional; an evaluator without it is given whole batches. An opened batch must be closed.
   */
  openBatch?(hardware: Hardware, problems: readonly Problem[], expected: number): OpenBatch;
  close(): Promise<void>;
}

/** A batch being filled while it is evaluated (`Evaluator.openBatch`). */
export interface OpenBatch {
  /** Adds a mapping of `problems[problemIndex]` (the problems the batch was opened with). */
  add(problemIndex: number, mapping: Mapping): void;
  /** Ends the batch: its outcomes, in the order the mappings were added. */
  close(): Promise<EvaluationOutcome[]>;
}

/** One layer's share of a multi-problem batch. */
export interface ProblemBatch {
  readonly problem: Problem;
  readonly mappings: readonly Mapping[];
}

/** Evaluates on the calling thread. */
export class InlineEvaluator implements Evaluator {
  readonly workers = 0;
  async evaluateBatch(problem: Problem, hardware: Hardware, mappings: readonly Mapping[]): Promise<EvaluationOutcome[]> {
    // One event-loop turn per batch (a generation): otherwise a whole search runs in microtasks, and timers, I/O and
    // a live dashboard wait until it ends.
    await new Promise<void>((resolve) => setImmediate(resolve));
    const outcomes = new Array<EvaluationOutcome>(mappings.length);
    for (let i = 0; i < mappings.length; i++) outcomes[i] = toOutcome(evaluate(problem, mappings[i], hardware));
    return outcomes;
  }
  async evaluateProblems(hardware: Hardware, parts: readonly ProblemBatch[]): Promise<EvaluationOutcome[][]> {
    await new Promise<void>((resolve) => setImmediate(resolve));
    return parts.map(({ problem, mappings }) => mappings.map((m) => toOutcome(evaluate(problem, m, hardware))));
  }
  async close(): Promise<void> {}
}
