import type { EvaluationOutcome } from './evaluation-outcome.js';

export interface CacheStats {
  readonly hits: number;
  readonly misses: number;
}

/**
 * Outcomes of one layer's evaluations keyed by the mapping's canonical form, so identical mappings (elites, repeated
 * children, converged populations) are evaluated once. Because evaluation is pure, a hit is exactly what a fresh
 * evaluation would return; the cache changes speed, never results.
 */
export class EvaluationCache {
  private readonly entries = new Map<string, EvaluationOutcome>();
  hits = 0;
  misses = 0;

  constructor(stats: CacheStats = { hits: 0, misses: 0 }) {
    this.hits = stats.hits;
    this.misses = stats.misses;
  }

  get size(): number {
    return this.entries.size;
  }

  lookup(key: string): EvaluationOutcome | undefined {
    return this.entries.get(key);
  }

  store(key: string, outcome: EvaluationOutcome): void {
    this.entries.set(key, outcome);
  }

  stats(): CacheStats {
    return { hits: this.hits, misses: this.misses };
  }
}
