import { receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import type { Problem } from '@gamma-ts/search-space';
import { evaluate, type Hardware } from '@gamma-ts/cost-model';
import { createMappingScratch, decodeMappingInto, mappingCount, mappingProblemIndex } from './mapping-batch.js';
import { writeOutcome } from './outcome-batch.js';
import { awaitBatch, awaitClaim, batchEnd, failBatch, finishMappings, stopRequested, type BatchControl } from './batch-control.js';

/**
 * What changed since the previous batch, posted to every worker before the batch is published: the layer and
 * hardware (once per layer or round of layers) and the shared buffers (only when a batch outgrows them). A batch itself costs no
 * message: its mappings are written into the shared mapping buffer.
 */
export interface BatchData {
  /** The batch's problems; each mapping names its own (`mappingProblemIndex`). */
  readonly problems?: readonly Problem[];
  readonly hardware?: Hardware;
  /** A shared buffer the main thread encodes each batch into (`encodeMappingsWithin`), chunk by chunk. */
  readonly mappings?: Float64Array<SharedArrayBuffer>;
  /** A shared outcome buffer (`createOutcomeBatch(capacity, true)`), filled in place. */
  readonly outcomes?: Float64Array<SharedArrayBuffer>;
  /**
   * One word per outcome slot, set to the batch's number once the outcome is written, so the main thread can read
   * the workers' outcomes while the batch is still running.
   */
  readonly written?: Int32Array<SharedArrayBuffer>;
}

/** The one long-running task each pool worker gets when the pool starts (`runEvaluationLoop`). */
export interface EvaluationLoopSetup {
  readonly control: BatchControl;
  /** Time spent inside `evaluate`, ms, one slot per evaluating thread; this worker adds to slot `slot` only. */
  readonly busyMs: Float64Array<SharedArrayBuffer>;
  readonly slot: number;
  /** Carries `BatchData` in and a failure's description out. */
  readonly port: MessagePort;
  readonly claimSize: number;
  /** How long the worker watches for the next batch before it sleeps, ms (0: sleeps at once). */
  readonly spinMs: number;
}

/** A worker's report of an exception thrown while evaluating. */
export interface EvaluationFailure {
  readonly error: string;
}

/**
 * A worker's life: sleep until a batch is published, claim and evaluate mappings until none are left, repeat until
 * asked to stop; returns the batches it woke up for. Outcome i depends only on mapping i, so which thread claims
 * what never changes the result. An exception is posted back and fails the batch (the worker then ends) instead of
 * leaving the main thread waiting for outcomes that will never come.
 */
export function runEvaluationLoop(setup: EvaluationLoopSetup): number {
  const { control, busyMs, slot, port } = setup;
  const claimSize = BigInt(setup.claimSize);
  // An open batch's next chunk waits for breeding, which a collection on the main thread can hold up for a few ms:
  // a worker with a core of its own watches for it as long as it watches for the next batch.
  const chunkSpinMs = Math.max(setup.spinMs, 0.2);
  let problems: readonly Problem[] | undefined;
  let hardware: Hardware | undefined;
  let mappings: Float64Array<SharedArrayBuffer> | undefined;
  let outcomes: Float64Array<SharedArrayBuffer> | undefined;
  let written: Int32Array<SharedArrayBuffer> | undefined;
  let seen = 0;
  let batches = 0;
  const scratch = createMappingScratch();
  for (;;) {
    seen = awaitBatch(control, seen, setup.spinMs);
    if (stopRequested(control)) return batches;
    batches++;
    // The end first: the data of the batch it belongs to was posted before it was written (see batch-control.ts).
    const end = batchEnd(control);
    for (let received = receiveMessageOnPort(port); received; received = receiveMessageOnPort(port)) {
      const data = received.message as BatchData;
      // By key, not by value: the caller's objects, whatever they are, go to evaluate as they would inline.
      if ('problems' in data) problems = data.problems;
      if ('hardware' in data) hardware = data.hardware;
      if (data.mappings) mappings = data.mappings;
      if (data.outcomes) outcomes = data.outcomes;
      if (data.written) written = data.written;
    }
    try {
      // Claims wait for the chunk they need: the batch is encoded chunk by chunk while the workers evaluate.
      for (let claim = awaitClaim(control, end, claimSize, chunkSpinMs); claim; claim = awaitClaim(control, end, claimSize, chunkSpinMs)) {
        if (!mappings || !outcomes || !written || problems === undefined || hardware === undefined) throw new Error('a batch was published before its data');
        const count = mappingCount(mappings);
        const first = count - Number(end - claim.first);
        const last = count - Number(end - claim.end);
        let evaluatingMs = 0;
        for (let i = first; i < last; i++) {
          const mapping = decodeMappingInto(mappings, i, scratch);
          const started = performance.now();
          const evaluation = evaluate(problems[mappingProblemIndex(mappings, i)], mapping, hardware);
          evaluatingMs += performance.now() - started;
          writeOutcome(outcomes, i, evaluation);
          Atomics.store(written, i, seen);
        }
        busyMs[slot] += evaluatingMs;
        finishMappings(control, last - first);
      }
    } catch (error) {
      port.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies EvaluationFailure);
      failBatch(control);
      return batches;
    }
  }
}
