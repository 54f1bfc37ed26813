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
 *
 * The main thread publishes a batch before encoding it and then encodes it in chunks, raising a ready watermark
 * (`READY_END`, a position too) after each one; claims never pass the watermark, so the workers start evaluating the
 * first chunk while the rest is being encoded instead of waiting for the whole batch. When the main thread evaluates
 * too, it takes its own mappings from the batch's far end, above the watermark, where nothing is encoded (it evaluates
 * the mapping objects it has), and encodes only as far ahead of the workers as they need; once it stops encoding it
 * raises `ENCODED_END` to the batch's end, which tells the workers that the positions left above the watermark are
 * taken. Only the main thread moves the watermark and the far end, so the two ends never overlap.
 */

/*
 * Each word on its own 64-byte cache line: the workers' claims (NEXT, FINISHED) and the main thread's watermark
 * (READY_END, READY_SEQUENCE) change all through a batch, and sharing a line would make every claim and every
 * watermark look-up wait for the line to come over from the other core.
 */
const INTS_PER_LINE = 16;
const BIGINTS_PER_LINE = 8;
const BATCH = 0;
const FINISHED = INTS_PER_LINE;
/**
 * How many finished mappings end the batch: on FINISHED's line, which every finishing thread touches anyway. An
 * open batch's count is not known until it is closed (`closeBatch`); until then nothing reaches this.
 */
const FINISHED_TARGET = FINISHED + 1;
const UNKNOWN_COUNT = 0x7fffffff;
const STOP = 2 * INTS_PER_LINE;
const FAILED = 3 * INTS_PER_LINE;
/** Bumped whenever the watermark moves or encoding stops, so a worker waiting for a chunk cannot miss it. */
const READY_SEQUENCE = 4 * INTS_PER_LINE;
const INT_WORDS = 5 * INTS_PER_LINE;
const NEXT = 0;
const END = BIGINTS_PER_LINE;
const READY_END = 2 * BIGINTS_PER_LINE;
const ENCODED_END = 3 * BIGINTS_PER_LINE;
const POSITION_WORDS = 4 * BIGINTS_PER_LINE;

export interface BatchControl {
  /** Batch number, mappings finished in it, stop requested, an evaluation failed, ready sequence (one per line). */
  readonly words: Int32Array<SharedArrayBuffer>;
  /**
   * Next claim position, end position of the current batch, end position of the last batch whose data is written,
   * end position of the last batch the main thread has stopped encoding (one per line).
   */
  readonly positions: BigInt64Array<SharedArrayBuffer>;
}

export function createBatchControl(): BatchControl {
  const buffer = new SharedArrayBuffer(INT_WORDS * Int32Array.BYTES_PER_ELEMENT + POSITION_WORDS * BigInt64Array.BYTES_PER_ELEMENT);
  return { words: new Int32Array(buffer, 0, INT_WORDS), positions: new BigInt64Array(buffer, INT_WORDS * Int32Array.BYTES_PER_ELEMENT, POSITION_WORDS) };
}

/**
 * Main thread: makes the next `positions` positions a batch and wakes the workers; returns the batch's end position.
 * The batch's mappings are written after this (the workers take a fraction of a millisecond to wake up, which the
 * encoding then overlaps); no position is claimed before `markBatchReady` has raised the watermark past it. An open
 * batch (`open`) does not know yet how many mappings it will hold — they are still being bred — and reserves
 * `positions` for them; `closeBatch` says how many there were.
 */
export function publishBatch(control: BatchControl, positions: number, open = false): bigint {
  // The previous batch's end, not `next`: positions the main thread took from its far end were never claimed through
  // `next`. Moving `next` up to it takes nothing from anybody (that batch is finished), and a late claimant's
  // compare-exchange on an older value just fails.
  const start = Atomics.load(control.positions, END);
  const end = start + BigInt(positions);
  Atomics.store(control.positions, NEXT, start);
  Atomics.store(control.words, FINISHED, 0);
  Atomics.store(control.words, FINISHED_TARGET, open ? UNKNOWN_COUNT : positions);
  Atomics.store(control.positions, END, end);
  Atomics.add(control.words, BATCH, 1);
  Atomics.notify(control.words, BATCH);
  return end;
}

/**
 * Main thread: the open batch holds `count` mappings (some of which may lie beyond its positions: those are the main
 * thread's), so finishing the count-th one wakes the main thread.
 */
export function closeBatch(control: BatchControl, count: number): void {
  Atomics.store(control.words, FINISHED_TARGET, count);
}

/** Main thread: the data of every position below `readyEnd` is written; workers may claim up to it. */
export function markBatchReady(control: BatchControl, readyEnd: bigint): void {
  Atomics.store(control.positions, READY_END, readyEnd);
  wakeChunkWaiters(control);
}

/**
 * Main thread: no more of the batch ending at `end` will be encoded; whatever lies above the ready watermark is the
 * main thread's. Wakes the workers waiting for a chunk, so they see that nothing is left for them.
 */
export function markBatchEncoded(control: BatchControl, end: bigint): void {
  Atomics.store(control.positions, ENCODED_END, end);
  wakeChunkWaiters(control);
}

function wakeChunkWaiters(control: BatchControl): void {
  Atomics.add(control.words, READY_SEQUENCE, 1);
  Atomics.notify(control.words, READY_SEQUENCE);
}

/** Positions of the batch ending at `end` that are written and not yet claimed from the front. */
export function readyAhead(control: BatchControl, end: bigint): number {
  const next = Atomics.load(control.positions, NEXT);
  const ready = Atomics.load(control.positions, READY_END);
  const limit = ready < end ? ready : end;
  return limit > next ? Number(limit - next) : 0;
}

/**
 * Worker: sleeps until a batch after `seen` is published (or a stop), watching for it for `spinMs` first; returns the
 * current batch number.
 */
export function awaitBatch(control: BatchControl, seen: number, spinMs = 0): number {
  if (spinMs > 0) {
    // Watching the word answers within a microsecond where a futex wake-up takes 0.05–0.2 ms on a VM, and the next
    // batch of a search comes a few ms after the last; the core it takes has nothing else to do meanwhile when the
    // pool has a core per worker besides the main thread's (the only case the pool asks for a spin).
    const until = performance.now() + spinMs;
    while (Atomics.load(control.words, BATCH) === seen) if (performance.now() > until) break;
  }
  Atomics.wait(control.words, BATCH, seen);
  return Atomics.load(control.words, BATCH);
}

/** The current batch's number (what `awaitBatch` returned to the workers woken for it). */
export function batchNumber(control: BatchControl): number {
  return Atomics.load(control.words, BATCH);
}

/** The current batch's end position; read before the batch's data, which is posted before it. */
export function batchEnd(control: BatchControl): bigint {
  return Atomics.load(control.positions, END);
}

/** Positions [first, end) of a batch, claimed by one thread. */
export interface Claim {
  readonly first: bigint;
  readonly end: bigint;
}

/** `claimPositions`' answer when positions are left below the batch's end but none below the ready watermark. */
export const CLAIM_NOT_READY = 'not-ready';

/**
 * Claims up to `claimSize` positions below `end` and below the ready watermark (a claim is cut short there); returns
 * them, null when none are left (or `end` belongs to a finished batch, or encoding has stopped and the rest is the
 * main thread's), or `CLAIM_NOT_READY` when the next ones are not written yet.
 */
export function claimPositions(control: BatchControl, end: bigint, claimSize: bigint): Claim | typeof CLAIM_NOT_READY | null {
  for (;;) {
    const next = Atomics.load(control.positions, NEXT);
    if (next >= end) return null;
    const ready = Atomics.load(control.positions, READY_END);
    const limit = ready < end ? ready : end;
    if (next >= limit) {
      if (Atomics.load(control.positions, ENCODED_END) !== end) return CLAIM_NOT_READY;
      // Encoding has stopped; the watermark read before that may be stale, so look again before giving up.
      if (Atomics.load(control.positions, READY_END) > next) continue;
      return null;
    }
    const after = next + claimSize < limit ? next + claimSize : limit;
    if (Atomics.compareExchange(control.positions, NEXT, next, after) === next) return { first: next, end: after };
  }
}

/** Spins this long for the next chunk before sleeping: it is usually being written as the worker asks. */
const READY_SPIN_MS = 0.2;
/** A sleeping worker looks at the stop and failure words this often, in case no chunk ever comes. */
const READY_WAIT_MS = 50;

/**
 * Worker: `claimPositions`, waiting while the next positions are not written yet (watching for them for `spinMs`
 * first); returns the claim, or null when none are left, the batch failed or a stop was requested.
 */
export function awaitClaim(control: BatchControl, end: bigint, claimSize: bigint, spinMs = READY_SPIN_MS): Claim | null {
  let spinUntil = -1;
  for (;;) {
    // Read before the claim: a chunk written after it changes the sequence, so the wait below cannot miss it.
    const sequence = Atomics.load(control.words, READY_SEQUENCE);
    const claim = claimPositions(control, end, claimSize);
    if (claim !== CLAIM_NOT_READY) return claim;
    if (batchFailed(control) || stopRequested(control)) return null;
    const now = performance.now();
    if (spinUntil < 0) spinUntil = now + spinMs;
    else if (now > spinUntil) Atomics.wait(control.words, READY_SEQUENCE, sequence, READY_WAIT_MS);
  }
}

/**
 * Records `done` finished mappings of the current batch; the one that finishes the batch wakes the main thread. (A
 * thread finishing after an open batch's count is set sees it; one finishing before leaves the main thread to find the
 * count reached when it looks, which it does after setting it.)
 */
export function finishMappings(control: BatchControl, done: number): void {
  if (Atomics.add(control.words, FINISHED, done) + done >= Atomics.load(control.words, FINISHED_TARGET)) Atomics.notify(control.words, FINISHED);
}

/** Mappings finished in the current batch (an Atomics read, so their outcomes are visible to the reader). */
export function finishedCount(control: BatchControl): number {
  return Atomics.load(control.words, FINISHED);
}

/** Marks the batch failed and wakes the main thread (from any thread, the main one included). */
export function failBatch(control: BatchControl): void {
  Atomics.store(control.words, FAILED, 1);
  Atomics.notify(control.words, FINISHED);
  wakeChunkWaiters(control);
}

export function batchFailed(control: BatchControl): boolean {
  return Atomics.load(control.words, FAILED) !== 0;
}

/** Asks every worker to leave its loop. */
export function stopWorkers(control: BatchControl): void {
  Atomics.store(control.words, STOP, 1);
  Atomics.add(control.words, BATCH, 1);
  Atomics.notify(control.words, BATCH);
  wakeChunkWaiters(control);
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
export async function awaitBatchEnd(control: BatchControl, count: number, spin = false): Promise<boolean> {
  const blockUntil = performance.now() + TAIL_WAIT_MS;
  for (;;) {
    const finished = Atomics.load(control.words, FINISHED);
    if (batchFailed(control)) return false;
    if (finished === count) return true;
    const left = blockUntil - performance.now();
    if (left > 0) {
      // Spinning (when the main thread has a core of its own) sees the last claim end at once; a futex wake-up would
      // add 0.05–0.2 ms to every batch.
      if (!spin) Atomics.wait(control.words, FINISHED, finished, left);
      continue;
    }
    const wait = waitAsync(control.words, FINISHED, finished);
    if (wait.async) await wait.value;
  }
}
