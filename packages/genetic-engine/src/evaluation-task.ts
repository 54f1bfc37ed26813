import type { Problem } from '@gamma-ts/search-space';
import { evaluate, type Hardware } from '@gamma-ts/cost-model';
import { decodeMapping, mappingCount } from './mapping-batch.js';
import { writeOutcome } from './outcome-batch.js';

/**
 * One worker's share of a batch. Every worker of the pool gets the same task: the mappings and the outcomes live on
 * SharedArrayBuffers, and the workers claim `claimSize` mappings at a time from a shared counter until none are
 * left. A descheduled or slow worker thus never holds up the batch (the others take its share), and nothing but
 * this small object is cloned per worker. Outcome i depends only on mapping i, so who evaluates what never changes
 * the result.
 */
export interface EvaluationTask {
  readonly problem: Problem;
  readonly hardware: Hardware;
  /** `encodeMappings(…, true)`. */
  readonly mappings: Float64Array<ArrayBufferLike>;
  /** `createOutcomeBatch(count, true)`, filled in place. */
  readonly outcomes: Float64Array<ArrayBufferLike>;
  /** `createBatchProgress()`: [next mapping to claim, mappings finished]. */
  readonly progress: Int32Array<ArrayBufferLike>;
  readonly claimSize: number;
}

const NEXT = 0;
const FINISHED = 1;

export function createBatchProgress(): Int32Array<SharedArrayBuffer> {
  return new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
}

/** Mappings whose outcome is written (an Atomics read, so those outcomes are visible to the reader). */
export function finishedCount(progress: Int32Array<ArrayBufferLike>): number {
  return Atomics.load(progress, FINISHED);
}

/** Evaluates claims of the task until none are left; returns the time spent inside `evaluate`, ms. */
export function runEvaluationTask(task: EvaluationTask): number {
  const { problem, hardware, mappings, outcomes, progress, claimSize } = task;
  const count = mappingCount(mappings);
  let busyMs = 0;
  for (;;) {
    const first = Atomics.add(progress, NEXT, claimSize);
    if (first >= count) return busyMs;
    const end = Math.min(first + claimSize, count);
    for (let i = first; i < end; i++) {
      const mapping = decodeMapping(mappings, i);
      const started = performance.now();
      const evaluation = evaluate(problem, mapping, hardware);
      busyMs += performance.now() - started;
      writeOutcome(outcomes, i, evaluation);
    }
    Atomics.add(progress, FINISHED, end - first);
  }
}
