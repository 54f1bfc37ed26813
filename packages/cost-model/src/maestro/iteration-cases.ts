import { MAX_STATES, POS_EDGE, POS_INIT, POS_STEADY, STATE_CACHE_ENTRIES, type ClusterLevel } from './cluster-level.js';
import { NUM_EGRESS_VARIANTS } from './egress-variants.js';
import { fillEgressFactors } from './egress.js';
import { NUM_DIMS } from './loop-variables.js';
import { TENSOR_INPUT, TENSOR_WEIGHT } from './tensor-layout.js';

/** Appends a state to directive i's list for the current dims. */
function pushState(
  lv: ClusterLevel,
  i: number,
  pos: number,
  occurrences: number,
  unrolled: boolean,
  initEdge: boolean,
  spEdgeEdge: boolean,
): void {
  const slot = lv.stateBase[i] + lv.stateCount[i]++;
  lv.statePos[slot] = pos;
  lv.stateOcc[slot] = occurrences;
  lv.stateUnrolled[slot] = unrolled ? 1 : 0;
  lv.stateInitEdge[slot] = initEdge ? 1 : 0;
  lv.stateSpEdgeEdge[slot] = spEdgeEdge ? 1 : 0;
  lv.stateKind[slot] = pos | (unrolled ? 4 : 0) | (initEdge ? 8 : 0) | (spEdgeEdge ? 16 : 0);
}

/**
 * The iteration states of every directive for the level's *dynamic* dims (MAESTRO's IterationAnalysis):
 * Init, Steady (×n) and Edge for temporal maps; the same per spatial step for spatial maps, where the edge step
 * may end with a partially filled sub-cluster ("sp-edge-edge"). Returns the number of cases (state combinations).
 */
export function loadIterationStates(lv: ClusterLevel, dims: Int32Array): number {
  // Offsets and sub-cluster counts are ≥ 1 here (checked before the analysis), so divisions are plain truncations.
  const n = lv.numDirectives;
  const subClusters = lv.numSubClusters;
  let cases = 1;
  for (let i = 0; i < n; i++) {
    const dim = dims[lv.variable[i]];
    const entries = i * STATE_CACHE_ENTRIES;
    let entry = -1;
    for (let e = 0; e < lv.cacheUsed[i]; e++) {
      if (lv.cacheDim[entries + e] === dim) {
        entry = e;
        break;
      }
    }
    if (entry >= 0) {
      lv.stateBase[i] = (entries + entry) * MAX_STATES;
      lv.stateCount[i] = lv.cacheStateCount[entries + entry];
      cases *= lv.stateCount[i];
      continue;
    }
    if (lv.cacheUsed[i] < STATE_CACHE_ENTRIES) {
      entry = lv.cacheUsed[i]++;
    } else {
      entry = lv.cacheVictim[i];
      lv.cacheVictim[i] = (entry + 1) % STATE_CACHE_ENTRIES;
    }
    lv.cacheDim[entries + entry] = dim;
    lv.stateBase[i] = (entries + entry) * MAX_STATES;
    lv.stateCount[i] = 0;
    const s = lv.size[i];
    const o = lv.offset[i];
    if (lv.spatial[i] === 0) {
      const initEdge = dim < s;
      pushState(lv, i, POS_INIT, 1, dim <= s, initEdge, false);
      const steady = Math.trunc((dim - s) / o);
      if (s < dim && steady > 0) pushState(lv, i, POS_STEADY, steady, false, false, false);
      if (!initEdge && steady * o + s < dim) pushState(lv, i, POS_EDGE, 1, false, false, false);
    } else {
      const coverage = s + o * (subClusters - 1);
      const initUnrolled = dim <= coverage;
      const initEdge = dim < coverage;
      pushState(lv, i, POS_INIT, 1, initUnrolled, initEdge, initEdge);
      const steady = Math.trunc((Math.trunc((dim - s) / o) + 1) / subClusters) - 1;
      const hasEdge =
        !initUnrolled && (steady + 1) * o * subClusters + coverage > dim && steady * o * subClusters + coverage !== dim;
      if (coverage < dim && steady > 0) pushState(lv, i, POS_STEADY, steady, false, false, false);
      const remaining = dim - (steady + 1) * o * subClusters;
      const active = remaining < s ? 1 : Math.trunc((remaining - s) / o) + 1;
      const edgeEdge = (active - 1) * o + s < remaining;
      if (!initEdge && hasEdge) pushState(lv, i, POS_EDGE, 1, false, false, edgeEdge);
    }
    lv.cacheStateCount[entries + entry] = lv.stateCount[i];
    fillEgressFactors(lv, i);
    cases *= lv.stateCount[i];
  }

  // Single-state directives are in Init in every case: settle their part of the case once.
  const factors = lv.egressFactor;
  let p0 = 1;
  let p1 = 1;
  let p2 = 1;
  let p3 = 1;
  let p4 = 1;
  let p5 = 1;
  let p6 = 1;
  let anyEdge = false;
  let outputEdge = false;
  let fixedKey = 0;
  lv.numVarying = 0;
  for (let i = 0; i < n; i++) {
    const slot = lv.stateBase[i];
    lv.caseSlot[i] = slot;
    const edge = lv.stateInitEdge[slot] === 1;
    lv.pos[i] = POS_INIT;
    lv.unrolled[i] = lv.stateUnrolled[slot];
    lv.isEdge[i] = edge ? 1 : 0;
    lv.spEdgeEdge[i] = lv.stateSpEdgeEdge[slot];
    lv.counter[i] = 0;
    if (lv.stateCount[i] > 1) {
      lv.varying[lv.numVarying++] = i;
      continue;
    }
    if (edge && lv.spatial[i] === 1) {
      anyEdge = true;
      if (lv.outputSpatial[i] === 1) outputEdge = true;
    }
    if (i < NUM_DIMS) fixedKey += lv.stateKind[slot] << (5 * i);
    const f = slot * NUM_EGRESS_VARIANTS;
    p0 *= factors[f];
    p1 *= factors[f + 1];
    p2 *= factors[f + 2];
    p3 *= factors[f + 3];
    p4 *= factors[f + 4];
    p5 *= factors[f + 5];
    p6 *= factors[f + 6];
  }
  lv.fixedKey = fixedKey;
  const fixed = lv.fixedEgress;
  fixed[0] = p0;
  fixed[1] = p1;
  fixed[2] = p2;
  fixed[3] = p3;
  fixed[4] = p4;
  fixed[5] = p5;
  fixed[6] = p6;
  lv.fixedAnySpatialEdge = anyEdge;
  lv.fixedOutputSpatialEdge = outputEdge;
  settleFixedIngress(lv);
  // MAESTRO's case counter: directive i advances whenever the case number is a multiple of the product of the
  // state counts of the directives after it. The order it produces decides which case comes first when cases
  // are skipped, so it is reproduced exactly (single-state directives never advance and count 1).
  let frequency = 1;
  for (let k = lv.numVarying - 1; k >= 0; k--) {
    const i = lv.varying[k];
    lv.changeFrequency[i] = frequency;
    frequency *= lv.stateCount[i];
  }
  return cases;
}

/** The input side's share of the single-state directives (see ClusterLevel.ingressVisits). */
function settleFixedIngress(lv: ClusterLevel): void {
  lv.numIngressVisits = 0;
  for (let t = TENSOR_INPUT; t <= TENSOR_WEIGHT; t++) {
    lv.fixedIngress[t] = 1;
    lv.lastFixedRestart[t] = -1;
  }
  for (let i = 0; i < lv.numDirectives; i++) {
    const fixed = lv.stateCount[i] === 1;
    if (!fixed || lv.spatial[i] === 1) lv.ingressVisits[lv.numIngressVisits++] = i;
    if (!fixed) continue;
    const v = lv.variable[i];
    for (let t = TENSOR_INPUT; t <= TENSOR_WEIGHT; t++) {
      if (lv.coupled[t][i] === 0) continue;
      if (lv.unrolled[i] === 0) lv.lastFixedRestart[t] = i;
      // A temporal map in Init maps its (edge) tile whatever the case.
      if (lv.spatial[i] === 0) lv.fixedIngress[t] *= lv.isEdge[i] === 1 ? lv.mappedEdge[v] : lv.mapped[v];
    }
  }
}

/**
 * Selects case `caseId` (cases must be selected in order 0, 1, 2, …) into the level's current-case arrays and its
 * kind key, and returns its number of occurrences (a C++ `int` product, so it wraps like MAESTRO's above 2^31).
 * The egress products are a separate step (`multiplyEgressFactors`), skipped when the case memo already knows
 * the case.
 */
export function selectCase(lv: ClusterLevel, caseId: number): number {
  let occurrences = 1;
  let changing = -1;
  let key = lv.fixedKey;
  let outputEdge = lv.fixedOutputSpatialEdge;
  let anyEdge = lv.fixedAnySpatialEdge;
  for (let k = 0; k < lv.numVarying; k++) {
    const i = lv.varying[k];
    const st = lv.counter[i];
    const slot = lv.stateBase[i] + st;
    const pos = lv.statePos[slot];
    const edge = pos === POS_EDGE || lv.stateInitEdge[slot] === 1;
    lv.caseSlot[i] = slot;
    lv.pos[i] = pos;
    lv.unrolled[i] = lv.stateUnrolled[slot];
    lv.isEdge[i] = edge ? 1 : 0;
    lv.spEdgeEdge[i] = lv.stateSpEdgeEdge[slot];
    occurrences = Math.imul(occurrences, lv.stateOcc[slot]);
    if (pos !== POS_INIT) changing = i;
    if (edge && lv.spatial[i] === 1) {
      anyEdge = true;
      if (lv.outputSpatial[i] === 1) outputEdge = true;
    }
    if (i < NUM_DIMS) key += lv.stateKind[slot] << (5 * i);
    if (caseId % lv.changeFrequency[i] === 0) lv.counter[i] = st + 1 === lv.stateCount[i] ? 0 : st + 1;
  }
  lv.changing = changing;
  lv.caseKey = key;
  lv.caseOutputSpatialEdge = outputEdge;
  lv.caseOutputEdgeEdge = lv.lastOutputSpatial >= 0 && lv.spEdgeEdge[lv.lastOutputSpatial] === 1;
  lv.caseAnySpatialEdge = anyEdge;
  return occurrences;
}

/** Multiplies out the current case's egress factors, per variant, into `lv.caseEgress`. */
export function multiplyEgressFactors(lv: ClusterLevel): void {
  const factors = lv.egressFactor;
  const fixed = lv.fixedEgress;
  let p0 = fixed[0];
  let p1 = fixed[1];
  let p2 = fixed[2];
  let p3 = fixed[3];
  let p4 = fixed[4];
  let p5 = fixed[5];
  let p6 = fixed[6];
  for (let k = 0; k < lv.numVarying; k++) {
    const f = lv.caseSlot[lv.varying[k]] * NUM_EGRESS_VARIANTS;
    p0 *= factors[f];
    p1 *= factors[f + 1];
    p2 *= factors[f + 2];
    p3 *= factors[f + 3];
    p4 *= factors[f + 4];
    p5 *= factors[f + 5];
    p6 *= factors[f + 6];
  }
  const e = lv.caseEgress;
  e[0] = p0;
  e[1] = p1;
  e[2] = p2;
  e[3] = p3;
  e[4] = p4;
  e[5] = p5;
  e[6] = p6;
}
