import { availableParallelism } from 'node:os';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { MessageChannel, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import Tinypool from 'tinypool';
import type { Mapping, Problem } from '@gamma-ts/search-space';
import { evaluate, type Hardware } from '@gamma-ts/cost-model';
import type { EvaluationOutcome } from './evaluation-outcome.js';
import type { Evaluator, ProblemBatch } from './evaluator.js';
import { toOutcome } from './evaluation-outcome.js';
import { encodedBatchLength, encodeMappingRange, startMappingBatch } from './mapping-batch.js';
import { createOutcomeBatch, OUTCOME_STRIDE, readOutcome } from './outcome-batch.js';
import { awaitBatchEnd, claimPositions, createBatchControl, failBatch, finishMappings, markBatchReady, publishBatch, stopWorkers } from './batch-control.js';
import type { BatchData, EvaluationFailure, EvaluationLoopSetup } from './evaluation-task.js';

/** The worker script, beside `src/` and `dist/` alike (both are one level below the package root). */
export const WORKER_URL = new URL('../worker/evaluate-worker.mjs', import.meta.url);

/** Worker threads by default: one per core (the main thread then only proposes; with fewer workers it evaluates too). */
export function defaultWorkerCount(): number {
  return Math.max(1, availableParallelism());
}

/** The built task runner the worker imports (this package's dist). */
const WORKER_CODECS = ['../dist/evaluation-task.js', '../dist/batch-control.js', '../dist/mapping-batch.js', '../dist/outcome-batch.js'].map((path) => new URL(path, WORKER_URL));

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
  /** Threads that evaluate a batch: the workers, plus the main thread when it joins in. */
  readonly evaluators: number;
  /** Σ wall time of batches, ms. */
  readonly wallMs: number;
  /** Σ time the evaluators spent evaluating, ms. */
  readonly busyMs: number;
}

/** Mappings a thread claims at a time: a fraction of a millisecond of work, so the evaluators end a batch together. */
const CLAIM_SIZE = 4;

/**
 * Mappings encoded before the ready watermark moves: ~40 µs of encoding against ~1 ms of evaluating them, so a worker
 * never waits for data after the first chunk, and the watermark's few notifications per batch cost next to nothing.
 */
const ENCODE_CHUNK = 32;

/**
 * Evaluates on a tinypool of worker threads that live as long as the evaluator. When the pool starts, each worker
 * gets one long-running task (`runEvaluationLoop`, `evaluation-task.ts`) that sleeps on a shared control word between
 * batches; a batch (a generation's cache misses, of one layer or of a round's layers) is published by bumping that word and then encoded into a shared
 * buffer chunk by chunk behind a ready watermark (`batch-control.ts`), so it costs no task dispatch and no message, and
 * the workers evaluate while the rest of it is being encoded. Every evaluator claims a few mappings at a time
 * until none are left and writes outcome i into slot i, so the result never depends on who evaluated what. The main
 * thread evaluates too while it waits, when the machine has a core for it besides the workers (with one worker on
 * two cores, that makes two evaluators instead of one); it first yields one event-loop turn, so timers and a live
 * view keep running, and waits for the workers' last claims with Atomics.waitAsync. An exception in `evaluate`, or a
 * worker that dies, rejects the batch (and every later one) instead of hanging it.
 */
export class WorkerPoolEvaluator implements Evaluator {
  readonly workers: number;
  /** Whether the main thread claims mappings too. */
  readonly mainThreadEvaluates: boolean;
  private readonly pool: Tinypool;
  private readonly control = createBatchControl();
  private readonly busyMs: Float64Array<SharedArrayBuffer>;
  private readonly ports: MessagePort[] = [];
  private readonly exits: Promise<void>[] = [];
  private problems: readonly Problem[] = [];
  private hardware: Hardware | null = null;
  private mappingBuffer: Float64Array<SharedArrayBuffer> | null = null;
  private outcomeBuffer: Float64Array<SharedArrayBuffer> | null = null;
  private failure: Error | null = null;
  private closing = false;
  private stats = { batches: 0, evaluations: 0, wallMs: 0 };

  constructor(workers = defaultWorkerCount(), options: { mainThreadEvaluates?: boolean } = {}) {
    if (!Number.isInteger(workers) || workers < 1) throw new Error(`workers: must be a positive integer, got ${workers}`);
    assertWorkerRuntimeBuilt();
    this.workers = workers;
    this.mainThreadEvaluates = options.mainThreadEvaluates ?? workers < availableParallelism();
    this.busyMs = new Float64Array(new SharedArrayBuffer((workers + 1) * Float64Array.BYTES_PER_ELEMENT));
    this.pool = new Tinypool({ filename: fileURLToPath(WORKER_URL), minThreads: workers, maxThreads: workers, isolateWorkers: false, execArgv: workerExecArgv() });
    for (let slot = 0; slot < workers; slot++) {
      const { port1, port2 } = new MessageChannel();
      port1.unref();
      this.ports.push(port1);
      const setup: EvaluationLoopSetup = { control: this.control, busyMs: this.busyMs, slot: slot + 1, port: port2, claimSize: CLAIM_SIZE };
      void (this.pool.run(setup, { transferList: [port2] }) as Promise<number>).then(
        () => {
          if (!this.closing) this.fail(new Error(this.workerFailure() ?? `evaluation worker ${slot + 1} stopped`));
        },
        (error: unknown) => {
          if (!this.closing) this.fail(error instanceof Error ? error : new Error(String(error)));
        },
      );
    }
    // tinypool settles a task only when its worker throws; a worker that exits (killed, process.exit) would leave
    // its loop's task, and so the batch, pending forever.
    for (const thread of this.pool.threads) {
      this.exits.push(
        new Promise<void>((resolve) =>
          thread.on('exit', (code: number) => {
            if (!this.closing) this.fail(new Error(`an evaluation worker exited (code ${code})`));
            resolve();
          }),
        ),
      );
    }
  }

  async evaluateBatch(problem: Problem, hardware: Hardware, mappings: readonly Mapping[]): Promise<EvaluationOutcome[]> {
    return (await this.evaluateProblems(hardware, [{ problem, mappings }]))[0];
  }

  async evaluateProblems(hardware: Hardware, parts: readonly ProblemBatch[]): Promise<EvaluationOutcome[][]> {
    if (this.failure) throw this.failure;
    if (this.closing) throw new Error('the evaluation pool is closed');
    const mappings = parts.length === 1 ? parts[0].mappings : parts.flatMap((p) => p.mappings);
    const count = mappings.length;
    if (count === 0) return parts.map(() => []);
    const started = performance.now();
    const problems = parts.map((p) => p.problem);
    // Per mapping, its problem's index (for the workers) and its problem (for the main thread's claims).
    const problemIndices = new Uint16Array(count);
    const problemOf = new Array<Problem>(count);
    for (let p = 0, i = 0; p < parts.length; p++) {
      for (let j = 0; j < parts[p].mappings.length; j++, i++) {
        problemIndices[i] = p;
        problemOf[i] = problems[p];
      }
    }
    const data = this.prepareBatchData(problems, hardware, mappings);
    if (data) for (const port of this.ports) port.postMessage(data);
    const end = publishBatch(this.control, count);
    this.encodeInChunks(mappings, problemIndices, end);
    const outcomes = new Array<EvaluationOutcome>(count);
    // One event-loop turn per batch (timers, a live view), taken while the workers are at work.
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (this.mainThreadEvaluates) this.evaluateClaims(problemOf, hardware, mappings, end, outcomes);
    if (!(await awaitBatchEnd(this.control, count))) {
      this.fail(new Error(this.workerFailure() ?? 'an evaluation worker failed'));
      throw this.failure;
    }
    const buffer = this.outcomeBuffer!;
    for (let i = 0; i < count; i++) if (outcomes[i] === undefined) outcomes[i] = readOutcome(buffer, i);
    this.stats.batches++;
    this.stats.evaluations += count;
    this.stats.wallMs += performance.now() - started;
    const out: EvaluationOutcome[][] = [];
    for (let p = 0, i = 0; p < parts.length; i += parts[p].mappings.length, p++) out.push(outcomes.slice(i, i + parts[p].mappings.length));
    return out;
  }

  /**
   * Encodes the published batch ending at `end` chunk by chunk, raising the ready watermark after each, so the workers
   * (woken by the publication) evaluate the first chunks while the main thread encodes the rest.
   */
  private encodeInChunks(mappings: readonly Mapping[], problemIndices: Uint16Array, end: bigint): void {
    const buffer = this.mappingBuffer!;
    const count = mappings.length;
    const start = end - BigInt(count);
    try {
      let at = startMappingBatch(buffer, count);
      for (let first = 0; first < count; first += ENCODE_CHUNK) {
        const last = Math.min(first + ENCODE_CHUNK, count);
        at = encodeMappingRange(buffer, mappings, first, last, at, problemIndices);
        markBatchReady(this.control, start + BigInt(last));
      }
    } catch (error) {
      // The batch is published: the workers waiting for its data must be released.
      this.fail(error instanceof Error ? error : new Error(String(error)));
      throw error;
    }
  }

  /** Makes room for the batch in the shared buffers; returns what the workers must be told, if anything changed. */
  private prepareBatchData(problems: readonly Problem[], hardware: Hardware, mappings: readonly Mapping[]): BatchData | null {
    const data: { -readonly [K in keyof BatchData]: BatchData[K] } = {};
    const length = encodedBatchLength(mappings);
    if (!this.mappingBuffer || this.mappingBuffer.length < length) {
      this.mappingBuffer = new Float64Array(new SharedArrayBuffer(2 * length * Float64Array.BYTES_PER_ELEMENT));
      data.mappings = this.mappingBuffer;
    }
    if (!this.outcomeBuffer || this.outcomeBuffer.length < mappings.length * OUTCOME_STRIDE) {
      this.outcomeBuffer = createOutcomeBatch(2 * mappings.length, true);
      data.outcomes = this.outcomeBuffer;
    }
    // By identity: a search passes the same objects for every batch of a layer.
    if (problems.length !== this.problems.length || problems.some((p, i) => p !== this.problems[i]) || hardware !== this.hardware) {
      this.problems = problems;
      this.hardware = hardware;
      data.problems = problems;
      data.hardware = hardware;
    }
    return Object.keys(data).length > 0 ? data : null;
  }

  /** The main thread's share: claims like a worker, but evaluates the mapping objects it already has. */
  private evaluateClaims(problemOf: readonly Problem[], hardware: Hardware, mappings: readonly Mapping[], end: bigint, outcomes: EvaluationOutcome[]): void {
    const count = mappings.length;
    const claimSize = BigInt(CLAIM_SIZE);
    try {
      for (let start = claimPositions(this.control, end, claimSize); start >= 0n; start = claimPositions(this.control, end, claimSize)) {
        const first = count - Number(end - start);
        const last = Math.min(first + CLAIM_SIZE, count);
        const claimStarted = performance.now();
        for (let i = first; i < last; i++) outcomes[i] = toOutcome(evaluate(problemOf[i], mappings[i], hardware));
        this.busyMs[0] += performance.now() - claimStarted;
        finishMappings(this.control, last - first, count);
      }
    } catch (error) {
      this.fail(error instanceof Error ? error : new Error(String(error)));
      throw error;
    }
  }

  /** A worker's report of an exception in `evaluate`, if one was posted. */
  private workerFailure(): string | null {
    for (const port of this.ports) {
      const received = receiveMessageOnPort(port);
      if (received) return `an evaluation worker failed: ${(received.message as EvaluationFailure).error}`;
    }
    return null;
  }

  /** Rejects the running batch and every later one: after a failure the pool's state is unknown. */
  private fail(error: Error): void {
    this.failure ??= error;
    failBatch(this.control);
  }

  poolStats(): PoolStats {
    let busyMs = 0;
    for (const ms of this.busyMs) busyMs += ms;
    return { ...this.stats, evaluators: this.workers + (this.mainThreadEvaluates ? 1 : 0), busyMs };
  }

  async close(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    // Live loops return at the stop word and destroy ends the threads. The task of a worker that died never
    // settles, and tinypool's destroy then waits for an exit event that has already fired, so closing ends when
    // every worker has exited, whichever comes first.
    stopWorkers(this.control);
    await Promise.race([this.pool.destroy(), Promise.all(this.exits)]);
    for (const port of this.ports) port.close();
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
