import { cDiv } from './c-int.js';
import { MAX_STATES, POS_EDGE, POS_INIT, POS_STEADY, type ClusterLevel } from './cluster-level.js';
import { TENSOR_INPUT, TENSOR_WEIGHT } from './tensor-layout.js';

function pushState(
  lv: ClusterLevel,
  i: number,
  pos: number,
  occurrences: number,
  unrolled: boolean,
  initEdge: boolean,
  spEdgeEdge: boolean,
): void {
  const slot = i * MAX_STATES + lv.stateCount[i]++;
  lv.statePos[slot] = pos;
  lv.stateOcc[slot] = occurrences;
  lv.stateUnrolled[slot] = unrolled ? 1 : 0;
  lv.stateInitEdge[slot] = initEdge ? 1 : 0;
  lv.stateSpEdgeEdge[slot] = spEdgeEdge ? 1 : 0;
}

/**
 * The iteration states of every directive for the level's *dynamic* dims (MAESTRO's IterationAnalysis):
 * Init, Steady (×n) and Edge for temporal maps; the same per spatial step for spatial maps, where the edge step
 * may end with a partially filled sub-cluster ("sp-edge-edge"). Returns the number of cases (state combinations).
 */
export function loadIterationStates(lv: ClusterLevel, dims: Int32Array): number {
  const n = lv.numDirectives;
  const subClusters = lv.numSubClusters;
  let cases = 1;
  for (let i = 0; i < n; i++) {
    lv.stateCount[i] = 0;
    const dim = dims[lv.variable[i]];
    const s = lv.size[i];
    const o = lv.offset[i];
    if (lv.spatial[i] === 0) {
      const initEdge = dim < s;
      pushState(lv, i, POS_INIT, 1, dim <= s, initEdge, false);
      const steady = cDiv(dim - s, o);
      if (s < dim && steady > 0) pushState(lv, i, POS_STEADY, steady, false, false, false);
      if (!initEdge && steady * o + s < dim) pushState(lv, i, POS_EDGE, 1, false, false, false);
    } else {
      const coverage = s + o * (subClusters - 1);
      const initUnrolled = dim <= coverage;
      const initEdge = dim < coverage;
      pushState(lv, i, POS_INIT, 1, initUnrolled, initEdge, initEdge);
      const steady = cDiv(cDiv(dim - s, o) + 1, subClusters) - 1;
      const hasEdge =
        !initUnrolled && (steady + 1) * o * subClusters + coverage > dim && steady * o * subClusters + coverage !== dim;
      if (coverage < dim && steady > 0) pushState(lv, i, POS_STEADY, steady, false, false, false);
      const remaining = dim - (steady + 1) * o * subClusters;
      const active = remaining < s ? 1 : cDiv(remaining - s, o) + 1;
      const edgeEdge = (active - 1) * o + s < remaining;
      if (!initEdge && hasEdge) pushState(lv, i, POS_EDGE, 1, false, false, edgeEdge);
    }
    cases *= lv.stateCount[i];
  }
  // MAESTRO's case counter: directive i advances whenever the case number is a multiple of the product of the
  // state counts of the directives after it. The order it produces decides which case comes first when cases
  // are skipped, so it is reproduced exactly.
  let frequency = 1;
  for (let i = n - 1; i >= 0; i--) {
    lv.changeFrequency[i] = frequency;
    frequency *= lv.stateCount[i];
    lv.counter[i] = 0;
  }
  return cases;
}

/**
 * Selects case `caseId` (cases must be selected in order 0, 1, 2, …) into the level's current-case arrays and
 * returns its number of occurrences (a C++ `int` product, so it wraps like MAESTRO's above 2^31).
 */
export function selectCase(lv: ClusterLevel, caseId: number): number {
  const n = lv.numDirectives;
  let occurrences = 1;
  let changing = -1;
  for (let i = 0; i < n; i++) {
    const st = lv.counter[i];
    const slot = i * MAX_STATES + st;
    const pos = lv.statePos[slot];
    lv.pos[i] = pos;
    lv.unrolled[i] = lv.stateUnrolled[slot];
    lv.isEdge[i] = pos === POS_EDGE || lv.stateInitEdge[slot] === 1 ? 1 : 0;
    lv.spEdgeEdge[i] = lv.stateSpEdgeEdge[slot];
    occurrences = Math.imul(occurrences, lv.stateOcc[slot]);
    if (pos !== POS_INIT) changing = i;
    if (caseId % lv.changeFrequency[i] === 0) lv.counter[i] = st + 1 === lv.stateCount[i] ? 0 : st + 1;
  }
  lv.changing = changing;
  // A tensor is "inited" when a directive inside the changing one restarts a tile of it from scratch anyway.
  for (let t = TENSOR_INPUT; t <= TENSOR_WEIGHT; t++) {
    const coupled = lv.coupled[t];
    let inited = 0;
    for (let i = changing + 1; i < n; i++) {
      if (coupled[i] === 1 && lv.pos[i] === POS_INIT && lv.unrolled[i] === 0) {
        inited = 1;
        break;
      }
    }
    lv.inited[t] = inited;
  }
  return occurrences;
}
