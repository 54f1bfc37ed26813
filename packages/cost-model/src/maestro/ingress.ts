import { POS_INIT, type ClusterLevel } from './cluster-level.js';

// The input side of MAESTRO's reuse analysis (CA_reuse-analysis.hpp): PEMappedVolume, PEIngressVolume and
// SpatialIngressTraffic folded into one pass per tensor and case.

/** Set when MAESTRO would have terminated: a sliding tile that changes while it maps no new elements. */
export const reuseFaults = { zeroUniqueSlide: false };

/**
 * Whether a directive inside the changing one, coupled to tensor t, restarts from Init without being unrolled:
 * then the tile is reloaded whole rather than slid (MAESTRO's IsTensorInited).
 */
function isTensorInited(lv: ClusterLevel, t: number): boolean {
  if (lv.lastFixedRestart[t] > lv.changing) return true;
  const coupled = lv.coupled[t];
  for (let k = 0; k < lv.numVarying; k++) {
    const i = lv.varying[k];
    if (i > lv.changing && coupled[i] === 1 && lv.pos[i] === POS_INIT && lv.unrolled[i] === 0) return true;
  }
  return false;
}

/**
 * Elements of input tensor t the level's NoC delivers in the current case (SpatialIngressTraffic).
 *
 * Per sub-cluster (PEIngressVolume): nothing when the tensor does not depend on the changing loop (stationary);
 * in the all-Init case the whole mapped tile (PEMappedVolume); otherwise the product over its directives of the
 * tile, except that the changing directive contributes only its new slice `min(size, offset)` when it slides
 * (unless an inner loop restarts the tile anyway), and non-first sub-clusters of a spatial row receive only the
 * slices their neighbour does not already have. The four sub-cluster kinds (first or not, edge-edge or not) are
 * multiplied out in one pass, then summed over the sub-clusters of the spatial step: a tensor that is not
 * spatially partitioned is multicast (counted once); a partitioned one costs one full tile plus the other
 * sub-clusters' slices.
 */
export function spatialIngress(lv: ClusterLevel, t: number): number {
  const changing = lv.changing;
  const coupled = lv.coupled[t];
  if (changing >= 0 && coupled[changing] === 0) return 0;
  const { mapped, unique, mappedEdge, uniqueEdge } = lv;
  const inited = changing >= 0 && isTensorInited(lv, t);
  const lone = lv.edgeClusters === 1;
  // Products for the first sub-cluster / the others, normal / edge-edge; single-state temporal maps are settled.
  const fixed = lv.fixedIngress[t];
  let firstNormal = fixed;
  let otherNormal = fixed;
  let firstEdgeEdge = fixed;
  let otherEdgeEdge = fixed;
  const visits = lv.ingressVisits;
  for (let k = 0; k < lv.numIngressVisits; k++) {
    const i = visits[k];
    if (coupled[i] === 0) continue;
    const v = lv.variable[i];
    const pos = lv.pos[i];
    if (lv.spatial[i] === 0) {
      let f: number;
      if (changing === -1 || pos === POS_INIT) {
        f = lv.isEdge[i] === 1 ? mappedEdge[v] : mapped[v];
      } else if (i === changing && !inited) {
        if (unique[v] === 0) reuseFaults.zeroUniqueSlide = true;
        f = Math.max(unique[v], 1);
      } else {
        f = mapped[v];
      }
      firstNormal *= f;
      otherNormal *= f;
      firstEdgeEdge *= f;
      otherEdgeEdge *= f;
    } else if (changing === -1) {
      // All-Init: the mapped tile; at a spatial edge the lone active sub-cluster gets the remainder.
      if (lv.isEdge[i] === 1) {
        if (lone) {
          firstNormal *= mappedEdge[v];
          firstEdgeEdge *= mappedEdge[v];
          otherEdgeEdge *= mappedEdge[v];
        } else if (lv.edgeClusters > 1) {
          firstNormal *= mapped[v];
          otherNormal *= mapped[v];
          firstEdgeEdge *= mappedEdge[v];
          otherEdgeEdge *= mappedEdge[v];
        }
      } else {
        firstNormal *= mapped[v];
        otherNormal *= mapped[v];
        firstEdgeEdge *= mapped[v];
        otherEdgeEdge *= mapped[v];
      }
    } else {
      firstNormal *= mapped[v];
      firstEdgeEdge *= mappedEdge[v];
      const slice = pos === POS_INIT ? i > changing : !inited && i === changing;
      if (slice) {
        otherNormal *= unique[v];
        otherEdgeEdge *= uniqueEdge[v];
      } else {
        otherNormal *= mapped[v];
        otherEdgeEdge *= mappedEdge[v];
      }
    }
  }

  const dirs = lv.tensorSpatial[t];
  const count = lv.tensorSpatialCount[t];
  if (count === 0) return firstNormal;
  let atEdge = false;
  for (let k = 0; k < count; k++) if (lv.isEdge[dirs[k]] === 1) atEdge = true;
  if (!atEdge) return firstNormal + (lv.numSubClusters - 1) * otherNormal;
  const e = lv.edgeClusters;
  const edgeEdge = lv.spEdgeEdge[dirs[count - 1]] === 1;
  let traffic = e === 1 && edgeEdge ? firstEdgeEdge : firstNormal;
  if (e > 1) {
    const numEdgeEdge = edgeEdge ? 1 : 0;
    traffic += Math.max(e - numEdgeEdge - 1, 0) * otherNormal + numEdgeEdge * otherEdgeEdge;
  }
  return traffic;
}
