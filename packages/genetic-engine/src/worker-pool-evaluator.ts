import { availableParallelism } from 'node:os';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { MessageChannel, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import Tinypool from 'tinypool';
import type { Mapping, Problem } from '@gamma-ts/search-space';
import { evaluate, type Hardware } from '@gamma-ts/cost-model';
import type { EvaluationOutcome } from './evaluation-outcome.js';
import type { Evaluator, OpenBatch, ProblemBatch } from './evaluator.js';
import { toOutcome } from './evaluation-outcome.js';
import { encodeMappingsWithin, startMappingBatch, usualBatchLength } from './mapping-batch.js';
import { createOutcomeBatch, OUTCOME_STRIDE, readOutcome } from './outcome-batch.js';
import { type BatchControl, awaitBatchEnd, batchNumber, claimPositions, CLAIM_NOT_READY, closeBatch, createBatchControl, failBatch, finishMappings, markBatchEncoded, markBatchReady, publishBatch, readyAhead, stopWorkers } from './batch-control.js';
import type { BatchData, EvaluationFailure, EvaluationLoopSetup } from './evaluation-task.js';

/** The worker script, beside `src/` and `dist/` alike (both are one level below the package root). */
export const WORKER_URL = new URL('../worker/evaluate-worker.mjs', import.meta.url);

/**
 * Worker threads by default: one per core but one, since the main thread evaluates too when a core is left for it
 * (every core then evaluates, and no thread waits for a CPU behind another); one on a single core.
 */
export function defaultWorkerCount(): number {
  return Math.max(1, availableParallelism() - 1);
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
 * The workers' Node flags: the parent's minus export conditions (under vitest the process resolves `@gamma-ts/source`,
 * TypeScript sources, which a plain Node worker cannot load, so workers always resolve the built `default` entry
 * points); `undefined` when there is nothing to remove, so the workers inherit the parent's flags as Node passes them
 * (V8 flags such as `--max-old-space-size` included, which Node refuses in an explicit list).
 */
export function workerExecArgv(parent: readonly string[] = process.execArgv): string[] | undefined {
  const out: string[] = [];
  let removed = false;
  for (let i = 0; i < parent.length; i++) {
    const flag = parent[i];
    if (flag === '--conditions' || flag === '-C') {
      i++;
      removed = true;
      continue;
    }
    if (flag.startsWith('--conditions=')) {
      removed = true;
      continue;
    }
    out.push(flag);
  }
  return removed ? out : undefined;
}

/**
 * A tinypool on `execArgv`, without the flags Node refuses for a worker (V8 and process-wide flags, which apply to the
 * workers anyway), which Node names only when it refuses them.
 */
function startPool(options: ConstructorParameters<typeof Tinypool>[0] & { execArgv?: string[] }): Tinypool {
  try {
    return new Tinypool(options);
  } catch (error) {
    const refused = (error as { code?: string }).code === 'ERR_WORKER_INVALID_EXEC_ARGV' && options.execArgv ? /flags: (.*)$/.exec((error as Error).message) : null;
    if (!refused) throw error;
    const invalid = new Set(refused[1].split(', '));
    return new Tinypool({ ...options, execArgv: options.execArgv!.filter((flag) => !invalid.has(flag)) });
  }
}

/** Pool statistics, to check that pool overhead stays small against evaluation time. */
export interface PoolStats {
  readonly batches: number;
  readonly evaluations: number;
  /** Threads that evaluate a batch: the workers, plus the main thread when it joins in. */
  readonly evaluators: number;
  /** Σ wall time of batches, from opening to the last outcome, ms. */
  readonly wallMs: number;
  /**
   * Σ over the evaluators of the time each was given to batches, ms: a worker from a batch's opening to its end; the
   * main thread from the batch's close (while it is open the main thread breeds its mappings), plus the time it spent
   * encoding mappings for the workers as they were added, minus the event-loop turns it gave the rest of the program
   * meanwhile (timers, a live view, V8's scheduled collections), during which the workers go on with the batch. The
   * pool's overhead is the part of it not spent evaluating.
   */
  readonly assignedMs: number;
  /** Σ time the evaluators spent evaluating, ms. */
  readonly busyMs: number;
}

/** Mappings a thread claims at a time: a fraction of a millisecond of work, so the evaluators end a batch together. */
const CLAIM_SIZE = 2;

/**
 * Mappings encoded before the ready watermark moves: ~40 µs of encoding against ~1 ms of evaluating them, so a worker
 * never waits for data after the first chunk, and the watermark's few notifications per batch cost next to nothing.
 */
const ENCODE_CHUNK = 32;

/**
 * When the main thread evaluates too, it encodes the next chunk once fewer than this many encoded mappings per worker
 * are left ahead of the workers: ~1.5 ms of work, so a worker seldom runs dry when the main thread is held up (a
 * collection, a descheduled moment); 40 measured better than 16 (BENCHMARKS.md), at the cost of a few mappings encoded
 * that the main thread then evaluates itself.
 */
const READY_AHEAD_PER_WORKER = 40;

/**
 * How long an idle worker watches for the next batch before it sleeps, when every worker has a core of its own
 * besides the main thread's (`coreEach`): longer than the main thread's breeding between two generations
 * (a few ms), so the worker starts on a batch at once instead of 0.05–0.2 ms later, without holding a core for long
 * once a search has ended.
 */
const BATCH_SPIN_MS = 5;

/**
 * Mappings the main thread evaluates from its end between looks at the workers' progress: each look reads words the
 * workers keep changing, so it waits for their cache lines to come over from another core (~1 µs on a VM); a run of
 * 4 is ~0.15 ms of work, well inside the READY_AHEAD_PER_WORKER supply.
 */
const OWN_RUN = 4;

/**
 * How often, at most, a batch the main thread helps evaluate gives the event loop a turn, ms: often enough for a live
 * view's frames (≥ 100 ms apart) and a prompt Ctrl-C, rarely enough that a generation of a few ms seldom pays for one
 * (a turn is time the main thread does not evaluate).
 */
const YIELD_INTERVAL_MS = 50;

/** Mappings per worker encoded before the main thread gives the event loop a turn: ~10 ms of evaluating. */
const YIELD_READY_AHEAD_PER_WORKER = 256;

/**
 * While a batch is open, mappings are encoded for the workers in chunks this small as they are added: they come one
 * at a time from breeding, and a worker should start on the first ones at once.
 */
const OPEN_CHUNK = 4;

/**
 * Evaluates on a tinypool of worker threads that live as long as the evaluator. When the pool starts, each worker gets
 * one long-running task (`runEvaluationLoop`, `evaluation-task.ts`) that sleeps on a shared control word between
 * batches. A batch (a generation's cache misses, of one layer or of a round's layers) is published by bumping that
 * word, usually as soon as it opens, before its mappings are even bred (`openBatch`), and its mappings are encoded into
 * a shared buffer a few at a time behind a ready watermark (`batch-control.ts`) as they are added: it costs no task
 * dispatch and no message, and the workers evaluate the first mappings while the main thread breeds the rest. Every
 * evaluator claims a few mappings at a time until none are left and writes outcome i into slot i, so the result never
 * depends on who evaluated what. Once the batch is closed the main thread evaluates too, when the machine has a core
 * for it besides the workers (with one worker on two cores, that makes two evaluators instead of one): it takes
 * mappings from the batch's far end, which it need not encode, and encodes only as far ahead of the workers as they
 * need, reading their outcomes back as they are written; it gives the event loop a turn every YIELD_INTERVAL_MS (every
 * batch when it does not evaluate), so timers and a live view keep running, and waits for the workers' last claims —
 * spinning when every thread has a core of its own, else with Atomics.waitAsync. Batches run one at a time; one opened
 * meanwhile collects its mappings and waits its turn. An exception in `evaluate`, or a worker that dies, rejects the
 * batch (and every later one) instead of hanging it.
 */
export class WorkerPoolEvaluator implements Evaluator {
  readonly workers: number;
  /** Whether the main thread claims mappings too. */
  readonly mainThreadEvaluates: boolean;
  /** Whether every worker and the main thread have a core each, so waiting threads may spin instead of sleeping. */
  private readonly coreEach: boolean;
  private readonly pool: Tinypool;
  private readonly control = createBatchControl();
  private readonly busyMs: Float64Array<SharedArrayBuffer>;
  private readonly ports: MessagePort[] = [];
  private readonly exits: Promise<void>[] = [];
  private problems: readonly Problem[] = [];
  private hardware: Hardware | null = null;
  private mappingBuffer: Float64Array<SharedArrayBuffer> | null = null;
  private outcomeBuffer: Float64Array<SharedArrayBuffer> | null = null;
  private writtenFlags: Int32Array<SharedArrayBuffer> | null = null;
  /** Settles when the batch being evaluated (or open) ends; null when none is. */
  private running: Promise<void> | null = null;
  /** When the main thread last gave the event loop a turn during a batch (performance.now()). */
  private lastYield = -Infinity;
  private failure: Error | null = null;
  private closing = false;
  private stats = { batches: 0, evaluations: 0, wallMs: 0, assignedMs: 0 };

  constructor(workers = defaultWorkerCount(), options: { mainThreadEvaluates?: boolean } = {}) {
    if (!Number.isInteger(workers) || workers < 1) throw new Error(`workers: must be a positive integer, got ${workers}`);
    assertWorkerRuntimeBuilt();
    this.workers = workers;
    this.coreEach = workers < availableParallelism();
    this.mainThreadEvaluates = options.mainThreadEvaluates ?? this.coreEach;
    this.busyMs = new Float64Array(new SharedArrayBuffer((workers + 1) * Float64Array.BYTES_PER_ELEMENT));
    this.pool = startPool({ filename: fileURLToPath(WORKER_URL), minThreads: workers, maxThreads: workers, isolateWorkers: false, execArgv: workerExecArgv() });
    for (let slot = 0; slot < workers; slot++) {
      const { port1, port2 } = new MessageChannel();
      port1.unref();
      this.ports.push(port1);
      const setup: EvaluationLoopSetup = { control: this.control, busyMs: this.busyMs, slot: slot + 1, port: port2, claimSize: CLAIM_SIZE, spinMs: this.coreEach ? BATCH_SPIN_MS : 0 };
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

  /**
   * Evaluates the parts as one batch. Batches run one at a time (the shared buffers hold one): a call made while
   * another is running waits for it.
   */
  async evaluateProblems(hardware: Hardware, parts: readonly ProblemBatch[]): Promise<EvaluationOutcome[][]> {
    let count = 0;
    for (const part of parts) count += part.mappings.length;
    if (count === 0) {
      if (this.failure) throw this.failure;
      return parts.map(() => []);
    }
    const problems = parts.map((p) => p.problem);
    // All mappings are at hand: the batch is published at once and its mappings encoded as they are added.
    const batch = this.idle() ? this.openNow(hardware, problems, count) : this.waitingBatch(hardware, problems);
    for (let p = 0; p < parts.length; p++) {
      const mappings = parts[p].mappings;
      for (let i = 0; i < mappings.length; i++) batch.add(p, mappings[i]);
    }
    const outcomes = await batch.close();
    if (parts.length === 1) return [outcomes];
    const out: EvaluationOutcome[][] = [];
    for (let p = 0, i = 0; p < parts.length; i += parts[p].mappings.length, p++) out.push(outcomes.slice(i, i + parts[p].mappings.length));
    return out;
  }

  /**
   * Opens a batch at once and wakes the workers: each mapping added is encoded for them (a few at a time, as far ahead
   * of them as they need), so they evaluate while the caller breeds the rest; on close the main thread joins in. While
   * another batch is open or running, or when there is no core left for the main thread besides the workers', the new
   * one collects its mappings and starts when it is closed (and that one has ended).
   */
  openBatch(hardware: Hardware, problems: readonly Problem[], expected: number): OpenBatch {
    // Overlapping breeding with evaluation needs a core for each: with a worker on every core, the breeding main
    // thread would only slow the workers down, so the batch starts when it is closed.
    return this.coreEach && this.idle() ? this.openNow(hardware, problems, expected) : this.waitingBatch(hardware, problems);
  }

  /** Whether a batch can start now: none is open or running, and the pool has neither failed nor closed. */
  private idle(): boolean {
    return this.running === null && this.failure === null && !this.closing;
  }

  /** A batch that collects its mappings and starts when it is closed, once the batch before it has ended. */
  private waitingBatch(hardware: Hardware, problems: readonly Problem[]): OpenBatch {
    const mappings: Mapping[] = [];
    const indices: number[] = [];
    return {
      add: (problemIndex, mapping) => {
        mappings.push(mapping);
        indices.push(problemIndex);
      },
      close: async () => {
        while (this.running !== null) await this.running;
        const batch = this.openNow(hardware, problems, mappings.length);
        for (let i = 0; i < mappings.length; i++) batch.add(indices[i], mappings[i]);
        return batch.close();
      },
    };
  }

  private openNow(hardware: Hardware, problems: readonly Problem[], expected: number): OpenBatch {
    if (this.failure) throw this.failure;
    if (this.closing) throw new Error('the evaluation pool is closed');
    const opened = performance.now();
    // Positions for the expected count; mappings added beyond it are the main thread's.
    const capacity = Math.max(1, Math.ceil(expected));
    // Sized by the count alone: looking at the mappings now would keep the workers waiting for it.
    const data = this.prepareBatchData(problems, hardware, capacity);
    if (data) for (const port of this.ports) port.postMessage(data);
    // Published first: a sleeping worker takes a while to wake up, which the encoding then overlaps.
    const end = publishBatch(this.control, capacity, true);
    const share = new BatchShare(this.control, end, capacity, this.mappingBuffer!);
    let release!: () => void;
    this.running = new Promise<void>((resolve) => (release = resolve));
    // When the main thread evaluates too, the workers get only as many encoded mappings ahead of them as they may
    // need while it breeds: enough to last through a young-generation collection there (a few ms), up to about their
    // share of the batch, so the main thread's share, at the far end, is left unencoded.
    const readyLow = this.mainThreadEvaluates ? Math.max(READY_AHEAD_PER_WORKER * this.workers, Math.min(YIELD_READY_AHEAD_PER_WORKER * this.workers, Math.floor((capacity * this.workers) / (this.workers + 1)))) : Infinity;
    let lookAgainAt = 0;
    let closed = false;
    return {
      add: (problemIndex, mapping) => {
        if (closed) throw new Error('a mapping was added to a closed batch');
        share.mappings.push(mapping);
        share.problemIndices.push(problemIndex);
        const added = share.mappings.length;
        // The first mapping at once: the workers are waiting for it.
        if (share.full || added - share.encoded < (share.encoded === 0 ? 1 : OPEN_CHUNK) || added < lookAgainAt) return;
        // Reading how far the workers are costs a cache line from their core: looked at once per chunk.
        if (share.encoded >= readyLow && readyAhead(this.control, end) >= readyLow) {
          lookAgainAt = added + OPEN_CHUNK;
          return;
        }
        const started = performance.now();
        share.encodeNextChunk(OPEN_CHUNK);
        share.encodingMs += performance.now() - started;
      },
      close: async () => {
        if (closed) throw new Error('a batch was closed twice');
        closed = true;
        try {
          return await this.finishBatch(share, problems, hardware, opened);
        } finally {
          this.running = null;
          release();
        }
      },
    };
  }

  /** The main thread's part once a batch is closed: its share of the evaluations, then the workers' outcomes. */
  private async finishBatch(share: BatchShare, problems: readonly Problem[], hardware: Hardware, opened: number): Promise<EvaluationOutcome[]> {
    const count = share.mappings.length;
    const closed = performance.now();
    share.back = count;
    closeBatch(this.control, count);
    const batch = batchNumber(this.control);
    const outcomes = new Array<EvaluationOutcome>(count);
    const { end } = share;
    let read = 0;
    /** The event-loop turn the main thread gave the rest of the program (not pool time; the workers go on meanwhile). */
    let turnMs = 0;
    try {
      if (this.mainThreadEvaluates) {
        if (share.encoded === 0) share.encodeNextChunk();
        // An event-loop turn (timers, a live view, Ctrl-C) while the workers work on the batch. The turn is also
        // where V8 runs its scheduled young-generation collections (~10 ms here), so the workers first get enough
        // encoded mappings to last through one, up to their share of the batch.
        if (closed - this.lastYield >= YIELD_INTERVAL_MS) {
          const workersShare = Math.floor((count * this.workers) / (this.workers + 1));
          while (share.encoded < Math.min(workersShare, YIELD_READY_AHEAD_PER_WORKER * this.workers) && share.encodeNextChunk());
          const turn = performance.now();
          await new Promise<void>((resolve) => setImmediate(resolve));
          this.lastYield = performance.now();
          turnMs = this.lastYield - turn;
        }
        read = this.evaluateShare(share, problems, hardware, outcomes, batch);
      } else {
        while (share.encodeNextChunk());
        // Mappings beyond the batch's positions or too large for the buffer (only a malformed one) are the main thread's.
        if (share.back > share.encoded) read = this.evaluateShare(share, problems, hardware, outcomes, batch);
        else markBatchEncoded(this.control, end);
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    } catch (error) {
      // The batch is published: the workers waiting for its data must be released.
      this.fail(error instanceof Error ? error : new Error(String(error)));
      throw error;
    }
    if (!(await awaitBatchEnd(this.control, count, this.coreEach))) {
      this.fail(new Error(this.workerFailure() ?? 'an evaluation worker failed'));
      throw this.failure;
    }
    const buffer = this.outcomeBuffer!;
    for (let i = read; i < count; i++) if (outcomes[i] === undefined) outcomes[i] = readOutcome(buffer, i);
    const ended = performance.now();
    this.stats.batches++;
    this.stats.evaluations += count;
    this.stats.wallMs += ended - opened;
    this.stats.assignedMs += this.workers * (ended - opened) + (this.mainThreadEvaluates ? ended - closed - turnMs + share.encodingMs : 0);
    return outcomes;
  }

  /** Makes room for the batch in the shared buffers; returns what the workers must be told, if anything changed. */
  private prepareBatchData(problems: readonly Problem[], hardware: Hardware, count: number): BatchData | null {
    const data: { -readonly [K in keyof BatchData]: BatchData[K] } = {};
    const length = usualBatchLength(count);
    if (!this.mappingBuffer || this.mappingBuffer.length < length) {
      this.mappingBuffer = new Float64Array(new SharedArrayBuffer(2 * length * Float64Array.BYTES_PER_ELEMENT));
      data.mappings = this.mappingBuffer;
    }
    if (!this.outcomeBuffer || this.outcomeBuffer.length < count * OUTCOME_STRIDE) {
      this.outcomeBuffer = createOutcomeBatch(2 * count, true);
      data.outcomes = this.outcomeBuffer;
      this.writtenFlags = new Int32Array(new SharedArrayBuffer(2 * count * Int32Array.BYTES_PER_ELEMENT));
      data.written = this.writtenFlags;
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

  /**
   * The main thread's share of a batch it evaluates with the workers: mappings from the far end, unencoded, while it
   * keeps the workers' encoded supply ahead of them; once the two ends meet, claims from the front like a worker.
   * Reads the workers' outcomes as they are written; returns how many leading outcomes are in `outcomes`.
   */
  private evaluateShare(share: BatchShare, problems: readonly Problem[], hardware: Hardware, outcomes: EvaluationOutcome[], batch: number): number {
    const { control, end, mappings, problemIndices } = share;
    const count = mappings.length;
    const readyLow = READY_AHEAD_PER_WORKER * this.workers;
    let read = 0;
    // Counted once at the end: an atomic add per mapping would pull the workers' busiest cache line over each time.
    let own = 0;
    while (share.back > share.encoded) {
      if (!share.full && readyAhead(control, end) < readyLow) {
        share.encodeNextChunk();
        continue;
      }
      for (const stop = Math.max(share.encoded, share.back - OWN_RUN); share.back > stop; own++) {
        const i = --share.back;
        this.evaluateOwn(problems[problemIndices[i]], hardware, mappings[i], outcomes, i);
      }
      read = this.readWritten(outcomes, read, Math.min(count, share.capacity), batch);
    }
    markBatchEncoded(control, end);
    const claimSize = BigInt(CLAIM_SIZE);
    for (let claim = claimPositions(control, end, claimSize); claim !== null; claim = claimPositions(control, end, claimSize)) {
      if (claim === CLAIM_NOT_READY) throw new Error('the main thread found positions of its own batch not encoded');
      const first = Number(claim.first - share.start);
      const last = Number(claim.end - share.start);
      for (let i = first; i < last; i++) this.evaluateOwn(problems[problemIndices[i]], hardware, mappings[i], outcomes, i);
      own += last - first;
      read = this.readWritten(outcomes, read, Math.min(count, share.capacity), batch);
    }
    finishMappings(control, own);
    return read;
  }

  private evaluateOwn(problem: Problem, hardware: Hardware, mapping: Mapping, outcomes: EvaluationOutcome[], i: number): void {
    // Timed like a worker's evaluations: `evaluate` alone, not the outcome built from it.
    const started = performance.now();
    const evaluation = evaluate(problem, mapping, hardware);
    this.busyMs[0] += performance.now() - started;
    outcomes[i] = toOutcome(evaluation);
  }

  /**
   * Reads the workers' outcomes written so far, from `from` up to the first one still missing or `count` (the batch's
   * positions: the workers write nothing beyond them); returns where it stopped.
   */
  private readWritten(outcomes: EvaluationOutcome[], from: number, count: number, batch: number): number {
    const written = this.writtenFlags!;
    const buffer = this.outcomeBuffer!;
    let i = from;
    for (; i < count; i++) {
      if (outcomes[i] !== undefined) continue;
      // An Atomics read of the flag the worker stored after the outcome, so the outcome is visible here.
      if (Atomics.load(written, i) !== batch) break;
      outcomes[i] = readOutcome(buffer, i);
    }
    return i;
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

/**
 * A published batch being encoded for the workers from the front: positions [0, encoded) are written and below the
 * ready watermark; positions [back, count) are the main thread's and never encoded. Only the main thread moves either.
 * While the batch is open, mappings are still being added and `back` is unbounded.
 */
class BatchShare {
  readonly mappings: Mapping[] = [];
  /** Per mapping, the index of its problem among the batch's. */
  readonly problemIndices: number[] = [];
  encoded = 0;
  back = Infinity;
  /** Set when nothing more can be encoded (the positions are used up, or a mapping did not fit in the buffer): the rest is the main thread's. */
  full = false;
  /** Time spent encoding while the batch was open, ms. */
  encodingMs = 0;
  /** The batch's first position. */
  readonly start: bigint;
  private at: number;

  constructor(
    readonly control: BatchControl,
    readonly end: bigint,
    /** The batch's positions: mappings beyond them are never encoded. */
    readonly capacity: number,
    private readonly buffer: Float64Array<SharedArrayBuffer>,
  ) {
    this.start = end - BigInt(capacity);
    this.at = startMappingBatch(buffer, capacity);
  }

  /** Encodes up to `size` more mappings and raises the watermark; false when nothing more can be encoded now. */
  encodeNextChunk(size = ENCODE_CHUNK): boolean {
    if (this.full) return false;
    if (this.encoded >= this.capacity) {
      this.full = true;
      return false;
    }
    const last = Math.min(this.encoded + size, this.back, this.mappings.length, this.capacity);
    if (last <= this.encoded) return false;
    const { next, at } = encodeMappingsWithin(this.buffer, this.mappings, { first: this.encoded, last, at: this.at }, this.problemIndices);
    this.full = next < last;
    if (next === this.encoded) return false;
    this.at = at;
    this.encoded = next;
    markBatchReady(this.control, this.start + BigInt(next));
    return true;
  }
}
