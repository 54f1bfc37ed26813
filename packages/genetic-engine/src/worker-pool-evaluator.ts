import { availableParallelism } from 'node:os';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import Tinypool from 'tinypool';
import type { Mapping, Problem } from '@gamma-ts/search-space';
import type { Hardware } from '@gamma-ts/cost-model';
import type { EvaluationOutcome } from './evaluation-outcome.js';
import type { Evaluator } from './evaluator.js';

/** The worker script, beside `src/` and `dist/` alike (both are one level below the package root). */
export const WORKER_URL = new URL('../worker/evaluate-worker.mjs', import.meta.url);

/** Worker threads by default: one per core (the main thread only proposes and waits). */
export function defaultWorkerCount(): number {
  return Math.max(1, availableParallelism());
}

/** Throws a clear error when the built cost model the workers import is missing. */
export function assertWorkerRuntimeBuilt(): void {
  const require = createRequire(WORKER_URL);
  let entry: string;
  try {
    entry = require.resolve('@gamma-ts/cost-model');
  } catch {
    entry = '';
  }
  if (!entry || !existsSync(entry)) {
    throw new Error(`evaluation workers need the built cost model (packages/cost-model/dist); run 'pnpm build' (tsc -b) first, or use workers: 0`);
  }
}

/**
 * The parent's Node flags minus export conditions: under vitest the process resolves `@gamma-ts/source` (TypeScript
 * sources), which a plain Node worker cannot load, so workers always resolve the built `default` entry points.
 */
export function workerExecArgv(parent: readonly string[] = process.execArgv): string[] {
  const out: string[] = [];
  for (let i = 0; i < parent.length; i++) {
    const flag = parent[i];
    if (flag === '--conditions' || flag === '-C') {
      i++;
      continue;
    }
    if (flag.startsWith('--conditions=')) continue;
    out.push(flag);
  }
  return out;
}

/** Pool statistics, to check that pool overhead stays small against evaluation time. */
export interface PoolStats {
  readonly batches: number;
  readonly evaluations: number;
  /** Σ wall time of batches, ms. */
  readonly wallMs: number;
  /** Σ time workers spent evaluating, ms. */
  readonly busyMs: number;
}

/**
 * Evaluates on a tinypool of worker threads. A batch is split into one contiguous chunk per worker (a generation is
 * a few hundred evaluations, so each task is large and the message overhead small), and the chunks are concatenated
 * in order, so the outcome never depends on which worker finished first.
 */
export class WorkerPoolEvaluator implements Evaluator {
  readonly workers: number;
  private readonly pool: Tinypool;
  private stats = { batches: 0, evaluations: 0, wallMs: 0, busyMs: 0 };

  constructor(workers = defaultWorkerCount()) {
    if (!Number.isInteger(workers) || workers < 1) throw new Error(`workers: must be a positive integer, got ${workers}`);
    assertWorkerRuntimeBuilt();
    this.workers = workers;
    this.pool = new Tinypool({ filename: fileURLToPath(WORKER_URL), minThreads: workers, maxThreads: workers, isolateWorkers: false, execArgv: workerExecArgv() });
  }

  async evaluateBatch(problem: Problem, hardware: Hardware, mappings: readonly Mapping[]): Promise<EvaluationOutcome[]> {
    if (mappings.length === 0) return [];
    const started = performance.now();
    const chunks = Math.min(this.workers, mappings.length);
    const size = Math.ceil(mappings.length / chunks);
    const tasks: Promise<{ outcomes: EvaluationOutcome[]; busyMs: number }>[] = [];
    for (let i = 0; i < mappings.length; i += size) {
      tasks.push(this.pool.run({ problem, hardware, mappings: mappings.slice(i, i + size) }));
    }
    const results = await Promise.all(tasks);
    this.stats.batches++;
    this.stats.evaluations += mappings.length;
    this.stats.wallMs += performance.now() - started;
    for (const r of results) this.stats.busyMs += r.busyMs;
    return results.flatMap((r) => r.outcomes);
  }

  poolStats(): PoolStats {
    return { ...this.stats };
  }

  async close(): Promise<void> {
    await this.pool.destroy();
  }
}

/** An evaluator for `workers` threads; 0 evaluates on the calling thread. */
export async function createEvaluator(workers: number): Promise<Evaluator> {
  if (workers === 0) {
    const { InlineEvaluator } = await import('./evaluator.js');
    return new InlineEvaluator();
  }
  return new WorkerPoolEvaluator(workers);
}
