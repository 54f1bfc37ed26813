import { cDiv } from './c-int.js';
import type { ClusterLevel } from './cluster-level.js';
import { NUM_TABLE_VARS, VAR_OUT_X, VAR_OUT_Y, VAR_R, VAR_S, VAR_X, VAR_Y } from './loop-variables.js';

/**
 * Fills a level's mapping-size tables (MAESTRO's ReuseAnalysis maps) from its *static* dims: elements mapped per
 * step, new ("unique") elements per step, and both at the level's edge step; then the output extents `Y'`/`X'`
 * of the sliding windows. Variables without a directive read as 0, like the C++ `std::map` default.
 */
export function computeMappingSizes(lv: ClusterLevel): void {
  const { mapped, unique, mappedEdge, uniqueEdge, staticDims } = lv;
  for (let v = 0; v < NUM_TABLE_VARS; v++) {
    mapped[v] = 0;
    unique[v] = 0;
    mappedEdge[v] = 0;
    uniqueEdge[v] = 0;
  }
  const n = lv.numDirectives;
  for (let i = 0; i < n; i++) {
    const v = lv.variable[i];
    const dim = staticDims[v];
    const s = lv.size[i];
    const o = lv.offset[i];
    const steady = Math.max(cDiv(dim - s, o), 0);
    const hasEdge = steady * o + s < dim || s > dim;
    mapped[v] = s;
    // A temporal map that covers its whole dim never brings new elements.
    unique[v] = lv.spatial[i] === 1 || dim > s ? Math.min(s, o) : 0;
    let edgeSize = dim - (steady + 1) * o;
    if (edgeSize < 0) edgeSize = dim;
    mappedEdge[v] = hasEdge ? edgeSize : s;
    uniqueEdge[v] = Math.max(o - (s - edgeSize), 0);
  }
  for (let i = 0; i < n; i++) {
    const ref = lv.variable[i];
    if (ref !== VAR_Y && ref !== VAR_X) continue;
    const out = ref === VAR_Y ? VAR_OUT_Y : VAR_OUT_X;
    const sliding = ref === VAR_Y ? VAR_R : VAR_S;
    mapped[out] = mapped[ref] - mapped[sliding] + 1;
    unique[out] = Math.min(lv.offset[i], lv.size[i]);
    mappedEdge[out] = mappedEdge[ref] - mappedEdge[sliding] + 1;
    uniqueEdge[out] = Math.min(lv.offset[i], mappedEdge[out]);
  }
}
