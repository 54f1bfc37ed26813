import type { Mapping, Problem } from '@gamma-ts/search-space';
import { cDiv } from './c-int.js';
import { NUM_DIMS, VAR_C, VAR_K, VAR_R, VAR_S, VAR_X, VAR_Y, varOfDim } from './loop-variables.js';
import type { TensorLayout } from './tensor-layout.js';

/** One `TemporalMap(size, offset) var` or `SpatialMap(size, offset) var` after MAESTRO's rewrites. */
export interface Directive {
  readonly variable: number;
  readonly spatial: boolean;
  size: number;
  offset: number;
}

/** A cluster level as MAESTRO's ClusterAnalysis leaves it: complete directives, sub-cluster count, static dims. */
export interface CompletedLevel {
  readonly directives: readonly Directive[];
  /** Sub-clusters the level's spatial map spreads over (`N`). */
  readonly numSubClusters: number;
  /** The level's static dimension table (indexed by variable; entries the level lacks are 0). */
  readonly staticDims: Int32Array;
}

/**
 * MAESTRO's per-level directive completion (ClusterAnalysis::AnalyzeClusters), top level first:
 * input-centric conversion of the `Y'`/`X'` maps, inheritance of the level above's maps, unrolling of variables
 * nobody maps, the outer-stride rewrite, then the next level's static dimension table.
 *
 * Returns null when MAESTRO would divide by zero building the hierarchy (a cluster size of 0).
 */
export function completeDirectives(
  problem: Problem,
  mapping: Mapping,
  numPEs: number,
  layout: TensorLayout,
): CompletedLevel[] | null {
  const depthwise = problem.op === 'DSCONV';
  let clusterProduct = 1;
  for (let l = 1; l < mapping.levels.length; l++) clusterProduct *= mapping.levels[l].clusterSize ?? 1;
  if (clusterProduct === 0) return null;
  // MAESTRO normalises the PE count to a multiple of the cluster product before dividing it back out.
  const topSubClusters = cDiv(clusterProduct * cDiv(numPEs, clusterProduct), clusterProduct);

  const fullDims = new Int32Array(NUM_DIMS);
  fullDims[VAR_K] = depthwise ? 1 : problem.K;
  fullDims[VAR_C] = problem.C;
  fullDims[VAR_Y] = problem.Y;
  fullDims[VAR_X] = problem.X;
  fullDims[VAR_R] = problem.R;
  fullDims[VAR_S] = problem.S;
  const strideOf = (v: number): number => (v === VAR_Y ? problem.strideY : v === VAR_X ? problem.strideX : 1);

  const levels: CompletedLevel[] = [];
  let dims = fullDims;
  let upper: Directive[] | null = null;

  for (let l = 0; l < mapping.levels.length; l++) {
    const level = mapping.levels[l];
    const isTop = l === 0;
    const directives: Directive[] = [];
    let rTile = 0;
    let sTile = 0;
    for (const loop of level.loops) {
      if (loop.dim === 'R') rTile = loop.tile;
      if (loop.dim === 'S') sTile = loop.tile;
    }
    for (const loop of level.loops) {
      // Depthwise layers have no K; a K parallelism there means parallelism over the shared channel C.
      if (depthwise && loop.dim === 'K') continue;
      const spatial = loop.dim === level.parallel || (depthwise && level.parallel === 'K' && loop.dim === 'C');
      const v = varOfDim(loop.dim);
      if (v === VAR_Y || v === VAR_X) {
        // GAMMA tiles Y/X in output coordinates (`Y'`); MAESTRO turns a map of t outputs into a window of
        // t + R − 1 input rows that advances by t.
        const window = v === VAR_Y ? rTile : sTile;
        directives.push({ variable: v, spatial, size: loop.tile + window - 1, offset: loop.tile });
      } else {
        directives.push({ variable: v, spatial, size: loop.tile, offset: loop.tile });
      }
    }

    if (upper !== null) {
      for (const up of upper) {
        if (!directives.some((d) => d.variable === up.variable)) {
          directives.unshift({ variable: up.variable, spatial: false, size: up.size, offset: up.offset });
        }
      }
    }
    for (const v of layout.inputVars) {
      // Every input variable is in every level's table (the top holds all six), so no presence test.
      if (!directives.some((d) => d.variable === v)) {
        directives.push({ variable: v, spatial: false, size: dims[v], offset: dims[v] });
      }
    }

    for (const d of directives) {
      if (d.variable !== VAR_Y && d.variable !== VAR_X) continue;
      const stride = strideOf(d.variable);
      const window = fullDims[d.variable === VAR_Y ? VAR_R : VAR_S];
      if (stride === 1 || d.size < window) continue;
      const outputs = cDiv(d.size + stride - window, stride);
      d.size = outputs * Math.min(stride, window) + Math.max(window - stride, 0);
      d.offset = !isTop && window < stride ? outputs * window : outputs * stride;
    }

    const numSubClusters = isTop ? topSubClusters : (level.clusterSize ?? 1);
    levels.push({ directives, numSubClusters, staticDims: dims });

    const next = new Int32Array(NUM_DIMS);
    for (const v of layout.inputVars) {
      const d = directives.find((x) => x.variable === v);
      next[v] = Math.min(d === undefined ? dims[v] : d.size, dims[v]);
    }
    dims = next;
    upper = directives;
  }
  return levels;
}

