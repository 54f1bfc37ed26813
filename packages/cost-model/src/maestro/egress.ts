import { POS_EDGE, POS_INIT, POS_STEADY, type ClusterLevel } from './cluster-level.js';
import {
  EGRESS_FIRST,
  EGRESS_FIRST_EDGE_EDGE,
  EGRESS_OTHER,
  EGRESS_OTHER_EDGE_EDGE,
  NUM_EGRESS_VARIANTS,
  PSUMS_EDGE_EDGE_NO_REUSE,
  PSUMS_FIRST,
  PSUMS_FIRST_EDGE_EDGE,
} from './egress-variants.js';
import { TENSOR_OUTPUT } from './tensor-layout.js';

/**
 * The output side of MAESTRO's reuse analysis (PEEgressVolume and its spatial sums). A sub-cluster's egress
 * volume, and its partial-sum count, are products of one factor per directive that depends only on that
 * directive's state and on which sub-cluster is asked about. So the factors are tabulated once per state
 * (`fillEgressFactors`), and each case multiplies one factor per directive for every variant at once
 * (`selectCase`).
 */


// The variants' (psums, first, edgeEdge, reuseAtEdge) arguments, by variant index.
const VARIANT_PSUMS = [false, false, false, false, true, true, true];
const VARIANT_FIRST = [true, false, true, false, true, true, false];
const VARIANT_EDGE_EDGE = [false, false, true, true, false, true, true];
const VARIANT_REUSE = [true, true, true, true, true, true, false];

/** Factor of a spatial directive not on the output, in the partial-sum count (a reduction spread over PEs). */
function reductionFactor(lv: ClusterLevel, i: number, pos: number, isEdge: boolean, first: boolean, ee: boolean): number {
  const v = lv.variable[i];
  const e = lv.edgeClusters;
  const u = lv.unique[v];
  if (pos === POS_INIT) {
    if (isEdge && ee) return lv.mappedEdge[v];
    if (first) return lv.mapped[v];
    return u !== 0 ? u : 1;
  }
  if (pos === POS_STEADY) return first ? lv.mapped[v] : u !== 0 ? u : 1;
  if (e === 1) return first || ee ? lv.mappedEdge[v] : 1;
  if (e > 1) {
    if (ee) return lv.uniqueEdge[v];
    if (first) return lv.mapped[v];
    return u !== 0 ? u : 1;
  }
  return 1;
}

/** Factor of a directive on output variable number k (tensor order). */
function outputFactor(
  lv: ClusterLevel,
  i: number,
  k: number,
  pos: number,
  isEdge: boolean,
  first: boolean,
  ee: boolean,
  reuse: boolean,
): number {
  const a = lv.outputTableVar[k];
  if (lv.spatial[i] === 0) {
    if (pos === POS_INIT) return isEdge ? lv.mappedEdge[a] : lv.mapped[a];
    return pos === POS_STEADY ? lv.mapped[a] : lv.mappedEdge[a];
  }
  const e = lv.edgeClusters;
  const u = lv.unique[a];
  if (pos === POS_INIT) {
    if (isEdge && ee) {
      if (e === 1) return lv.mappedEdge[a];
      if (e > 1) return reuse ? lv.uniqueEdge[a] : lv.mappedEdge[a];
      return 1;
    }
    return first ? lv.mapped[a] : u !== 0 ? u : 1;
  }
  if (pos === POS_STEADY) return first ? lv.mapped[a] : u !== 0 ? u : 1;
  if (e === 1) {
    // MAESTRO looks this one up under the input-centric name (Y, not Y'): a C++ quirk kept on purpose.
    return first || ee ? lv.mappedEdge[lv.tensorVars[TENSOR_OUTPUT][k]] : 1;
  }
  if (e > 1) {
    if (ee) return lv.uniqueEdge[a];
    if (first) return lv.mapped[a];
    return u !== 0 ? u : 1;
  }
  return 1;
}

/** Tabulates the factor of each of directive i's current states for every variant, into `lv.egressFactor`. */
export function fillEgressFactors(lv: ClusterLevel, i: number): void {
  const coupledOut = lv.coupled[TENSOR_OUTPUT];
  const outDirectives = lv.tensorDirective[TENSOR_OUTPUT];
  const numOut = lv.tensorVarCount[TENSOR_OUTPUT];
  const factors = lv.egressFactor;
  const { mapped, mappedEdge } = lv;
  {
    const coupled = coupledOut[i] === 1;
    const spatial = lv.spatial[i] === 1;
    let outVar = -1;
    if (coupled) for (let k = 0; k < numOut; k++) if (outDirectives[k] === i) outVar = k;
    const a = outVar >= 0 ? lv.outputTableVar[outVar] : lv.variable[i];
    for (let st = 0; st < lv.stateCount[i]; st++) {
      const slot = lv.stateBase[i] + st;
      const pos = lv.statePos[slot];
      const isEdge = pos === POS_EDGE || lv.stateInitEdge[slot] === 1;
      const base = slot * NUM_EGRESS_VARIANTS;
      if (coupled && outVar < 0) {
        // A second directive on an output variable: MAESTRO looks directives up by variable and never sees it.
        factors.fill(1, base, base + NUM_EGRESS_VARIANTS);
      } else if (!spatial) {
        // Temporal maps: the same factor for every sub-cluster; reduction loops count in partial sums only.
        const f = coupled
          ? pos === POS_INIT
            ? isEdge
              ? mappedEdge[a]
              : mapped[a]
            : pos === POS_STEADY
              ? mapped[a]
              : mappedEdge[a]
          : isEdge
            ? mappedEdge[a]
            : mapped[a];
        const g = coupled ? f : 1;
        factors[base + EGRESS_FIRST] = g;
        factors[base + EGRESS_OTHER] = g;
        factors[base + EGRESS_FIRST_EDGE_EDGE] = g;
        factors[base + EGRESS_OTHER_EDGE_EDGE] = g;
        factors[base + PSUMS_FIRST] = f;
        factors[base + PSUMS_FIRST_EDGE_EDGE] = f;
        factors[base + PSUMS_EDGE_EDGE_NO_REUSE] = f;
      } else {
        for (let w = 0; w < NUM_EGRESS_VARIANTS; w++) {
          let f = 1;
          if (coupled) {
            f = outputFactor(lv, i, outVar, pos, isEdge, VARIANT_FIRST[w], VARIANT_EDGE_EDGE[w], VARIANT_REUSE[w]);
          } else if (VARIANT_PSUMS[w]) {
            f = reductionFactor(lv, i, pos, isEdge, VARIANT_FIRST[w], VARIANT_EDGE_EDGE[w]);
          }
          factors[base + w] = f;
        }
      }
    }
  }
}

/** Output elements the level's sub-clusters send up in the current case (SpatialEgressTraffic). */
export function spatialEgress(lv: ClusterLevel): number {
  const p = lv.caseEgress;
  if (lv.outputSpatialCount === 0) return p[EGRESS_FIRST];
  if (!lv.caseOutputSpatialEdge) return p[EGRESS_FIRST] + (lv.numSubClusters - 1) * p[EGRESS_OTHER];
  const e = lv.edgeClusters;
  const edgeEdge = lv.caseOutputEdgeEdge;
  let traffic = e === 1 && edgeEdge ? p[EGRESS_FIRST_EDGE_EDGE] : p[EGRESS_FIRST];
  if (e > 1) {
    const numEdgeEdge = edgeEdge ? 1 : 0;
    traffic += Math.max(e - numEdgeEdge - 1, 0) * p[EGRESS_OTHER] + numEdgeEdge * p[EGRESS_OTHER_EDGE_EDGE];
  }
  return traffic;
}

/** Partial sums of the critical (first, or lone edge) sub-cluster per step: the innermost compute delay. */
export function criticalPathPsums(lv: ClusterLevel): number {
  const p = lv.caseEgress;
  if (lv.outputSpatialCount === 0 || !lv.caseOutputSpatialEdge) return p[PSUMS_FIRST];
  return lv.edgeClusters === 1 && lv.caseOutputEdgeEdge ? p[PSUMS_FIRST_EDGE_EDGE] : p[PSUMS_FIRST];
}

/**
 * MACs all sub-clusters of the level perform in one step (OutputTensorSpatialMappingSize for partial sums).
 * Here the spatial state is taken over every SpatialMap of the level, the last one deciding the edge-edge flag.
 */
export function psumMappingSize(lv: ClusterLevel): number {
  const p = lv.caseEgress;
  if (!lv.caseAnySpatialEdge) return lv.numSubClusters * p[PSUMS_FIRST];
  const e = lv.edgeClusters;
  const edgeEdge = lv.lastSpatial >= 0 && lv.spEdgeEdge[lv.lastSpatial] === 1;
  let macs = e === 1 && edgeEdge ? p[PSUMS_FIRST_EDGE_EDGE] : p[PSUMS_FIRST];
  if (e > 1) {
    const numEdgeEdge = edgeEdge ? 1 : 0;
    macs += Math.max(e - numEdgeEdge - 1, 0) * p[PSUMS_FIRST] + numEdgeEdge * p[PSUMS_EDGE_EDGE_NO_REUSE];
  }
  return macs;
}
