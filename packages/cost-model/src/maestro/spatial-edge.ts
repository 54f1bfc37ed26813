import { cDiv } from './c-int.js';

/**
 * Sub-clusters active in the last spatial step (MAESTRO's `GetNumClusters(true)`), from the first spatial map
 * `(size, offset)` over `subClusters` sub-clusters and the static extent `dim`. Computed once per level from static
 * dims; the iteration states use dynamic dims, so the two can disagree below the top (MAESTRO behaviour).
 */
export function spatialEdgeClusters(dim: number, size: number, offset: number, subClusters: number): number {
  if (dim <= size) return 1;
  const coverage = offset * (subClusters - 1) + size;
  if (dim > coverage) {
    const steady = cDiv(cDiv(dim - size, offset) + 1, subClusters) - 1;
    const remaining = dim - (steady + 1) * offset * subClusters;
    return remaining < size ? 1 : cDiv(remaining - size, offset) + 1;
  }
  let active = cDiv(dim - size, offset) + 1;
  if (offset * (active - 1) + size < dim) active++;
  return active;
}
