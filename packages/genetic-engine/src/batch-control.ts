/*
 * The words through which the main thread and the long-lived evaluation workers hand batches to each other, on one
 * SharedArrayBuffer, so a batch costs no message and no task dispatch: the main thread publishes a batch by bumping
 * `batch` (workers sleep on it in Atomics.wait), everybody claims a few mappings at a time from `next`, and whoever
 * finishes the batch's last mapping wakes the main thread through `finished`.
 *
 * Claims are positions on one 64-bit counter that only ever grows: batch n owns positions [end(n) - count, end(n)),
 * and a claim is a compare-exchange that never moves `next` past the end its claimant read. A worker that wakes late,
 * still holding an older batch's end, therefore finds nothing to claim instead of taking (and losing) positions of
 * the current batch with the older batch's data; and since positions never repeat, no stale compare-exchange can
 * succeed. A batch is published only when the previous one is finished, so the shared mapping and outcome buffers
 * are never rewritten under a claim.
 */

const BATCH = 0;
const FINISHED = 1;
const STOP = 2;
const FAILED = 3;
const INT_WORDS = 4;
const NEXT = 0;
const END = 1;
const READY_END = 2;
const POSITION_WORDS = 3;

export interface BatchControl {
  /** [batch number, mappings finished in it, stop requested, an evaluation failed]. */
  readonly words: Int32Array<SharedArrayBuffer>;
  /** [next claim position, end position of the current batch, end position of the last batch whose data is written]. */
  readonly positions: BigInt64Array<SharedArrayBuffer>;
}

export function createBatchControl(): BatchControl {
  const buffer = new SharedArrayBuffer(INT_WORDS * Int32Array.BYTES_PER_ELEMENT + POSITION_WORDS * BigInt64Array.BYTES_PER_ELEMENT);
  return { words: new Int32Array(buffer, 0, INT_WORDS), positions: new BigInt64Array(buffer, INT_WORDS * Int32Array.BYTES_PER_ELEMENT, POSITION_WORDS) };
}

/**
 * Main thread: makes the next `count` positions a batch and wakes the workers; returns the batch's end position. The
 * batch's mappings may be written after this (the workers take a fraction of a millisecond to wake up, which the
 * encoding then overlaps), but no position is claimed before `markBatchReady`.
 */
export function publishBatch(control: BatchControl, count: number): bigint {
  const end = Atomics.load(control.positions, NEXT) + BigInt(count);
  Atomics.store(control.words, FINISHED, 0);
  Atomics.store(control.positions, END, end);
  Atomics.add(control.words, BATCH, 1);
  Atomics.notify(control.words, BATCH);
  return end;
}

/** Main thread: the data of the batch ending at `end` is written; workers may claim. */
export function markBatchReady(control: BatchControl, end: bigint): void {
  Atomics.store(control.positions, READY_END, end);
  Atomics.notify(control.positions, READY_END);
}

/** Worker: sleeps until a batch after `seen` is published (or a stop); returns the current batch number. */
export function awaitBatch(control: BatchControl, seen: number): number {
  Atomics.wait(control.words, BATCH, seen);
  return Atomics.load(control.words, BATCH);
}

/** The current batch's end position; read before the batch's data, which is posted before it. */
export function batchEnd(control: BatchControl): bigint {
  return Atomics.load(control.positions, END);
}

/** Spins this long for a batch's data before sleeping: it is usually being written as the worker wakes up. */
const READY_SPIN_MS = 0.2;

/**
 * Worker: returns once the data of the batch ending at `end` (or of a later one, which means that batch is over and
 * nothing of it is left to claim) is written.
 */
export function awaitBatchReady(control: BatchControl, end: bigint): void {
  const spinUntil = performance.now() + READY_SPIN_MS;
  for (let ready = Atomics.load(control.positions, READY_END); ready < end; ready = Atomics.load(control.positions, READY_END)) {
    if (performance.now() > spinUntil) Atomics.wait(control.positions, READY_END, ready);
  }
}

/**
 * Claims up to `claimSize` positions below `end`; returns the first one, or -1n when none are left (or `end` belongs
 * to a finished batch).
 */
export function claimPositions(control: BatchControl, end: bigint, claimSize: bigint): bigint {
  for (;;) {
    const next = Atomics.load(control.positions, NEXT);
    if (next >= end) return -1n;
    const after = next + claimSize < end ? next + claimSize : end;
    if (Atomics.compareExchange(control.positions, NEXT, next, after) === next) return next;
  }
}

/** Records `done` finished mappings of a batch of `count`; the one that finishes the batch wakes the main thread. */
export function finishMappings(control: BatchControl, done: number, count: number): void {
  if (Atomics.add(control.words, FINISHED, done) + done === count) Atomics.notify(control.words, FINISHED);
}

/** Mappings finished in the current batch (an Atomics read, so their outcomes are visible to the reader). */
export function finishedCount(control: BatchControl): number {
  return Atomics.load(control.words, FINISHED);
}

/** Marks the batch failed and wakes the main thread (from any thread, the main one included). */
export function failBatch(control: BatchControl): void {
  Atomics.store(control.words, FAILED, 1);
  Atomics.notify(control.words, FINISHED);
}

export function batchFailed(control: BatchControl): boolean {
  return Atomics.load(control.words, FAILED) !== 0;
}

/** Asks every worker to leave its loop. */
export function stopWorkers(control: BatchControl): void {
  Atomics.store(control.words, STOP, 1);
  Atomics.add(control.words, BATCH, 1);
  Atomics.notify(control.words, BATCH);
}

export function stopRequested(control: BatchControl): boolean {
  return Atomics.load(control.words, STOP) !== 0;
}

interface WaitAsyncResult {
  readonly async: boolean;
  readonly value: Promise<'ok' | 'timed-out'> | 'not-equal' | 'timed-out';
}
/** ES2024's Atomics.waitAsync (Node ≥ 16), which this repository's ES2022 lib does not declare. */
const waitAsync = (Atomics as unknown as { waitAsync(array: Int32Array<SharedArrayBuffer>, index: number, value: number): WaitAsyncResult }).waitAsync;

/** How long the main thread blocks for the workers' last claims before it waits asynchronously. */
const TAIL_WAIT_MS = 1;

/**
 * Main thread: resolves when all `count` mappings of the batch are finished or the batch failed (then `false`). Once
 * the main thread has nothing left to claim, only the claims in flight remain (a fraction of a millisecond), so it
 * first blocks for them briefly — an asynchronous wake-up costs a trip through the event loop — and only then waits
 * with Atomics.waitAsync, which keeps the event loop running (and lets a dead worker be noticed).
 */
export async function awaitBatchEnd(control: BatchControl, count: number): Promise<boolean> {
  const blockUntil = performance.now() + TAIL_WAIT_MS;
  for (;;) {
    const finished = Atomics.load(control.words, FINISHED);
    if (batchFailed(control)) return false;
    if (finished === count) return true;
    const left = blockUntil - performance.now();
    if (left > 0) {
      Atomics.wait(control.words, FINISHED, finished, left);
      continue;
    }
    const wait = waitAsync(control.words, FINISHED, finished);
    if (wait.async) await wait.value;
  }
}
