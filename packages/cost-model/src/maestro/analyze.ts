import type { Mapping, Problem } from '@gamma-ts/search-space';
import type { MaestroAnalysis } from '../evaluation.js';
import { MAESTRO_L1_ENERGY_MULTIPLIER, MAESTRO_L2_ENERGY_MULTIPLIER, MAESTRO_MAC_ENERGY_NJ } from '../energy-model.js';
import type { Hardware } from '../hardware.js';
import { analyzeTop, createTopTotals, type EngineContext } from './cluster-engine.js';
import { prepareClusterLevel, type ClusterLevel } from './cluster-level.js';
import { completeDirectives, writeFullDims } from './directive-completion.js';
import { NUM_DIMS } from './loop-variables.js';
import { reuseFaults } from './ingress.js';
import { TENSOR_INPUT, TENSOR_OUTPUT, TENSOR_WEIGHT, tensorLayoutOf } from './tensor-layout.js';

/** The hardware parameters MAESTRO's analysis reads. */
export type MaestroHardware = Pick<Hardware, 'numPEs' | 'nocBandwidth' | 'nocHops' | 'nocHopLatency' | 'offchipBandwidth'>;

/** Where MAESTRO itself would have stopped instead of printing numbers. */
export type MaestroCrash =
  /** A cluster size or sub-cluster count of 0: MAESTRO divides by zero (SIGFPE) building or iterating clusters. */
  | 'no-sub-clusters'
  /** A top step whose compute delay is 0: MAESTRO's off-chip bandwidth division traps (SIGFPE). */
  | 'offchip-divide-by-zero'
  /** A changing temporal tile with no new elements: MAESTRO calls TerminateProgram. */
  | 'zero-unique-slide';

export interface MaestroDiagnosis {
  readonly analysis: MaestroAnalysis;
  /** Null when MAESTRO would have produced these numbers; otherwise why it would have crashed instead. */
  readonly crash: MaestroCrash | null;
}

// One engine context, reset per analysis: the analysis is synchronous, so sharing it is safe and saves allocation.
const context: EngineContext = {
  levels: [],
  nocLatency: 0,
  nocBandwidth: 1,
  offchipBandwidth: 1,
  firstResultL1: new Float64Array(3),
  firstResultDone: false,
  subAnalyses: 0,
  offchipDivideByZero: false,
  top: createTopTotals(),
};
const fullDims = new Int32Array(NUM_DIMS);

function resetContext(levels: readonly ClusterLevel[], hw: MaestroHardware): EngineContext {
  const ctx = context;
  ctx.levels = levels;
  ctx.nocLatency = hw.nocHops * hw.nocHopLatency;
  ctx.nocBandwidth = hw.nocBandwidth;
  ctx.offchipBandwidth = hw.offchipBandwidth;
  const top = ctx.top;
  // Plain loops, not TypedArray.fill: builtin calls cost more than these few stores.
  for (let t = 0; t < 3; t++) {
    ctx.firstResultL1[t] = 0;
    top.l2Size[t] = 0;
    top.l2Read[t] = 0;
    top.l2Write[t] = 0;
    top.l1Read[t] = 0;
    top.l1Write[t] = 0;
  }
  ctx.firstResultDone = false;
  ctx.subAnalyses = 0;
  ctx.offchipDivideByZero = false;
  top.runtime = 0;
  top.macs = 0;
  top.peakNocBandwidth = 0;
  top.offchipBandwidthReq = 0;
  return ctx;
}

function undefinedAnalysis(): MaestroAnalysis {
  const nan = Number.NaN;
  const size = { l1Size: nan, l2Size: nan };
  return {
    runtime: nan,
    macs: nan,
    l1Size: nan,
    l2Size: nan,
    counts: {
      l1InputRead: nan,
      l1InputWrite: nan,
      l1WeightRead: nan,
      l1WeightWrite: nan,
      l1OutputRead: nan,
      l1OutputWrite: nan,
      l2InputRead: nan,
      l2InputWrite: nan,
      l2WeightRead: nan,
      l2WeightWrite: nan,
      l2OutputRead: nan,
      l2OutputWrite: nan,
    },
    perTensor: { input: size, weight: size, output: size },
    peakNocBandwidth: nan,
    offchipBandwidthReq: nan,
    maestroEnergyNj: nan,
  };
}

/**
 * MAESTRO's analysis (repo HEAD 4eb08d1) of one repetition of `problem` under `mapping` on `hw`, with a note of
 * where MAESTRO would have crashed instead (then the numbers are what the arithmetic gives without the crash, or
 * NaN where it is undefined). Never throws for a structurally well-formed mapping.
 */
export function diagnoseMaestro(problem: Problem, mapping: Mapping, hw: MaestroHardware): MaestroDiagnosis {
  // MAESTRO divides by both bandwidths; below 1 element/cycle the numbers are undefined (hardware validation keeps
  // such hardware out; here it yields NaN, which no sanity check accepts).
  if (!(hw.nocBandwidth >= 1 && hw.offchipBandwidth >= 1)) return { analysis: undefinedAnalysis(), crash: null };
  const layout = tensorLayoutOf(problem.op);
  const levels = mapping.levels.length === 0 ? null : completeDirectives(problem, mapping, hw.numPEs, layout);
  if (levels === null) return { analysis: undefinedAnalysis(), crash: 'no-sub-clusters' };
  for (let i = 0; i < levels.length; i++) prepareClusterLevel(levels[i], i, levels.length, layout);
  const ctx = resetContext(levels, hw);
  reuseFaults.zeroUniqueSlide = false;
  writeFullDims(problem, fullDims);
  analyzeTop(ctx, fullDims);

  const top = ctx.top;
  const l1 = ctx.firstResultL1;
  const l2Energy =
    top.l2Read[TENSOR_INPUT] +
    top.l2Write[TENSOR_INPUT] +
    top.l2Read[TENSOR_WEIGHT] +
    top.l2Write[TENSOR_WEIGHT] +
    top.l2Write[TENSOR_OUTPUT];
  // MAESTRO's CSV adds the L1 term from a stale variable: it holds this layer's counts only when no sub-cluster
  // was analysed (one level, or every top case skipped), and 0 for a one-layer file otherwise.
  let l1Accesses = 0;
  if (ctx.subAnalyses === 0) {
    for (let t = 0; t < 3; t++) l1Accesses += top.l1Read[t] + top.l1Write[t];
  }
  const maestroEnergyNj =
    MAESTRO_MAC_ENERGY_NJ * (MAESTRO_L2_ENERGY_MULTIPLIER * l2Energy + MAESTRO_L1_ENERGY_MULTIPLIER * l1Accesses);

  const analysis: MaestroAnalysis = {
    runtime: top.runtime,
    macs: top.macs,
    l1Size: l1[TENSOR_INPUT] + l1[TENSOR_WEIGHT] + l1[TENSOR_OUTPUT],
    l2Size: top.l2Size[TENSOR_INPUT] + top.l2Size[TENSOR_WEIGHT] + top.l2Size[TENSOR_OUTPUT],
    counts: {
      l1InputRead: top.l1Read[TENSOR_INPUT],
      l1InputWrite: top.l1Write[TENSOR_INPUT],
      l1WeightRead: top.l1Read[TENSOR_WEIGHT],
      l1WeightWrite: top.l1Write[TENSOR_WEIGHT],
      l1OutputRead: top.l1Read[TENSOR_OUTPUT],
      l1OutputWrite: top.l1Write[TENSOR_OUTPUT],
      l2InputRead: top.l2Read[TENSOR_INPUT],
      l2InputWrite: top.l2Write[TENSOR_INPUT],
      l2WeightRead: top.l2Read[TENSOR_WEIGHT],
      l2WeightWrite: top.l2Write[TENSOR_WEIGHT],
      l2OutputRead: top.l2Read[TENSOR_OUTPUT],
      l2OutputWrite: top.l2Write[TENSOR_OUTPUT],
    },
    perTensor: {
      input: { l1Size: l1[TENSOR_INPUT], l2Size: top.l2Size[TENSOR_INPUT] },
      weight: { l1Size: l1[TENSOR_WEIGHT], l2Size: top.l2Size[TENSOR_WEIGHT] },
      output: { l1Size: l1[TENSOR_OUTPUT], l2Size: top.l2Size[TENSOR_OUTPUT] },
    },
    peakNocBandwidth: top.peakNocBandwidth,
    offchipBandwidthReq: top.offchipBandwidthReq,
    maestroEnergyNj,
  };
  const crash: MaestroCrash | null = ctx.offchipDivideByZero
    ? 'offchip-divide-by-zero'
    : reuseFaults.zeroUniqueSlide
      ? 'zero-unique-slide'
      : null;
  return { analysis, crash };
}

/** MAESTRO's numbers for one repetition of `problem` under `mapping` on `hw` (see `diagnoseMaestro`). */
export function analyzeMaestro(problem: Problem, mapping: Mapping, hw: MaestroHardware): MaestroAnalysis {
  return diagnoseMaestro(problem, mapping, hw).analysis;
}
