import { POS_INIT, POS_STEADY, type ClusterLevel } from './cluster-level.js';

/**
 * The dynamic dims a sub-cluster gets for the level's current case (ConstructSubClusterDimension): full tiles,
 * or the edge remainders where the case is at a temporal edge or on the edge-edge sub-cluster of a spatial edge.
 * Writes them into `lv.subDims`.
 */
export function writeSubClusterDims(lv: ClusterLevel, edgeEdgeVariant: boolean): Int32Array {
  const { mapped, mappedEdge } = lv;
  const out = lv.subDims;
  const lone = lv.edgeClusters === 1;
  for (let i = 0; i < lv.numDirectives; i++) {
    const v = lv.variable[i];
    let useEdge: boolean;
    if (lv.spatial[i] === 0) useEdge = lv.isEdge[i] === 1;
    else if (lv.pos[i] === POS_STEADY) useEdge = false;
    else if (lv.pos[i] === POS_INIT && lv.isEdge[i] === 0) useEdge = false;
    else useEdge = lone || edgeEdgeVariant;
    out[v] = useEdge ? mappedEdge[v] : mapped[v];
  }
  return out;
}
