import { POS_INIT, POS_STEADY, type ClusterLevel } from './cluster-level.js';
import { TENSOR_OUTPUT } from './tensor-layout.js';

/**
 * MAESTRO's reuse analysis (CA_reuse-analysis.hpp) for the level's current case: how many elements of a tensor
 * one sub-cluster holds, receives or sends per step, and how those add up over the sub-clusters of a spatial
 * step. `first` = the first sub-cluster of a spatial row (it gets whole tiles; the others only the new slices),
 * `edgeEdge` = the last, partially filled sub-cluster of a spatial edge step.
 */

/** Set when MAESTRO would have terminated: a sliding tile that changes while it maps no new elements. */
export const reuseFaults = { zeroUniqueSlide: false };

/** Elements of tensor t one sub-cluster holds in this case (PEMappedVolume). */
export function peMappedVolume(lv: ClusterLevel, t: number, first: boolean, edgeEdge: boolean): number {
  const coupled = lv.coupled[t];
  const { mapped, mappedEdge } = lv.tables;
  const edgeClusters = lv.edgeClusters;
  let volume = 1;
  for (let i = 0; i < lv.numDirectives; i++) {
    if (coupled[i] === 0) continue;
    const v = lv.variable[i];
    if (lv.spatial[i] === 0) {
      volume *= lv.isEdge[i] === 1 ? mappedEdge[v] : mapped[v];
    } else if (lv.isEdge[i] === 1) {
      if (edgeClusters === 1) {
        if (first || edgeEdge) volume *= mappedEdge[v];
      } else if (edgeClusters > 1) {
        volume *= edgeEdge ? mappedEdge[v] : mapped[v];
      }
    } else {
      volume *= mapped[v];
    }
  }
  return volume;
}

/**
 * Elements of input tensor t one sub-cluster must receive in this case (PEIngressVolume): nothing when the tensor
 * does not depend on the changing loop (stationary), the new slice `min(size, offset)` when its tile slides, the
 * whole tile when an inner loop restarts it.
 */
export function peIngressVolume(lv: ClusterLevel, t: number, first: boolean, edgeEdge: boolean): number {
  const changing = lv.changing;
  if (changing === -1) return peMappedVolume(lv, t, first, edgeEdge);
  const coupled = lv.coupled[t];
  const { mapped, unique, mappedEdge, uniqueEdge } = lv.tables;
  const inited = lv.inited[t] === 1;
  let changes = false;
  let volume = 1;
  for (let i = 0; i < lv.numDirectives; i++) {
    if (coupled[i] === 0) continue;
    const v = lv.variable[i];
    const isChanging = i === changing;
    if (isChanging) changes = true;
    const pos = lv.pos[i];
    if (lv.spatial[i] === 0) {
      if (pos === POS_INIT) {
        volume *= lv.isEdge[i] === 1 ? mappedEdge[v] : mapped[v];
      } else if (isChanging && !inited) {
        if (unique[v] === 0) reuseFaults.zeroUniqueSlide = true;
        volume *= Math.max(unique[v], 1);
      } else {
        volume *= mapped[v];
      }
    } else if (pos === POS_INIT) {
      if (first || i <= changing) volume *= edgeEdge ? mappedEdge[v] : mapped[v];
      else volume *= edgeEdge ? uniqueEdge[v] : unique[v];
    } else if (!first && !inited && isChanging) {
      volume *= edgeEdge ? uniqueEdge[v] : unique[v];
    } else {
      volume *= edgeEdge ? mappedEdge[v] : mapped[v];
    }
  }
  return changes ? volume : 0;
}

/**
 * Per sub-cluster output volume (PEEgressVolume). With `psums` it is the number of partial sums (MACs) one
 * sub-cluster computes per step: the reduction loops' sizes times the output tile.
 */
export function peEgressVolume(
  lv: ClusterLevel,
  psums: boolean,
  first: boolean,
  edgeEdge: boolean,
  reuseAtEdge: boolean,
): number {
  const { mapped, unique, mappedEdge, uniqueEdge } = lv.tables;
  const edgeClusters = lv.edgeClusters;
  let volume = 1;
  if (psums) {
    const coupledOut = lv.coupled[TENSOR_OUTPUT];
    for (let i = 0; i < lv.numDirectives; i++) {
      if (coupledOut[i] === 1) continue;
      const v = lv.variable[i];
      if (lv.spatial[i] === 0) {
        volume *= lv.isEdge[i] === 1 ? mappedEdge[v] : mapped[v];
        continue;
      }
      const pos = lv.pos[i];
      if (pos === POS_INIT) {
        if (lv.isEdge[i] === 1 && edgeEdge) volume *= mappedEdge[v];
        else if (first) volume *= mapped[v];
        else if (unique[v] !== 0) volume *= unique[v];
      } else if (pos === POS_STEADY) {
        if (first) volume *= mapped[v];
        else if (unique[v] !== 0) volume *= unique[v];
      } else if (edgeClusters === 1) {
        if (first || edgeEdge) volume *= mappedEdge[v];
      } else if (edgeClusters > 1) {
        if (edgeEdge) volume *= uniqueEdge[v];
        else if (first) volume *= mapped[v];
        else if (unique[v] !== 0) volume *= unique[v];
      }
    }
  }
  const outDirectives = lv.tensorDirective[TENSOR_OUTPUT];
  const outVars = lv.tensorVars[TENSOR_OUTPUT];
  const tableVars = lv.outputTableVar;
  for (let k = 0; k < outDirectives.length; k++) {
    const i = outDirectives[k];
    if (i < 0) continue;
    const a = tableVars[k];
    const pos = lv.pos[i];
    if (lv.spatial[i] === 0) {
      if (pos === POS_INIT) volume *= lv.isEdge[i] === 1 ? mappedEdge[a] : mapped[a];
      else if (pos === POS_STEADY) volume *= mapped[a];
      else volume *= mappedEdge[a];
      continue;
    }
    if (pos === POS_INIT) {
      if (lv.isEdge[i] === 1 && edgeEdge) {
        if (edgeClusters === 1) volume *= mappedEdge[a];
        else if (edgeClusters > 1) volume *= reuseAtEdge ? uniqueEdge[a] : mappedEdge[a];
      } else if (first) volume *= mapped[a];
      else if (unique[a] !== 0) volume *= unique[a];
    } else if (pos === POS_STEADY) {
      if (first) volume *= mapped[a];
      else if (unique[a] !== 0) volume *= unique[a];
    } else if (edgeClusters === 1) {
      // MAESTRO looks this one up under the input-centric name (Y, not Y'): a C++ quirk kept on purpose.
      if (first || edgeEdge) volume *= mappedEdge[outVars[k]];
    } else if (edgeClusters > 1) {
      if (edgeEdge) volume *= uniqueEdge[a];
      else if (first) volume *= mapped[a];
      else if (unique[a] !== 0) volume *= unique[a];
    }
  }
  return volume;
}

/** Shape of a tensor's spatial step in this case: whether it is partitioned, at an edge, with an edge-edge. */
let spatialMapped = false;
let spatialAtEdge = false;
let spatialEdgeEdge = false;

function readTensorSpatialState(lv: ClusterLevel, t: number): void {
  const dirs = lv.tensorSpatial[t];
  spatialMapped = dirs.length > 0;
  spatialAtEdge = false;
  spatialEdgeEdge = false;
  for (let k = 0; k < dirs.length; k++) {
    if (lv.isEdge[dirs[k]] === 1) spatialAtEdge = true;
  }
  if (spatialMapped) spatialEdgeEdge = lv.spEdgeEdge[dirs[dirs.length - 1]] === 1;
}

/** Elements of input tensor t the level's NoC delivers in this case (SpatialIngressTraffic). */
export function spatialIngress(lv: ClusterLevel, t: number): number {
  readTensorSpatialState(lv, t);
  // Not partitioned: multicast, counted once.
  if (!spatialMapped) return peIngressVolume(lv, t, true, false);
  if (!spatialAtEdge) {
    return peIngressVolume(lv, t, true, false) + (lv.numSubClusters - 1) * peIngressVolume(lv, t, false, false);
  }
  const e = lv.edgeClusters;
  const edgeEdge = spatialEdgeEdge;
  let traffic = e === 1 && edgeEdge ? peIngressVolume(lv, t, true, true) : peIngressVolume(lv, t, true, false);
  if (e > 1) {
    const numEdgeEdge = edgeEdge ? 1 : 0;
    const numFull = Math.max(e - numEdgeEdge - 1, 0);
    if (numFull > 0) traffic += numFull * peIngressVolume(lv, t, false, false);
    if (numEdgeEdge > 0) traffic += peIngressVolume(lv, t, false, true);
  }
  return traffic;
}

/** Output elements the level's sub-clusters send up in this case (SpatialEgressTraffic). */
export function spatialEgress(lv: ClusterLevel): number {
  readTensorSpatialState(lv, TENSOR_OUTPUT);
  if (!spatialMapped) return peEgressVolume(lv, false, true, false, true);
  if (!spatialAtEdge) {
    return (
      peEgressVolume(lv, false, true, false, true) +
      (lv.numSubClusters - 1) * peEgressVolume(lv, false, false, false, true)
    );
  }
  const e = lv.edgeClusters;
  const edgeEdge = spatialEdgeEdge;
  let traffic =
    e === 1 && edgeEdge ? peEgressVolume(lv, false, true, true, true) : peEgressVolume(lv, false, true, false, true);
  if (e > 1) {
    const numEdgeEdge = edgeEdge ? 1 : 0;
    const numFull = Math.max(e - numEdgeEdge - 1, 0);
    if (numFull > 0) traffic += numFull * peEgressVolume(lv, false, false, false, true);
    if (numEdgeEdge > 0) traffic += peEgressVolume(lv, false, false, true, true);
  }
  return traffic;
}

/** Partial sums of the critical (first, or lone edge) sub-cluster per step: the innermost compute delay. */
export function criticalPathPsums(lv: ClusterLevel): number {
  readTensorSpatialState(lv, TENSOR_OUTPUT);
  if (!spatialMapped || !spatialAtEdge) return peEgressVolume(lv, true, true, false, true);
  return lv.edgeClusters === 1 && spatialEdgeEdge
    ? peEgressVolume(lv, true, true, true, true)
    : peEgressVolume(lv, true, true, false, true);
}

/**
 * MACs all sub-clusters of the level perform in one step (OutputTensorSpatialMappingSize for partial sums).
 * Here the spatial state is taken over every SpatialMap of the level, the last one deciding the edge-edge flag.
 */
export function psumMappingSize(lv: ClusterLevel): number {
  let atEdge = false;
  for (let i = 0; i < lv.numDirectives; i++) {
    if (lv.spatial[i] === 1 && lv.isEdge[i] === 1) atEdge = true;
  }
  if (!atEdge) return lv.numSubClusters * peEgressVolume(lv, true, true, false, true);
  const e = lv.edgeClusters;
  const edgeEdge = lv.lastSpatial >= 0 && lv.spEdgeEdge[lv.lastSpatial] === 1;
  let macs = e === 1 && edgeEdge ? peEgressVolume(lv, true, true, true, true) : peEgressVolume(lv, true, true, false, true);
  if (e > 1) {
    const numEdgeEdge = edgeEdge ? 1 : 0;
    const numFull = Math.max(e - numEdgeEdge - 1, 0);
    if (numFull > 0) macs += numFull * peEgressVolume(lv, true, true, false, true);
    if (numEdgeEdge > 0) macs += peEgressVolume(lv, true, false, true, false);
  }
  return macs;
}
