import { cDiv } from './c-int.js';
import type { ClusterLevel } from './cluster-level.js';
import { findCase, storeCase } from './case-memo.js';
import { loadIterationStates, multiplyEgressFactors, selectCase } from './iteration-cases.js';
import { criticalPathPsums, psumMappingSize, spatialEgress } from './egress.js';
import { spatialIngress } from './ingress.js';
import { writeSubClusterDims } from './sub-cluster-dims.js';
import { NUM_DIMS, VAR_X, VAR_Y, slidingVarOf } from './loop-variables.js';
import { TENSOR_INPUT, TENSOR_OUTPUT, TENSOR_WEIGHT } from './tensor-layout.js';

/** What the top cluster accumulates: everything MAESTRO reports for the layer. */
export interface TopTotals {
  runtime: number;
  macs: number;
  /** L2 ("upstream") buffer size per tensor, input/weight/output. */
  readonly l2Size: Float64Array;
  readonly l2Read: Float64Array;
  readonly l2Write: Float64Array;
  readonly l1Read: Float64Array;
  readonly l1Write: Float64Array;
  peakNocBandwidth: number;
  offchipBandwidthReq: number;
}

export interface EngineContext {
  levels: readonly ClusterLevel[];
  /** NoC head latency, hops × hop latency, cycles. */
  nocLatency: number;
  nocBandwidth: number;
  offchipBandwidth: number;
  /** L1 ("downstream") sizes of the first analysis to finish — the one MAESTRO reports L1 from. */
  readonly firstResultL1: Float64Array;
  firstResultDone: boolean;
  /** Analyses of non-top levels performed (MAESTRO's CSV energy changes when there are none). */
  subAnalyses: number;
  /** MAESTRO would divide by zero computing the off-chip bandwidth (a top step with zero compute). */
  offchipDivideByZero: boolean;
  readonly top: TopTotals;
}

export function createTopTotals(): TopTotals {
  return {
    runtime: 0,
    macs: 0,
    l2Size: new Float64Array(3),
    l2Read: new Float64Array(3),
    l2Write: new Float64Array(3),
    l1Read: new Float64Array(3),
    l1Write: new Float64Array(3),
    peakNocBandwidth: 0,
    offchipBandwidthReq: 0,
  };
}

/** NoC time for `elements`: head latency plus one cycle per further bandwidth-sized flit (C integer maths). */
function nocDelay(ctx: EngineContext, elements: number): number {
  const bw = ctx.nocBandwidth;
  const q = Math.trunc(elements / bw);
  const sends = q * bw !== elements ? q + 1 : q;
  return ctx.nocLatency + (sends - 1);
}

/** Index of the memo entry of `lv` for dynamic dims `d`, -1 if none. */
function memoLookup(lv: ClusterLevel, d: Int32Array): number {
  const m = lv.memoDims;
  for (let e = 0, base = 0; e < lv.memoCount; e++, base += NUM_DIMS) {
    if (
      m[base] === d[0] &&
      m[base + 1] === d[1] &&
      m[base + 2] === d[2] &&
      m[base + 3] === d[3] &&
      m[base + 4] === d[4] &&
      m[base + 5] === d[5]
    ) {
      return e;
    }
  }
  return -1;
}

function memoStore(lv: ClusterLevel, d: Int32Array, runtime: number): void {
  if (lv.memoCount === lv.memoRuntime.length) {
    const dims = new Int32Array(lv.memoDims.length * 2);
    dims.set(lv.memoDims);
    lv.memoDims = dims;
    const runtimes = new Float64Array(lv.memoRuntime.length * 2);
    runtimes.set(lv.memoRuntime);
    lv.memoRuntime = runtimes;
  }
  lv.memoDims.set(d, lv.memoCount * NUM_DIMS);
  lv.memoRuntime[lv.memoCount++] = runtime;
}

function subClusterRuntime(ctx: EngineContext, k: number, edgeEdgeVariant: boolean): number {
  const dims = writeSubClusterDims(ctx.levels[k], edgeEdgeVariant);
  ctx.subAnalyses++;
  const sub = ctx.levels[k + 1];
  const hit = memoLookup(sub, dims);
  if (hit >= 0) return sub.memoRuntime[hit];
  const runtime = analyzeSubCluster(ctx, k + 1, dims);
  memoStore(sub, dims, runtime);
  return runtime;
}

/** Compute delay of a case above the innermost level: the slowest sub-cluster analysis it needs (0 if none). */
function subClusterCompute(ctx: EngineContext, k: number, lv: ClusterLevel): number {
  let compute = 0;
  const sp = lv.firstSpatial;
  if (sp >= 0 && lv.isEdge[sp] === 1 && lv.spEdgeEdge[sp] === 1) {
    // A spatial edge whose last active sub-cluster is partial: it and the full ones are analysed apart.
    compute = Math.max(compute, subClusterRuntime(ctx, k, true));
    if (lv.edgeClusters - 1 > 0) compute = Math.max(compute, subClusterRuntime(ctx, k, false));
  } else {
    compute = Math.max(compute, subClusterRuntime(ctx, k, false));
  }
  return compute;
}

/** MAESTRO reports the L1 sizes of the first analysis to finish; input sizes grew once per buffer update. */
function recordFirstResult(ctx: EngineContext, lv: ClusterLevel, bufferUpdates: number): void {
  if (ctx.firstResultDone) return;
  ctx.firstResultDone = true;
  ctx.firstResultL1[TENSOR_INPUT] = 2 * lv.mappedVolume[TENSOR_INPUT] * bufferUpdates;
  ctx.firstResultL1[TENSOR_WEIGHT] = 2 * lv.mappedVolume[TENSOR_WEIGHT] * bufferUpdates;
  ctx.firstResultL1[TENSOR_OUTPUT] = bufferUpdates > 0 ? 2 * lv.mappedVolume[TENSOR_OUTPUT] : 0;
}

/**
 * MAESTRO's cost analysis of a sub-cluster level k (k ≥ 1) with dynamic dims `dims` (AnalyzeClusterLevel_V2,
 * HEAD behaviour), reduced to what its caller uses: the runtime. Per iteration case: NoC traffic in and out,
 * compute delay (the MACs of the critical sub-cluster at the bottom, the sub-cluster's whole runtime above), and
 * double-buffered overlap except in the all-Init case, which must fill before it computes. Cases whose critical
 * sub-cluster has no partial sums are skipped, as HEAD does.
 */
export function analyzeSubCluster(ctx: EngineContext, k: number, dims: Int32Array): number {
  const lv = ctx.levels[k];
  const cases = loadIterationStates(lv, dims);
  const latency = ctx.nocLatency;
  const bw = ctx.nocBandwidth;
  let runtime = 0;
  let bufferUpdates = 0;
  let counted = 0;
  const keyable = lv.keyable;
  for (let c = 0; c < cases; c++) {
    const occurrences = selectCase(lv, c);
    if (counted === 0) bufferUpdates++;
    const key = lv.caseKey;
    if (keyable) {
      const known = findCase(lv, key);
      if (known >= 0) {
        if (lv.caseMemoSkipped[known] === 1) continue;
        runtime += occurrences * lv.caseMemoDelay[known];
        counted++;
        continue;
      }
    }
    multiplyEgressFactors(lv);
    const psums = criticalPathPsums(lv);
    if (psums <= 0) {
      if (keyable) storeCase(lv, key, true, 0);
      continue;
    }
    const egress = spatialEgress(lv);
    const ingress = spatialIngress(lv, TENSOR_INPUT) + spatialIngress(lv, TENSOR_WEIGHT);
    const compute = lv.isInnermost ? psums : subClusterCompute(ctx, k, lv);
    const ingressQuotient = Math.trunc(ingress / bw);
    const ingressDelay = latency + (ingressQuotient * bw !== ingress ? ingressQuotient : ingressQuotient - 1);
    let delay: number;
    if (lv.changing === -1) {
      delay = compute + ingressDelay;
    } else {
      const egressQuotient = Math.trunc(egress / bw);
      const egressDelay = latency + (egressQuotient * bw !== egress ? egressQuotient : egressQuotient - 1);
      delay = Math.max(egressDelay, compute, ingressDelay);
    }
    // The recursion above only touches deeper levels' memos, so the slot findCase chose is still free.
    if (keyable) storeCase(lv, key, false, delay);
    runtime += occurrences * delay;
    counted++;
  }
  recordFirstResult(ctx, lv, bufferUpdates);
  return runtime;
}

/**
 * The same analysis for the top level, with everything MAESTRO reports: access counts, L2 buffer sizes (from the
 * first counted case, re-run for every skipped case before it), MACs, peak NoC bandwidth, and the off-chip delay
 * and bandwidth requirement. Output traffic of skipped cases is still counted, as HEAD does.
 */
export function analyzeTop(ctx: EngineContext, dims: Int32Array): void {
  const lv = ctx.levels[0];
  const cases = loadIterationStates(lv, dims);
  const top = ctx.top;

  let runtime = 0;
  let bufferUpdates = 0;
  let counted = 0;
  let offchipReq = 0;
  let peak = 0;

  // Tensor extents held by the top cluster.
  let inputExtent = 0;
  let weightExtent = 0;
  let outputExtent = 0;
  for (let t = TENSOR_INPUT; t <= TENSOR_OUTPUT; t++) {
    const vars = lv.tensorVars[t];
    let extent = 1;
    for (let j = 0; j < lv.tensorVarCount[t]; j++) {
      const v = vars[j];
      // The output's Y/X are input rows minus the window plus one — without the stride (MAESTRO quirk).
      if (t === TENSOR_OUTPUT && (v === VAR_Y || v === VAR_X)) extent *= dims[v] - dims[slidingVarOf(v)] + 1;
      else extent *= dims[v];
    }
    if (t === TENSOR_INPUT) inputExtent = extent;
    else if (t === TENSOR_WEIGHT) weightExtent = extent;
    else outputExtent = extent;
  }

  for (let c = 0; c < cases; c++) {
    const occurrences = selectCase(lv, c);
    multiplyEgressFactors(lv);
    const egress = spatialEgress(lv);
    // Until the first counted case, the ingress sizes the L2 buffers too; computed once per case either way.
    const first = counted === 0;
    let inputIngress = 0;
    let weightIngress = 0;
    if (first) {
      inputIngress = spatialIngress(lv, TENSOR_INPUT);
      weightIngress = spatialIngress(lv, TENSOR_WEIGHT);
      bufferUpdates++;
      top.l2Size[TENSOR_INPUT] += 2 * inputIngress;
      top.l2Size[TENSOR_WEIGHT] += 2 * weightIngress;
      top.l2Write[TENSOR_INPUT] = inputExtent;
      top.l2Write[TENSOR_WEIGHT] = weightExtent;
      top.l2Size[TENSOR_OUTPUT] = 2 * egress;
      top.l2Read[TENSOR_OUTPUT] = outputExtent;
    }
    const macs = psumMappingSize(lv);
    top.l2Write[TENSOR_OUTPUT] += occurrences * egress;
    top.l1Write[TENSOR_OUTPUT] += occurrences * macs;
    top.l1Read[TENSOR_OUTPUT] += occurrences * macs;
    const psums = criticalPathPsums(lv);
    if (psums <= 0) continue;

    if (!first) {
      inputIngress = spatialIngress(lv, TENSOR_INPUT);
      weightIngress = spatialIngress(lv, TENSOR_WEIGHT);
    }
    top.l2Read[TENSOR_INPUT] += occurrences * inputIngress;
    top.l1Write[TENSOR_INPUT] = top.l2Read[TENSOR_INPUT];
    top.l1Read[TENSOR_INPUT] += occurrences * macs;
    top.l2Read[TENSOR_WEIGHT] += occurrences * weightIngress;
    top.l1Write[TENSOR_WEIGHT] = top.l2Read[TENSOR_WEIGHT];
    top.l1Read[TENSOR_WEIGHT] += occurrences * macs;
    const ingress = inputIngress + weightIngress;

    let compute = lv.isInnermost ? psums : subClusterCompute(ctx, 0, lv);
    const ingressDelay = nocDelay(ctx, ingress);
    const egressDelay = nocDelay(ctx, egress);
    let delay = lv.changing === -1 ? compute + ingressDelay : Math.max(egressDelay, compute, ingressDelay);

    // Off-chip: half the double-buffered L2 tiles over the off-chip bandwidth, overlapped with the step.
    const inL2 = top.l2Size[TENSOR_INPUT] + top.l2Size[TENSOR_WEIGHT];
    const outL2 = top.l2Size[TENSOR_OUTPUT];
    const outBufferDelay = cDiv(outL2, ctx.offchipBandwidth);
    const inBufferDelay = cDiv(inL2, ctx.offchipBandwidth);
    delay = Math.max(cDiv(inBufferDelay, 2), delay, cDiv(outBufferDelay, 2));
    if (compute === 0) {
      ctx.offchipDivideByZero = true;
      offchipReq = Number.NaN;
    } else {
      offchipReq = Math.max(offchipReq, cDiv(outL2, compute));
      offchipReq = Math.max(offchipReq, cDiv(inL2, compute));
      offchipReq = cDiv(offchipReq, 2);
    }
    top.macs += occurrences * macs;
    runtime += occurrences * delay;
    if (compute === 0) compute = 1;
    peak = Math.max(peak, Math.trunc(Math.max(ingress, egress) / compute));
    counted++;
  }

  recordFirstResult(ctx, lv, bufferUpdates);
  top.runtime = runtime;
  top.peakNocBandwidth = peak;
  top.offchipBandwidthReq = offchipReq;
}
