import { canonicalKey, type Mapping, type Problem } from '@gamma-ts/search-space';
import type { Hardware } from '@gamma-ts/cost-model';
import type { EvaluationOutcome } from './evaluation-outcome.js';
import type { EvaluationCache } from './evaluation-cache.js';
import type { Evaluator, OpenBatch } from './evaluator.js';

/** A generation's outcomes, one per proposal, and how many of them were evaluated (not cache hits). */
export interface GenerationOutcomes {
  readonly proposals: readonly Mapping[];
  readonly keys: readonly string[];
  readonly outcomes: readonly EvaluationOutcome[];
  readonly evaluated: number;
}

/**
 * One generation's proposals on their way to the evaluator, offered one by one while the strategy breeds them: a
 * cache hit is resolved at once, and each distinct miss goes straight into an open batch when the evaluator has them
 * (`Evaluator.openBatch`), so a pool evaluates the first children while the rest are bred. Without open batches the
 * misses go as one batch at the end. Either way every distinct miss is evaluated exactly once, and the outcomes are
 * the same (evaluation is pure), so the search's result does not depend on how they were evaluated.
 */
export class GenerationEvaluation {
  private readonly offered: Mapping[] = [];
  private readonly keys: string[] = [];
  private readonly outcomes: (EvaluationOutcome | undefined)[] = [];
  /** Per proposal, the index of its evaluation among the misses, or −1 for a cache hit. */
  private readonly missIndex: number[] = [];
  private readonly missing: Mapping[] = [];
  private readonly missingKeys: string[] = [];
  /** Each distinct miss's index in `missing`, by key: a repeat within the generation is evaluated once. */
  private readonly queued = new Map<string, number>();
  private batch: OpenBatch | null = null;

  constructor(
    private readonly cache: EvaluationCache,
    private readonly problem: Problem,
    private readonly hardware: Hardware,
    private readonly evaluator: Evaluator,
    /** About how many proposals the generation has. */
    private readonly expected: number,
  ) {}

  /** A proposal is final: looked up, and sent to be evaluated if it is a new miss. */
  offer(mapping: Mapping): void {
    const key = canonicalKey(mapping);
    this.offered.push(mapping);
    this.keys.push(key);
    const hit = this.cache.lookup(key);
    this.outcomes.push(hit);
    if (hit !== undefined) {
      this.missIndex.push(-1);
      return;
    }
    const queued = this.queued.get(key);
    if (queued !== undefined) {
      this.missIndex.push(queued);
      return;
    }
    this.missIndex.push(this.missing.length);
    this.queued.set(key, this.missing.length);
    this.missing.push(mapping);
    this.missingKeys.push(key);
    if (this.evaluator.openBatch) {
      this.batch ??= this.evaluator.openBatch(this.hardware, [this.problem], this.expected);
      this.batch.add(0, mapping);
    }
  }

  /**
   * The strategy's proposals, once `propose` has returned: those offered while it ran must be its first ones, in
   * order; the rest are offered now.
   */
  complete(proposals: readonly Mapping[]): void {
    const offered = this.offered.length;
    if (offered > proposals.length) throw new Error(`a strategy offered ${offered} proposals but returned ${proposals.length}`);
    for (let i = 0; i < offered; i++) {
      if (this.offered[i] !== proposals[i]) throw new Error(`a strategy returned proposal ${i} other than the one it offered`);
    }
    for (let i = offered; i < proposals.length; i++) this.offer(proposals[i]);
  }

  /** Ends the generation: the outcome of every proposal (`complete` first). */
  async finish(): Promise<GenerationOutcomes> {
    // Without a batch still one call, with nothing in it: a round waits for every search's call each generation, and
    // an evaluator may give the event loop its turn there.
    const fresh = this.batch ? await this.closeBatch() : await this.evaluator.evaluateBatch(this.problem, this.hardware, this.missing);
    const { cache, missingKeys, outcomes, missIndex } = this;
    for (let i = 0; i < fresh.length; i++) cache.store(missingKeys[i], fresh[i]);
    cache.misses += this.missing.length;
    cache.hits += this.offered.length - this.missing.length;
    if (this.missing.length > 0) for (let i = 0; i < outcomes.length; i++) if (missIndex[i] >= 0) outcomes[i] = fresh[missIndex[i]];
    return { proposals: this.offered, keys: this.keys, outcomes: outcomes as EvaluationOutcome[], evaluated: this.missing.length };
  }

  /** Ends an open batch without using it (the strategy failed while breeding), so the evaluator can go on. */
  async abandon(): Promise<void> {
    if (this.batch) await this.closeBatch().catch(() => undefined);
  }

  private closeBatch(): Promise<EvaluationOutcome[]> {
    const batch = this.batch!;
    this.batch = null;
    return batch.close();
  }
}
