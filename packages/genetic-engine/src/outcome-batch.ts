import { INVALID_REASON_CODES, METRIC_NAMES, type Evaluation, type InvalidReasonCode, type Metrics } from '@gamma-ts/cost-model';
import type { EvaluationOutcome } from './evaluation-outcome.js';

/*
 * A batch of evaluation outcomes as one Float64Array (optionally on a SharedArrayBuffer, which the workers fill in
 * place), so that no result object is structured-cloned back from a worker. Layout: one fixed-size record per
 * mapping, [header, metrics (METRIC_NAMES order)], 96 bytes: every byte of it crosses from a worker's core to the
 * main thread's. The header packs valid (1), whether there are metrics (2) and, from 4 up, the reason codes in
 * order, one base-16 digit each (index in INVALID_REASON_CODES + 1), so order and repeats survive. Doubles keep every
 * number exactly, NaN and ±Infinity included.
 */

// A metric added to the cost model must be added to `writeOutcome` and `readOutcome` too: METRIC_NAMES fails to
// compile without it, and the `satisfies` in `readOutcome` fails here.

/** Each reason code's digit in the packed reasons (0 ends the list). */
const REASON_DIGIT = Object.fromEntries(INVALID_REASON_CODES.map((code, i) => [code, i + 1])) as Record<InvalidReasonCode, number>;

/** Doubles per outcome record. */
export const OUTCOME_STRIDE = 1 + METRIC_NAMES.length;
/** Reason codes a record can hold: 12 base-16 digits above the 2 flag bits stay below 2^53, so the packing is exact. */
const MAX_REASONS = 12;
const VALID = 1;
const HAS_METRICS = 2;
const REASONS = 4;

/** An empty outcome batch for `count` mappings, to be filled by `writeOutcome`; `shared`: on a SharedArrayBuffer. */
export function createOutcomeBatch(count: number, shared: true): Float64Array<SharedArrayBuffer>;
export function createOutcomeBatch(count: number, shared?: false): Float64Array<ArrayBuffer>;
export function createOutcomeBatch(count: number, shared = false): Float64Array<ArrayBufferLike> {
  const bytes = count * OUTCOME_STRIDE * Float64Array.BYTES_PER_ELEMENT;
  return new Float64Array(shared ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes));
}

/** Writes outcome `index` of the batch from a cost-model evaluation (what `toOutcome` keeps of it). */
export function writeOutcome(batch: Float64Array<ArrayBufferLike>, index: number, evaluation: Evaluation): void {
  const at = index * OUTCOME_STRIDE;
  const reasons = evaluation.reasons;
  if (reasons.length > MAX_REASONS) throw new Error(`an evaluation has ${reasons.length} reasons, an outcome batch holds at most ${MAX_REASONS}`);
  let packed = 0;
  for (let i = reasons.length - 1; i >= 0; i--) packed = packed * 16 + REASON_DIGIT[reasons[i].code];
  const metrics = evaluation.metrics;
  batch[at] = (evaluation.valid ? VALID : 0) + (metrics ? HAS_METRICS : 0) + REASONS * packed;
  // Field by field (not through the name list): this runs once per evaluation, on the workers' hot path.
  if (metrics) {
    batch[at + 1] = metrics.runtime;
    batch[at + 2] = metrics.macs;
    batch[at + 3] = metrics.energy;
    batch[at + 4] = metrics.edp;
    batch[at + 5] = metrics.power;
    batch[at + 6] = metrics.area;
    batch[at + 7] = metrics.throughput;
    batch[at + 8] = metrics.l2Traffic;
    batch[at + 9] = metrics.l1Size;
    batch[at + 10] = metrics.l2Size;
    batch[at + 11] = metrics.peUtilization;
  }
}

/**
 * One frozen list per distinct packed reason code sequence: a search reads hundreds of thousands of outcomes and keeps
 * them all (cache, population), with a handful of distinct reason lists among them.
 */
const reasonLists = new Map<number, readonly InvalidReasonCode[]>();

function reasonList(packed: number): readonly InvalidReasonCode[] {
  let list = reasonLists.get(packed);
  if (list === undefined) {
    const codes: InvalidReasonCode[] = [];
    for (let rest = packed; rest > 0; rest = Math.floor(rest / 16)) codes.push(INVALID_REASON_CODES[(rest % 16) - 1]);
    list = Object.freeze(codes);
    reasonLists.set(packed, list);
  }
  return list;
}

/** Outcome `index` of the batch, equal (`toEqual`) to `toOutcome` of the evaluation it was written from. */
export function readOutcome(batch: Float64Array<ArrayBufferLike>, index: number): EvaluationOutcome {
  const at = index * OUTCOME_STRIDE;
  const header = batch[at];
  const valid = header % 2 === VALID;
  const hasMetrics = header % 4 >= HAS_METRICS;
  const reasons = reasonList(Math.floor(header / REASONS));
  const metrics: Metrics | null = hasMetrics
    ? ({
        runtime: batch[at + 1],
        macs: batch[at + 2],
        energy: batch[at + 3],
        edp: batch[at + 4],
        power: batch[at + 5],
        area: batch[at + 6],
        throughput: batch[at + 7],
        l2Traffic: batch[at + 8],
        l1Size: batch[at + 9],
        l2Size: batch[at + 10],
        peUtilization: batch[at + 11],
      } satisfies Record<(typeof METRIC_NAMES)[number], number>)
    : null;
  return { valid, reasons, metrics };
}
