import { NUM_DIMS, NUM_TABLE_VARS, VAR_OUT_X, VAR_OUT_Y, VAR_X, VAR_Y } from './loop-variables.js';
import { CASE_MEMO_SLOTS, resetCaseMemo } from './case-memo.js';
import { NUM_EGRESS_VARIANTS } from './egress-variants.js';
import { computeMappingSizes } from './mapping-sizes.js';
import { spatialEdgeClusters } from './spatial-edge.js';
import { TENSOR_OUTPUT, type TensorLayout } from './tensor-layout.js';

/** A state can be Init, Steady or Edge (MAESTRO's IterationPosition). */
export const POS_INIT = 0;
export const POS_STEADY = 1;
export const POS_EDGE = 2;
/** At most Init, Steady and Edge per directive. */
export const MAX_STATES = 3;
/**
 * Dim values whose iteration states (and egress factors) a directive keeps. A directive's states depend only on
 * its own dim, and a level is analysed for a handful of dims (full tiles and edge remainders), so most sub-cluster
 * analyses find every directive's states already worked out.
 */
export const STATE_CACHE_ENTRIES = 4;
/** Tensor variables never exceed four (weight: K C R S). */
const MAX_TENSOR_VARS = 4;

/**
 * One cluster level as flat, reusable arrays: its complete directives, static tables, and scratch space for the
 * iteration states of the current dynamic dims and the current case. Each level owns its scratch, so recursing
 * into sub-clusters never clobbers the caller's; levels are pooled and refilled on every analysis, so the hot
 * path allocates nothing.
 */
export class ClusterLevel {
  capacity: number;
  isInnermost = false;
  numDirectives = 0;
  variable: Int32Array;
  spatial: Uint8Array;
  size: Int32Array;
  offset: Int32Array;
  /** First directive on each variable, -1 if none (kept up to date by push/insertFront). */
  readonly firstDirective = new Int32Array(NUM_DIMS);
  /** Sub-clusters the level's spatial maps spread over (`N`). */
  numSubClusters = 0;
  /** Sub-clusters active in the last spatial step (static). */
  edgeClusters = 1;
  /** Index of the first SpatialMap (it drives the spatial edge logic and the recursion); -1 if none. */
  firstSpatial = -1;
  /** Index of the last SpatialMap (its state decides the edge-edge flag of the partial-sum count); -1 if none. */
  lastSpatial = -1;
  /** The level's static dimension table, by variable. */
  readonly staticDims = new Int32Array(NUM_DIMS);

  // Mapping-size tables by variable (Y', X' included), from the static dims.
  readonly mapped = new Float64Array(NUM_TABLE_VARS);
  readonly unique = new Float64Array(NUM_TABLE_VARS);
  readonly mappedEdge = new Float64Array(NUM_TABLE_VARS);
  readonly uniqueEdge = new Float64Array(NUM_TABLE_VARS);

  /** coupled[t][i] = 1 when directive i's variable indexes tensor t. */
  coupled: Uint8Array[];
  /** Per tensor, the spatial directives among its variables, in tensor order (count in tensorSpatialCount). */
  readonly tensorSpatial: Int32Array[] = [0, 1, 2].map(() => new Int32Array(MAX_TENSOR_VARS));
  readonly tensorSpatialCount = new Int32Array(3);
  /** Per tensor variable (tensor order), the first directive on it, -1 if none. */
  readonly tensorDirective: Int32Array[] = [0, 1, 2].map(() => new Int32Array(MAX_TENSOR_VARS));
  /** The tensors' variables in tensor order. */
  readonly tensorVars: Int32Array[] = [0, 1, 2].map(() => new Int32Array(MAX_TENSOR_VARS));
  readonly tensorVarCount = new Int32Array(3);
  /** For the output tensor's variables: the table key (Y → Y', X → X'). */
  readonly outputTableVar = new Int32Array(MAX_TENSOR_VARS);
  /** Spatial maps on output variables (the output's spatial partitioning). */
  outputSpatialCount = 0;
  /** The last of them, -1 if none. */
  lastOutputSpatial = -1;
  /** 1 for directives that are spatial maps on output variables. */
  outputSpatial: Uint8Array;
  /** Egress factor per directive state and variant (see egress.ts). */
  egressFactor: Float64Array;
  /** Static product of the mapped sizes per tensor (MAESTRO's GetMappedVolume), for the L1 sizes. */
  readonly mappedVolume = new Float64Array(3);

  // Iteration states: STATE_CACHE_ENTRIES × MAX_STATES slots per directive, one group of MAX_STATES per cached dim.
  /** Slot of state 0 of directive i for the current dims. */
  stateBase: Int32Array;
  /** Number of states of directive i for the current dims. */
  stateCount: Int32Array;
  /** Per directive and cache entry: the dim value, its state count; per directive: entries used, next to evict. */
  cacheDim: Int32Array;
  cacheStateCount: Int32Array;
  cacheUsed: Int32Array;
  cacheVictim: Int32Array;
  statePos: Int32Array;
  stateOcc: Int32Array;
  stateUnrolled: Uint8Array;
  stateInitEdge: Uint8Array;
  stateSpEdgeEdge: Uint8Array;
  changeFrequency: Int32Array;
  counter: Int32Array;
  /** Directives with more than one state (the others stay in Init in every case). */
  varying: Int32Array;
  numVarying = 0;
  /** Egress factor products, edge flags of the single-state directives (the same in every case). */
  readonly fixedEgress = new Float64Array(NUM_EGRESS_VARIANTS);
  fixedAnySpatialEdge = false;
  /**
   * Directives the ingress product must visit case by case: varying or spatial ones (count in numIngressVisits).
   * The single-state temporal ones contribute a constant factor per tensor (fixedIngress).
   */
  ingressVisits: Int32Array;
  numIngressVisits = 0;
  readonly fixedIngress = new Float64Array(2);
  /** Per input tensor: the last single-state, coupled, not unrolled directive (-1 if none); it restarts the tile. */
  readonly lastFixedRestart = new Int32Array(2);
  fixedOutputSpatialEdge = false;

  // The current case.
  pos: Int32Array;
  unrolled: Uint8Array;
  isEdge: Uint8Array;
  spEdgeEdge: Uint8Array;
  /** Index of the innermost directive not in Init (-1 for the all-Init case). */
  changing = -1;
  /** Products of the egress factors of the current case's states, per variant (see egress.ts). */
  readonly caseEgress = new Float64Array(NUM_EGRESS_VARIANTS);
  /** Some spatial map on an output variable is at an edge in the current case. */
  caseOutputSpatialEdge = false;
  /** The last spatial map on an output variable has an edge-edge sub-cluster in the current case. */
  caseOutputEdgeEdge = false;
  /** Some spatial map of the level is at an edge in the current case. */
  caseAnySpatialEdge = false;

  /** Scratch for the sub-cluster dims this level hands down. */
  readonly subDims = new Int32Array(NUM_DIMS);

  /** Per state slot: its kind (position | unrolled << 2 | init-edge << 3 | edge-edge << 4), see case-memo.ts. */
  stateKind: Uint8Array;
  /** Per directive: the state slot of the current case. */
  caseSlot: Int32Array;
  /** Kind key of the current case; the single-state directives' share of it; whether keys fit (≤ 6 directives). */
  caseKey = 0;
  fixedKey = 0;
  keyable = false;
  // Case memo (case-memo.ts).
  readonly caseMemoKey = new Int32Array(CASE_MEMO_SLOTS);
  readonly caseMemoGen = new Float64Array(CASE_MEMO_SLOTS);
  readonly caseMemoSkipped = new Uint8Array(CASE_MEMO_SLOTS);
  readonly caseMemoDelay = new Float64Array(CASE_MEMO_SLOTS);
  caseMemoGeneration = 0;
  caseMemoCount = 0;
  caseMemoInsertSlot = -1;

  // Memo of this level's runtime by dynamic dims (sub-cluster analyses repeat across cases and variants).
  memoDims: Int32Array;
  memoRuntime: Float64Array;
  memoCount = 0;

  constructor(capacity: number) {
    this.capacity = capacity;
    this.variable = new Int32Array(capacity);
    this.spatial = new Uint8Array(capacity);
    this.size = new Int32Array(capacity);
    this.offset = new Int32Array(capacity);
    this.coupled = [0, 1, 2].map(() => new Uint8Array(capacity));
    this.outputSpatial = new Uint8Array(capacity);
    const slots = capacity * STATE_CACHE_ENTRIES * MAX_STATES;
    this.egressFactor = new Float64Array(slots * NUM_EGRESS_VARIANTS);
    this.stateCount = new Int32Array(capacity);
    this.stateBase = new Int32Array(capacity);
    this.cacheDim = new Int32Array(capacity * STATE_CACHE_ENTRIES);
    this.cacheStateCount = new Int32Array(capacity * STATE_CACHE_ENTRIES);
    this.cacheUsed = new Int32Array(capacity);
    this.cacheVictim = new Int32Array(capacity);
    this.statePos = new Int32Array(slots);
    this.stateOcc = new Int32Array(slots);
    this.stateUnrolled = new Uint8Array(slots);
    this.stateInitEdge = new Uint8Array(slots);
    this.stateSpEdgeEdge = new Uint8Array(slots);
    this.stateKind = new Uint8Array(slots);
    this.caseSlot = new Int32Array(capacity);
    this.changeFrequency = new Int32Array(capacity);
    this.varying = new Int32Array(capacity);
    this.ingressVisits = new Int32Array(capacity);
    this.counter = new Int32Array(capacity);
    this.pos = new Int32Array(capacity);
    this.unrolled = new Uint8Array(capacity);
    this.isEdge = new Uint8Array(capacity);
    this.spEdgeEdge = new Uint8Array(capacity);
    this.memoDims = new Int32Array(16 * NUM_DIMS);
    this.memoRuntime = new Float64Array(16);
  }

  /** Appends a directive (completion builds the list; front insertion is done by the caller via `insertFront`). */
  push(variable: number, spatial: boolean, size: number, offset: number): void {
    const i = this.numDirectives++;
    if (this.firstDirective[variable] < 0) this.firstDirective[variable] = i;
    this.variable[i] = variable;
    this.spatial[i] = spatial ? 1 : 0;
    this.size[i] = size;
    this.offset[i] = offset;
  }

  insertFront(variable: number, size: number, offset: number): void {
    for (let i = this.numDirectives; i > 0; i--) {
      this.variable[i] = this.variable[i - 1];
      this.spatial[i] = this.spatial[i - 1];
      this.size[i] = this.size[i - 1];
      this.offset[i] = this.offset[i - 1];
    }
    for (let v = 0; v < NUM_DIMS; v++) if (this.firstDirective[v] >= 0) this.firstDirective[v]++;
    this.firstDirective[variable] = 0;
    this.variable[0] = variable;
    this.spatial[0] = 0;
    this.size[0] = size;
    this.offset[0] = offset;
    this.numDirectives++;
  }

  /** Index of the first directive on `variable`, -1 if none (MAESTRO's FindDirective). */
  directiveOf(variable: number): number {
    return this.firstDirective[variable];
  }
}

const pool: ClusterLevel[] = [];

/** A pooled level able to hold `capacity` directives, emptied for reuse. */
export function pooledLevel(index: number, capacity: number): ClusterLevel {
  let lv = pool[index];
  if (lv === undefined || lv.capacity < capacity) {
    lv = new ClusterLevel(Math.max(capacity, 8));
    pool[index] = lv;
  }
  lv.numDirectives = 0;
  for (let v = 0; v < NUM_DIMS; v++) lv.firstDirective[v] = -1;
  lv.memoCount = 0;
  return lv;
}

/**
 * Derives everything static about a completed level: mapping-size tables, active edge sub-clusters, tensor
 * coupling and spatial layout, mapped volumes.
 */
export function prepareClusterLevel(lv: ClusterLevel, index: number, numLevels: number, layout: TensorLayout): void {
  const n = lv.numDirectives;
  // The cached iteration states belong to the previous mapping's tables.
  for (let i = 0; i < n; i++) {
    lv.cacheUsed[i] = 0;
    lv.cacheVictim[i] = 0;
    lv.outputSpatial[i] = 0;
  }
  lv.isInnermost = index === numLevels - 1;
  lv.keyable = n <= NUM_DIMS;
  resetCaseMemo(lv);
  lv.firstSpatial = -1;
  lv.lastSpatial = -1;
  for (let i = 0; i < n; i++) {
    if (lv.spatial[i] === 1) {
      if (lv.firstSpatial < 0) lv.firstSpatial = i;
      lv.lastSpatial = i;
    }
  }
  computeMappingSizes(lv);
  const sp = lv.firstSpatial;
  lv.edgeClusters =
    sp < 0 ? 1 : spatialEdgeClusters(lv.staticDims[lv.variable[sp]], lv.size[sp], lv.offset[sp], lv.numSubClusters);

  for (let t = 0; t < 3; t++) {
    const mask = layout.masks[t];
    const coupled = lv.coupled[t];
    for (let i = 0; i < n; i++) coupled[i] = (mask >> lv.variable[i]) & 1;
    const vars = layout.vars[t];
    const tv = lv.tensorVars[t];
    const td = lv.tensorDirective[t];
    const ts = lv.tensorSpatial[t];
    let spatialCount = 0;
    let volume = 1;
    for (let k = 0; k < vars.length; k++) {
      const v = vars[k];
      tv[k] = v;
      const d = lv.directiveOf(v);
      td[k] = d;
      if (d >= 0) {
        if (lv.spatial[d] === 1) ts[spatialCount++] = d;
        volume *= lv.mapped[v];
      }
      if (t === TENSOR_OUTPUT) lv.outputTableVar[k] = v === VAR_Y ? VAR_OUT_Y : v === VAR_X ? VAR_OUT_X : v;
    }
    lv.tensorVarCount[t] = vars.length;
    lv.tensorSpatialCount[t] = spatialCount;
    lv.mappedVolume[t] = volume;
  }
  lv.outputSpatialCount = lv.tensorSpatialCount[TENSOR_OUTPUT];
  lv.lastOutputSpatial = lv.outputSpatialCount > 0 ? lv.tensorSpatial[TENSOR_OUTPUT][lv.outputSpatialCount - 1] : -1;
  for (let k = 0; k < lv.outputSpatialCount; k++) lv.outputSpatial[lv.tensorSpatial[TENSOR_OUTPUT][k]] = 1;
}
