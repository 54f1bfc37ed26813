import { METRIC_NAMES, type EnergyBreakdown, type Evaluation, type InvalidReasonCode, type Metrics } from '@gamma-ts/cost-model';
import type { EvaluationOutcome } from './evaluation-outcome.js';

/*
 * A batch of evaluation outcomes as one Float64Array (optionally on a SharedArrayBuffer, which the workers fill in
 * place), so that no result object is structured-cloned back from a worker. Layout: one fixed-size record per
 * mapping: [valid, parts, reasons, metrics (METRIC_FIELDS order), energy (ENERGY_FIELDS order)]. `parts` says which of
 * metrics and energy exist; `reasons` packs the reason codes in order, one base-16 digit each (index in
 * REASON_CODES + 1), so order and repeats survive. Doubles keep every number exactly, NaN and ±Infinity included.
 */

const METRIC_FIELDS = METRIC_NAMES;

const ENERGY_FIELDS = ['macNj', 'l1InputNj', 'l1WeightNj', 'l1OutputNj', 'l2InputNj', 'l2WeightNj', 'l2OutputNj', 'dramNj', 'totalNj'] as const satisfies readonly (keyof EnergyBreakdown)[];

const REASON_CODES = [
  'structural',
  'macs-mismatch',
  'runtime-below-bound',
  'non-physical-number',
  'input-below-compulsory',
  'weight-below-compulsory',
  'output-below-compulsory',
  'l1-over-capacity',
  'l2-over-capacity',
] as const satisfies readonly InvalidReasonCode[];

// Compile-time guards: a field or reason code added to the cost model must be added here, or the build fails
// (a silently dropped field would make worker outcomes differ from main-thread ones).
type Missing<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : never;
const everyMetric: Missing<keyof Metrics, (typeof METRIC_FIELDS)[number]> = true;
const everyEnergy: Missing<keyof EnergyBreakdown, (typeof ENERGY_FIELDS)[number]> = true;
const everyReason: Missing<InvalidReasonCode, (typeof REASON_CODES)[number]> = true;
void [everyMetric, everyEnergy, everyReason];

/** Each reason code's digit in the packed reasons (0 ends the list). */
const REASON_DIGIT = Object.fromEntries(REASON_CODES.map((code, i) => [code, i + 1])) as Record<InvalidReasonCode, number>;

/** Doubles per outcome record. */
export const OUTCOME_STRIDE = 3 + METRIC_FIELDS.length + ENERGY_FIELDS.length;
/** Reason codes a record can hold: 13 base-16 digits stay below 2^53, so the packing is exact. */
const MAX_REASONS = 13;
const HAS_METRICS = 1;
const HAS_ENERGY = 2;

/** An empty outcome batch for `count` mappings, to be filled by `writeOutcome`; `shared`: on a SharedArrayBuffer. */
export function createOutcomeBatch(count: number, shared: true): Float64Array<SharedArrayBuffer>;
export function createOutcomeBatch(count: number, shared?: false): Float64Array<ArrayBuffer>;
export function createOutcomeBatch(count: number, shared = false): Float64Array<ArrayBufferLike> {
  const bytes = count * OUTCOME_STRIDE * Float64Array.BYTES_PER_ELEMENT;
  return new Float64Array(shared ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes));
}

/** Writes outcome `index` of the batch from a cost-model evaluation (what `toOutcome` keeps of it). */
export function writeOutcome(batch: Float64Array<ArrayBufferLike>, index: number, evaluation: Evaluation): void {
  let at = index * OUTCOME_STRIDE;
  const reasons = evaluation.reasons;
  if (reasons.length > MAX_REASONS) throw new Error(`an evaluation has ${reasons.length} reasons, an outcome batch holds at most ${MAX_REASONS}`);
  let packed = 0;
  for (let i = reasons.length - 1; i >= 0; i--) packed = packed * 16 + REASON_DIGIT[reasons[i].code];
  const metrics = evaluation.metrics;
  const energy = evaluation.energy;
  batch[at++] = evaluation.valid ? 1 : 0;
  batch[at++] = (metrics ? HAS_METRICS : 0) | (energy ? HAS_ENERGY : 0);
  batch[at++] = packed;
  // Field by field (not through the name lists): this runs once per evaluation, on the workers' hot path.
  if (metrics) {
    batch[at] = metrics.runtime;
    batch[at + 1] = metrics.macs;
    batch[at + 2] = metrics.energy;
    batch[at + 3] = metrics.edp;
    batch[at + 4] = metrics.power;
    batch[at + 5] = metrics.area;
    batch[at + 6] = metrics.throughput;
    batch[at + 7] = metrics.l2Traffic;
    batch[at + 8] = metrics.l1Size;
    batch[at + 9] = metrics.l2Size;
    batch[at + 10] = metrics.peUtilization;
  }
  at += METRIC_FIELDS.length;
  if (energy) {
    batch[at] = energy.macNj;
    batch[at + 1] = energy.l1InputNj;
    batch[at + 2] = energy.l1WeightNj;
    batch[at + 3] = energy.l1OutputNj;
    batch[at + 4] = energy.l2InputNj;
    batch[at + 5] = energy.l2WeightNj;
    batch[at + 6] = energy.l2OutputNj;
    batch[at + 7] = energy.dramNj;
    batch[at + 8] = energy.totalNj;
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
    for (let rest = packed; rest > 0; rest = Math.floor(rest / 16)) codes.push(REASON_CODES[(rest % 16) - 1]);
    list = Object.freeze(codes);
    reasonLists.set(packed, list);
  }
  return list;
}

/** Outcome `index` of the batch, equal (`toEqual`) to `toOutcome` of the evaluation it was written from. */
export function readOutcome(batch: Float64Array<ArrayBufferLike>, index: number): EvaluationOutcome {
  let at = index * OUTCOME_STRIDE;
  const valid = batch[at++] === 1;
  const parts = batch[at++];
  const reasons = reasonList(batch[at++]);
  let metrics: Metrics | null = null;
  if (parts & HAS_METRICS) {
    metrics = {
      runtime: batch[at],
      macs: batch[at + 1],
      energy: batch[at + 2],
      edp: batch[at + 3],
      power: batch[at + 4],
      area: batch[at + 5],
      throughput: batch[at + 6],
      l2Traffic: batch[at + 7],
      l1Size: batch[at + 8],
      l2Size: batch[at + 9],
      peUtilization: batch[at + 10],
    } satisfies Record<(typeof METRIC_FIELDS)[number], number>;
  }
  at += METRIC_FIELDS.length;
  let energy: EnergyBreakdown | null = null;
  if (parts & HAS_ENERGY) {
    energy = {
      macNj: batch[at],
      l1InputNj: batch[at + 1],
      l1WeightNj: batch[at + 2],
      l1OutputNj: batch[at + 3],
      l2InputNj: batch[at + 4],
      l2WeightNj: batch[at + 5],
      l2OutputNj: batch[at + 6],
      dramNj: batch[at + 7],
      totalNj: batch[at + 8],
    } satisfies Record<(typeof ENERGY_FIELDS)[number], number>;
  }
  return { valid, reasons, metrics, energy };
}
