// Worker thread of the evaluation pool. Plain .mjs because Node 20 cannot load TypeScript workers; it imports the
// BUILT cost model (dist), so the pool needs `tsc -b` first. It returns the same plain shape as
// src/evaluation-outcome.ts `toOutcome` (a test compares pool and inline outcomes).
import { evaluate } from '@gamma-ts/cost-model';

export default function evaluateBatch({ problem, hardware, mappings }) {
  const outcomes = new Array(mappings.length);
  const started = performance.now();
  for (let i = 0; i < mappings.length; i++) {
    const e = evaluate(problem, mappings[i], hardware);
    outcomes[i] = { valid: e.valid, reasons: e.reasons.map((r) => r.code), metrics: e.metrics, energy: e.energy };
  }
  return { outcomes, busyMs: performance.now() - started };
}
