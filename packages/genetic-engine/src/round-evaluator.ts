import type { Mapping, Problem } from '@gamma-ts/search-space';
import type { Hardware } from '@gamma-ts/cost-model';
import type { EvaluationOutcome } from './evaluation-outcome.js';
import type { Evaluator, ProblemBatch } from './evaluator.js';

/** A round's layer search's view of the shared evaluator; `leave` when that search ends, however it ends. */
export interface RoundParticipant extends Evaluator {
  leave(): void;
}

interface PendingBatch {
  readonly problem: Problem;
  readonly hardware: Hardware;
  readonly mappings: readonly Mapping[];
  resolve(outcomes: EvaluationOutcome[]): void;
  reject(error: unknown): void;
}

/**
 * Combines the generation batches of the layer searches of one round (several unique shapes searched at once) into
 * one multi-problem batch: a batch waits until every search still running has submitted its generation, so the pool
 * sees one batch of several hundred mappings per round generation instead of one of ~200 per layer generation, and
 * its fixed per-batch costs shrink in proportion. Every search submits once per generation (an empty batch too) and
 * waits for its outcomes before the next, so no search can be counted twice in a batch. Outcomes depend only on
 * (problem, mapping, hardware), so the order in which searches submit never changes a result.
 */
export class RoundEvaluator {
  private active: number;
  private pending: PendingBatch[] = [];

  constructor(
    private readonly inner: Evaluator,
    participants: number,
  ) {
    this.active = participants;
  }

  participant(): RoundParticipant {
    let left = false;
    return {
      workers: this.inner.workers,
      evaluateBatch: (problem, hardware, mappings) =>
        new Promise<EvaluationOutcome[]>((resolve, reject) => {
          if (left) throw new Error('a round participant evaluated after leaving its round');
          this.pending.push({ problem, hardware, mappings, resolve, reject });
          this.flushWhenComplete();
        }),
      leave: () => {
        if (left) return;
        left = true;
        this.active--;
        this.flushWhenComplete();
      },
      close: async () => {},
    };
  }

  private flushWhenComplete(): void {
    if (this.pending.length === 0 || this.pending.length < this.active) return;
    const batch = this.pending;
    this.pending = [];
    void this.evaluate(batch).then(
      (outcomes) => batch.forEach((b, i) => b.resolve(outcomes[i])),
      (error: unknown) => batch.forEach((b) => b.reject(error)),
    );
  }

  private async evaluate(batch: readonly PendingBatch[]): Promise<EvaluationOutcome[][]> {
    const hardware = batch[0].hardware;
    if (this.inner.evaluateProblems && batch.every((b) => b.hardware === hardware)) {
      const parts: ProblemBatch[] = batch.map((b) => ({ problem: b.problem, mappings: b.mappings }));
      return this.inner.evaluateProblems(hardware, parts);
    }
    const out: EvaluationOutcome[][] = [];
    for (const b of batch) out.push(await this.inner.evaluateBatch(b.problem, b.hardware, b.mappings));
    return out;
  }
}
