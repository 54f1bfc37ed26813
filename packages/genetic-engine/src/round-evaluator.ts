import type { Mapping, Problem } from '@gamma-ts/search-space';
import type { Hardware } from '@gamma-ts/cost-model';
import type { EvaluationOutcome } from './evaluation-outcome.js';
import type { Evaluator, OpenBatch, ProblemBatch } from './evaluator.js';

/** A round's layer search's view of the shared evaluator; `leave` when that search ends, however it ends. */
export interface RoundParticipant extends Evaluator {
  leave(): void;
}

/** One search's generation, waiting for the round's batch. */
interface Submission {
  /** Without open batches: what to evaluate. */
  readonly part: ProblemBatch | null;
  readonly hardware: Hardware | null;
  /** With open batches: where the search's mappings sit in the round's batch. */
  readonly positions: readonly number[];
  resolve(outcomes: EvaluationOutcome[]): void;
  reject(error: unknown): void;
}

/**
 * Combines the generation batches of the layer searches of one round (several unique shapes searched at once) into
 * one multi-problem batch: a batch ends when every search still running has submitted its generation, so the pool
 * sees one batch of several hundred mappings per round generation instead of one of ~200 per layer generation, and
 * its fixed per-batch costs shrink in proportion. When the evaluator takes open batches, the round's batch opens with
 * the first mapping any of its searches breeds and takes each search's mappings as they are bred, so the pool
 * evaluates one layer's children while the next layer's are bred. Every search submits once per generation (an empty
 * batch too) and waits for its outcomes before the next, so no search can be counted twice in a batch. Outcomes
 * depend only on (problem, mapping, hardware), so the order in which searches submit never changes a result.
 */
export class RoundEvaluator {
  private active: number;
  private submissions: Submission[] = [];
  /** The round's open batch (open-batch evaluators only), from the first mapping of a round generation. */
  private shared: { readonly batch: OpenBatch; readonly hardware: Hardware; added: number } | null = null;

  constructor(
    private readonly inner: Evaluator,
    /** The round's layers, one per participant. */
    private readonly problems: readonly Problem[],
  ) {
    this.active = problems.length;
  }

  /** The view of the search of `problems[index]`. */
  participant(index: number): RoundParticipant {
    const problem = this.problems[index];
    let left = false;
    const check = (p: Problem) => {
      if (left) throw new Error('a round participant evaluated after leaving its round');
      if (p !== problem) throw new Error(`round participant ${index} evaluated another layer than its own`);
    };
    const participant: RoundParticipant = {
      workers: this.inner.workers,
      evaluateBatch: (p, hardware, mappings) => {
        check(p);
        if (!this.inner.openBatch) return this.submit({ part: { problem, mappings }, hardware, positions: [] });
        const positions: number[] = [];
        for (const mapping of mappings) positions.push(this.add(index, hardware, mapping, mappings.length));
        return this.submit({ part: null, hardware: null, positions });
      },
      leave: () => {
        if (left) return;
        left = true;
        this.active--;
        this.flushWhenComplete();
      },
      close: async () => {},
    };
    if (this.inner.openBatch) {
      participant.openBatch = (hardware, problems, expected) => {
        if (problems.length !== 1) throw new Error('a round participant opens batches of its own layer only');
        check(problems[0]);
        const positions: number[] = [];
        return {
          add: (_problemIndex, mapping) => {
            positions.push(this.add(index, hardware, mapping, expected));
          },
          close: () => this.submit({ part: null, hardware: null, positions }),
        };
      };
    }
    return participant;
  }

  /**
   * Adds a mapping of layer `index` to the round's open batch (opening it, sized for `expected` mappings from each
   * search still running); returns its position there.
   */
  private add(index: number, hardware: Hardware, mapping: Mapping, expected: number): number {
    if (this.shared === null) {
      const batch = this.inner.openBatch!(hardware, this.problems, expected * this.active);
      this.shared = { batch, hardware, added: 0 };
    } else if (this.shared.hardware !== hardware) {
      throw new Error("a round's layers are evaluated on one hardware");
    }
    this.shared.batch.add(index, mapping);
    return this.shared.added++;
  }

  private submit(submission: Omit<Submission, 'resolve' | 'reject'>): Promise<EvaluationOutcome[]> {
    return new Promise<EvaluationOutcome[]>((resolve, reject) => {
      this.submissions.push({ ...submission, resolve, reject });
      this.flushWhenComplete();
    });
  }

  private flushWhenComplete(): void {
    if (this.submissions.length === 0 || this.submissions.length < this.active) return;
    const submissions = this.submissions;
    const shared = this.shared;
    this.submissions = [];
    this.shared = null;
    void this.evaluate(submissions, shared?.batch ?? null).then(
      (outcomes) => submissions.forEach((s, i) => s.resolve(outcomes[i])),
      (error: unknown) => submissions.forEach((s) => s.reject(error)),
    );
  }

  private async evaluate(submissions: readonly Submission[], shared: OpenBatch | null): Promise<EvaluationOutcome[][]> {
    if (this.inner.openBatch) {
      const outcomes = shared ? await shared.close() : [];
      return submissions.map((s) => s.positions.map((p) => outcomes[p]));
    }
    const parts = submissions.map((s) => s.part!);
    const hardware = submissions[0].hardware!;
    if (this.inner.evaluateProblems && submissions.every((s) => s.hardware === hardware)) return this.inner.evaluateProblems(hardware, parts);
    const out: EvaluationOutcome[][] = [];
    for (let i = 0; i < parts.length; i++) out.push(await this.inner.evaluateBatch(parts[i].problem, submissions[i].hardware!, parts[i].mappings));
    return out;
  }
}
