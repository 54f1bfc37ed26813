import type { CompletedLevel } from './directive-completion.js';
import { NUM_DIMS, VAR_OUT_X, VAR_OUT_Y, VAR_X, VAR_Y } from './loop-variables.js';
import { computeMappingSizes, type MappingSizes } from './mapping-sizes.js';
import { spatialEdgeClusters } from './spatial-edge.js';
import { TENSOR_OUTPUT, type TensorLayout } from './tensor-layout.js';

/** A state can be Init, Steady or Edge (MAESTRO's IterationPosition). */
export const POS_INIT = 0;
export const POS_STEADY = 1;
export const POS_EDGE = 2;
/** At most Init, Steady and Edge per directive. */
export const MAX_STATES = 3;

/**
 * One cluster level compiled into flat arrays for the hot loop: directives, static tables, and scratch space for
 * the iteration states of the current dynamic dims and the current case (each level owns its scratch, so the
 * recursion into sub-clusters never clobbers the caller's).
 */
export interface ClusterLevel {
  readonly index: number;
  readonly isTop: boolean;
  readonly isInnermost: boolean;
  readonly numDirectives: number;
  readonly variable: Int32Array;
  readonly spatial: Uint8Array;
  readonly size: Int32Array;
  readonly offset: Int32Array;
  readonly numSubClusters: number;
  /** Sub-clusters active in the last spatial step (static). */
  readonly edgeClusters: number;
  /** Index of the first SpatialMap (it drives the spatial edge logic and the recursion). */
  readonly firstSpatial: number;
  /** Index of the last SpatialMap (its state is the one the partial-sum mapping size looks at). */
  readonly lastSpatial: number;
  readonly tables: MappingSizes;
  /** coupled[t][i] = 1 when directive i's variable indexes tensor t. */
  readonly coupled: readonly Uint8Array[];
  /** Per tensor, the directives of its variables that are spatial, in tensor order. */
  readonly tensorSpatial: readonly Int32Array[];
  /** Per tensor, for each of its variables in tensor order, the first directive on it (-1 if none). */
  readonly tensorDirective: readonly Int32Array[];
  /** The tensor's variables in tensor order (dynamic dims are indexed by them). */
  readonly tensorVars: readonly Int32Array[];
  /** For the output tensor's variables: the table key (Y → Y', X → X'). */
  readonly outputTableVar: Int32Array;
  /** Static product of the mapped sizes per tensor (MAESTRO's GetMappedVolume), for the L1 sizes. */
  readonly mappedVolume: Float64Array;

  // Iteration states of the current dims, MAX_STATES slots per directive.
  readonly stateCount: Int32Array;
  readonly statePos: Int32Array;
  readonly stateOcc: Float64Array;
  readonly stateUnrolled: Uint8Array;
  readonly stateInitEdge: Uint8Array;
  readonly stateSpEdgeEdge: Uint8Array;
  readonly changeFrequency: Float64Array;
  readonly counter: Int32Array;

  // The current case.
  readonly pos: Int32Array;
  readonly unrolled: Uint8Array;
  readonly isEdge: Uint8Array;
  readonly spEdgeEdge: Uint8Array;
  /** Index of the innermost directive not in Init (-1 for the all-Init case). */
  changing: number;
  /** Per input tensor: some inner coupled directive restarts from Init without being unrolled. */
  readonly inited: Uint8Array;

  /** Scratch for the sub-cluster dims this level hands down. */
  readonly subDims: Int32Array;
}

export function compileClusterLevel(
  completed: CompletedLevel,
  index: number,
  numLevels: number,
  layout: TensorLayout,
): ClusterLevel {
  const dirs = completed.directives;
  const n = dirs.length;
  const variable = new Int32Array(n);
  const spatial = new Uint8Array(n);
  const size = new Int32Array(n);
  const offset = new Int32Array(n);
  let firstSpatial = -1;
  let lastSpatial = -1;
  for (let i = 0; i < n; i++) {
    variable[i] = dirs[i].variable;
    spatial[i] = dirs[i].spatial ? 1 : 0;
    size[i] = dirs[i].size;
    offset[i] = dirs[i].offset;
    if (dirs[i].spatial) {
      if (firstSpatial < 0) firstSpatial = i;
      lastSpatial = i;
    }
  }
  const tables = computeMappingSizes(dirs, completed.staticDims);
  const edgeClusters =
    firstSpatial < 0
      ? 1
      : spatialEdgeClusters(
          completed.staticDims[variable[firstSpatial]],
          size[firstSpatial],
          offset[firstSpatial],
          completed.numSubClusters,
        );

  const firstDirectiveOf = (v: number): number => {
    for (let i = 0; i < n; i++) if (variable[i] === v) return i;
    return -1;
  };
  const coupled: Uint8Array[] = [];
  const tensorSpatial: Int32Array[] = [];
  const tensorDirective: Int32Array[] = [];
  const tensorVars: Int32Array[] = [];
  const mappedVolume = new Float64Array(3);
  for (let t = 0; t < 3; t++) {
    const mask = layout.masks[t];
    const c = new Uint8Array(n);
    for (let i = 0; i < n; i++) c[i] = (mask >> variable[i]) & 1;
    coupled.push(c);
    const vars = layout.vars[t];
    tensorVars.push(Int32Array.from(vars));
    const td = new Int32Array(vars.length);
    const sp: number[] = [];
    let volume = 1;
    for (let k = 0; k < vars.length; k++) {
      const d = firstDirectiveOf(vars[k]);
      td[k] = d;
      if (d >= 0 && spatial[d] === 1) sp.push(d);
      if (d >= 0) volume *= tables.mapped[vars[k]];
    }
    tensorDirective.push(td);
    tensorSpatial.push(Int32Array.from(sp));
    mappedVolume[t] = volume;
  }
  const outVars = layout.vars[TENSOR_OUTPUT];
  const outputTableVar = Int32Array.from(outVars, (v) => (v === VAR_Y ? VAR_OUT_Y : v === VAR_X ? VAR_OUT_X : v));

  return {
    index,
    isTop: index === 0,
    isInnermost: index === numLevels - 1,
    numDirectives: n,
    variable,
    spatial,
    size,
    offset,
    numSubClusters: completed.numSubClusters,
    edgeClusters,
    firstSpatial,
    lastSpatial,
    tables,
    coupled,
    tensorSpatial,
    tensorDirective,
    tensorVars,
    outputTableVar,
    mappedVolume,
    stateCount: new Int32Array(n),
    statePos: new Int32Array(n * MAX_STATES),
    stateOcc: new Float64Array(n * MAX_STATES),
    stateUnrolled: new Uint8Array(n * MAX_STATES),
    stateInitEdge: new Uint8Array(n * MAX_STATES),
    stateSpEdgeEdge: new Uint8Array(n * MAX_STATES),
    changeFrequency: new Float64Array(n),
    counter: new Int32Array(n),
    pos: new Int32Array(n),
    unrolled: new Uint8Array(n),
    isEdge: new Uint8Array(n),
    spEdgeEdge: new Uint8Array(n),
    changing: -1,
    inited: new Uint8Array(2),
    subDims: new Int32Array(NUM_DIMS),
  };
}
