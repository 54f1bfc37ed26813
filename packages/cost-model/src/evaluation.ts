/** The 12 access counts MAESTRO reports, elements. "Weight" is MAESTRO's filter. */
export interface AccessCounts {
  readonly l1InputRead: number;
  readonly l1InputWrite: number;
  readonly l1WeightRead: number;
  readonly l1WeightWrite: number;
  readonly l1OutputRead: number;
  readonly l1OutputWrite: number;
  readonly l2InputRead: number;
  readonly l2InputWrite: number;
  readonly l2WeightRead: number;
  readonly l2WeightWrite: number;
  readonly l2OutputRead: number;
  readonly l2OutputWrite: number;
}

export interface BufferSizes {
  /** Per PE, elements. */
  readonly l1Size: number;
  /** Total at the top, elements. */
  readonly l2Size: number;
}

export interface TensorBufferSizes {
  readonly input: BufferSizes;
  readonly weight: BufferSizes;
  readonly output: BufferSizes;
}

/** MAESTRO's numbers for one repetition of the problem, exactly as MAESTRO computes them (quirks included). */
export interface MaestroAnalysis {
  readonly runtime: number;
  readonly macs: number;
  readonly l1Size: number;
  readonly l2Size: number;
  readonly counts: AccessCounts;
  readonly perTensor: TensorBufferSizes;
  /** elements/cycle, MAESTRO's integer division. */
  readonly peakNocBandwidth: number;
  readonly offchipBandwidthReq: number;
  /** MAESTRO's CSV "Activity count-based Energy (nJ)", quirks included. */
  readonly maestroEnergyNj: number;
}

/** Every reason the cost model can give for rejecting a mapping, in the order `sanityReasons` checks them. */
export const INVALID_REASON_CODES = [
  'structural',
  'macs-mismatch',
  'runtime-below-bound',
  'non-physical-number',
  'input-below-compulsory',
  'weight-below-compulsory',
  'output-below-compulsory',
  'l1-over-capacity',
  'l2-over-capacity',
] as const;

export type InvalidReasonCode = (typeof INVALID_REASON_CODES)[number];

export interface InvalidReason {
  readonly code: InvalidReasonCode;
  /** One human sentence with the numbers, e.g. "L2 needs 120000 elements, capacity 108000 (+11 %)". */
  readonly message: string;
}

/** Energy per level and tensor, nJ. */
export interface EnergyBreakdown {
  readonly macNj: number;
  readonly l1InputNj: number;
  readonly l1WeightNj: number;
  readonly l1OutputNj: number;
  readonly l2InputNj: number;
  readonly l2WeightNj: number;
  readonly l2OutputNj: number;
  /** Traffic that crosses the off-chip link. */
  readonly dramNj: number;
  readonly totalNj: number;
}

/** Metrics of a whole layer (all repetitions), the numbers a user sees and the search ranks. */
export interface Metrics {
  readonly runtime: number;
  readonly macs: number;
  readonly energy: number;
  readonly edp: number;
  readonly power: number;
  readonly area: number;
  readonly throughput: number;
  readonly l2Traffic: number;
  readonly l1Size: number;
  readonly l2Size: number;
  readonly peUtilization: number;
}

/** Every field of `Metrics`, in one fixed order (CLI bounds, result files, worker transport). */
export const METRIC_NAMES = ['runtime', 'macs', 'energy', 'edp', 'power', 'area', 'throughput', 'l2Traffic', 'l1Size', 'l2Size', 'peUtilization'] as const satisfies readonly (keyof Metrics)[];

// Fails to compile when a metric is added to `Metrics` but not to METRIC_NAMES.
const everyMetricNamed: [Exclude<keyof Metrics, (typeof METRIC_NAMES)[number]>] extends [never] ? true : never = true;
void everyMetricNamed;

/** The result of `evaluate`: MAESTRO's numbers and, beside them, whether they are physically defensible. */
export interface Evaluation {
  readonly valid: boolean;
  /** Every reason that applies; empty when valid. */
  readonly reasons: readonly InvalidReason[];
  /** Null when the mapping could not be analysed at all (structurally invalid). */
  readonly maestro: MaestroAnalysis | null;
  readonly metrics: Metrics | null;
  readonly energy: EnergyBreakdown | null;
  /** ⌈MACs / PEs⌉ over all repetitions, cycles. */
  readonly lowerBoundCycles: number;
  /** Π over levels of min(sub-clusters, tiles of the parallel dim within the parent tile). */
  readonly busyPEs: number;
  /** ⌈MACs / busy PEs⌉ over all repetitions, cycles. */
  readonly busyLowerBoundCycles: number;
}
