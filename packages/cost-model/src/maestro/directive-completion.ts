import type { Mapping, Problem } from '@gamma-ts/search-space';
import { cDiv } from './c-int.js';
import { pooledLevel, type ClusterLevel } from './cluster-level.js';
import { NUM_DIMS, VAR_C, VAR_K, VAR_R, VAR_S, VAR_X, VAR_Y, varOfDim } from './loop-variables.js';
import { isDepthwise, type TensorLayout } from './tensor-layout.js';

/** MAESTRO's top dimension table for a problem: K C Y X R S with Y/X in input rows/columns. */
export function writeFullDims(problem: Problem, dims: Int32Array): void {
  dims[VAR_K] = isDepthwise(problem.op) ? 1 : problem.K;
  dims[VAR_C] = problem.C;
  dims[VAR_Y] = problem.Y;
  dims[VAR_X] = problem.X;
  dims[VAR_R] = problem.R;
  dims[VAR_S] = problem.S;
}

/**
 * MAESTRO's per-level directive completion (ClusterAnalysis::AnalyzeClusters), top level first, into pooled
 * levels: input-centric conversion of the `Y'`/`X'` maps GAMMA writes, inheritance of the level above's maps,
 * unrolling of input variables nobody maps, the outer-stride rewrite, the sub-cluster count, and the next level's
 * static dimension table.
 *
 * Returns null when MAESTRO would divide by zero building the hierarchy (a cluster size or sub-cluster count of 0).
 */
export function completeDirectives(
  problem: Problem,
  mapping: Mapping,
  numPEs: number,
  layout: TensorLayout,
): ClusterLevel[] | null {
  const depthwise = isDepthwise(problem.op);
  const numLevels = mapping.levels.length;
  let clusterProduct = 1;
  for (let l = 1; l < numLevels; l++) clusterProduct *= mapping.levels[l].clusterSize ?? 1;
  if (clusterProduct <= 0) return null;
  // MAESTRO normalises the PE count to a multiple of the cluster product before dividing it back out.
  const topSubClusters = cDiv(clusterProduct * cDiv(numPEs, clusterProduct), clusterProduct);
  if (topSubClusters <= 0) return null;

  const levels: ClusterLevel[] = [];
  let upper: ClusterLevel | null = null;
  for (let l = 0; l < numLevels; l++) {
    const level = mapping.levels[l];
    const isTop = l === 0;
    const loops = level.loops;
    const lv = pooledLevel(l, loops.length + NUM_DIMS);
    if (isTop) writeFullDims(problem, lv.staticDims);
    else for (let v = 0; v < NUM_DIMS; v++) lv.staticDims[v] = levels[l - 1].subDims[v];
    lv.numSubClusters = isTop ? topSubClusters : (level.clusterSize ?? 1);
    if (lv.numSubClusters <= 0) return null;

    let rTile = 0;
    let sTile = 0;
    for (let j = 0; j < loops.length; j++) {
      const v = varOfDim(loops[j].dim);
      if (v === VAR_R) rTile = loops[j].tile;
      else if (v === VAR_S) sTile = loops[j].tile;
    }
    // Depthwise layers have no K; a K parallelism there means parallelism over the shared channel C.
    let parallel = varOfDim(level.parallel);
    if (depthwise && parallel === VAR_K) parallel = VAR_C;
    for (let j = 0; j < loops.length; j++) {
      const loop = loops[j];
      const v = varOfDim(loop.dim);
      if (depthwise && v === VAR_K) continue;
      const spatial = v === parallel;
      if (v === VAR_Y || v === VAR_X) {
        // GAMMA tiles Y/X in output coordinates (`Y'`); MAESTRO turns a map of t outputs into a window of
        // t + R − 1 input rows that advances by t.
        lv.push(v, spatial, loop.tile + (v === VAR_Y ? rTile : sTile) - 1, loop.tile);
      } else {
        lv.push(v, spatial, loop.tile, loop.tile);
      }
    }

    if (upper !== null) {
      for (let i = 0; i < upper.numDirectives; i++) {
        const v = upper.variable[i];
        if (lv.directiveOf(v) < 0) lv.insertFront(v, upper.size[i], upper.offset[i]);
      }
    }
    // Every input variable is in every level's dimension table (the top's holds all six).
    for (const v of layout.inputVars) {
      if (lv.directiveOf(v) < 0) lv.push(v, false, lv.staticDims[v], lv.staticDims[v]);
    }

    for (let i = 0; i < lv.numDirectives; i++) {
      const v = lv.variable[i];
      if (v !== VAR_Y && v !== VAR_X) continue;
      const stride = v === VAR_Y ? problem.strideY : problem.strideX;
      const window = v === VAR_Y ? problem.R : problem.S;
      if (stride === 1 || lv.size[i] < window) continue;
      const outputs = cDiv(lv.size[i] + stride - window, stride);
      lv.size[i] = outputs * Math.min(stride, window) + Math.max(window - stride, 0);
      lv.offset[i] = !isTop && window < stride ? outputs * window : outputs * stride;
    }

    // The next level's static dims (kept in this level's subDims scratch until the next level copies them).
    const next = lv.subDims;
    for (let v = 0; v < NUM_DIMS; v++) next[v] = 0;
    for (const v of layout.inputVars) {
      const d = lv.directiveOf(v);
      next[v] = Math.min(d < 0 ? lv.staticDims[v] : lv.size[d], lv.staticDims[v]);
    }
    levels.push(lv);
    upper = lv;
  }
  return levels;
}
