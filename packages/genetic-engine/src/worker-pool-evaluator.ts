import { availableParallelism } from 'node:os';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import Tinypool from 'tinypool';
import type { Mapping, Problem } from '@gamma-ts/search-space';
import type { Hardware } from '@gamma-ts/cost-model';
import type { EvaluationOutcome } from './evaluation-outcome.js';
import type { Evaluator } from './evaluator.js';
import { encodeMappings } from './mapping-batch.js';
import { createOutcomeBatch, readOutcome } from './outcome-batch.js';
import { createBatchProgress, finishedCount, type EvaluationTask } from './evaluation-task.js';

/** The worker script, beside `src/` and `dist/` alike (both are one level below the package root). */
export const WORKER_URL = new URL('../worker/evaluate-worker.mjs', import.meta.url);

/** Worker threads by default: one per core (the main thread only proposes and waits). */
export function defaultWorkerCount(): number {
  return Math.max(1, availableParallelism());
}

/** The built task runner the worker imports (this package's dist). */
const WORKER_CODECS = ['../dist/evaluation-task.js', '../dist/mapping-batch.js', '../dist/outcome-batch.js'].map((path) => new URL(path, WORKER_URL));

/** Throws a clear error when the built cost model or task runner the workers import are missing. */
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
  const codec = WORKER_CODECS.find((url) => !existsSync(url));
  if (codec) {
    throw new Error(`evaluation workers need this package built (${fileURLToPath(codec)} is missing); run 'pnpm build' (tsc -b) first, or use workers: 0`);
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

/** Mappings a worker claims at a time: a fraction of a millisecond of work, so workers end a batch together. */
const CLAIM_SIZE = 4;

/**
 * Evaluates on a tinypool of worker threads. A batch (a whole generation) is encoded once into a SharedArrayBuffer
 * (`mapping-batch.ts`); every worker gets the same small task and claims a few mappings at a time until none are
 * left, writing the outcomes in place (`evaluation-task.ts`, `outcome-batch.ts`). No mapping or result object is
 * structured-cloned, the batch ends when its last mapping is done (not when the slowest worker wakes up), and
 * outcome i is read from slot i, so the result never depends on which worker evaluated what.
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
    const count = mappings.length;
    const task: EvaluationTask = {
      problem,
      hardware,
      mappings: encodeMappings(mappings, true),
      outcomes: createOutcomeBatch(count, true),
      progress: createBatchProgress(),
      claimSize: CLAIM_SIZE,
    };
    const runners = Math.min(this.workers, Math.ceil(count / CLAIM_SIZE));
    await new Promise<void>((resolve, reject) => {
      let running = runners;
      for (let i = 0; i < runners; i++) {
        (this.pool.run(task) as Promise<number>).then(
          (busyMs) => {
            this.stats.busyMs += busyMs;
            running--;
            // A runner that wakes up late finds nothing left to claim; the batch need not wait for it.
            if (finishedCount(task.progress) === count) resolve();
            else if (running === 0) reject(new Error(`evaluation workers finished ${finishedCount(task.progress)} of ${count} mappings`));
          },
          (error: unknown) => reject(error),
        );
      }
    });
    const outcomes = new Array<EvaluationOutcome>(count);
    for (let i = 0; i < count; i++) outcomes[i] = readOutcome(task.outcomes, i);
    this.stats.batches++;
    this.stats.evaluations += count;
    this.stats.wallMs += performance.now() - started;
    return outcomes;
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
