import { cDiv } from './c-int.js';
import type { Directive } from './directive-completion.js';
import { NUM_TABLE_VARS, VAR_OUT_X, VAR_OUT_Y, VAR_R, VAR_S, VAR_X, VAR_Y } from './loop-variables.js';

/**
 * A level's mapping-size tables (MAESTRO's ReuseAnalysis maps), computed once from the level's *static* dims:
 * elements mapped per step, new ("unique") elements per step, and both at the level's edge step.
 * Variables without a directive read as 0, like the C++ `std::map` default.
 */
export interface MappingSizes {
  readonly mapped: Float64Array;
  readonly unique: Float64Array;
  readonly mappedEdge: Float64Array;
  readonly uniqueEdge: Float64Array;
}

export function computeMappingSizes(directives: readonly Directive[], staticDims: Int32Array): MappingSizes {
  const mapped = new Float64Array(NUM_TABLE_VARS);
  const unique = new Float64Array(NUM_TABLE_VARS);
  const mappedEdge = new Float64Array(NUM_TABLE_VARS);
  const uniqueEdge = new Float64Array(NUM_TABLE_VARS);
  for (const d of directives) {
    const v = d.variable;
    const dim = staticDims[v];
    const s = d.size;
    const o = d.offset;
    const steady = Math.max(cDiv(dim - s, o), 0);
    const hasEdge = steady * o + s < dim || s > dim;
    mapped[v] = s;
    unique[v] = d.spatial || dim > s ? Math.min(s, o) : 0;
    let edgeSize = dim - (steady + 1) * o;
    if (edgeSize < 0) edgeSize = dim;
    mappedEdge[v] = hasEdge ? edgeSize : s;
    uniqueEdge[v] = Math.max(o - (s - edgeSize), 0);
  }
  // Output extents of the sliding windows, from the input-centric maps of the reference variables.
  for (const d of directives) {
    if (d.variable !== VAR_Y && d.variable !== VAR_X) continue;
    const ref = d.variable;
    const out = ref === VAR_Y ? VAR_OUT_Y : VAR_OUT_X;
    const sliding = ref === VAR_Y ? VAR_R : VAR_S;
    mapped[out] = mapped[ref] - mapped[sliding] + 1;
    unique[out] = Math.min(d.offset, d.size);
    mappedEdge[out] = mappedEdge[ref] - mappedEdge[sliding] + 1;
    uniqueEdge[out] = Math.min(d.offset, mappedEdge[out]);
  }
  return { mapped, unique, mappedEdge, uniqueEdge };
}
