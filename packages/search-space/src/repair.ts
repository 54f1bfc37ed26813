import { DIMS, isDim, type Dim } from './dim.js';
import { loopTile, mappingLevel, type LoopTile, type Mapping, type MappingLevel } from './mapping.js';
import type { Problem } from './problem.js';
import type { SpaceOptions } from './space-options.js';
import { DIM_INDEX, largestAllowedAtMost, type Feasibility, type LevelRules, type SpaceRules, spaceRules } from './space-rules.js';
import { checkMapping } from './validate-mapping.js';

/**
 * The nearest valid mapping (GAMMA's `correctify_tile_dependency`, extended to every rule): a valid mapping comes
 * back as the same object; otherwise levels beyond the allowed count are dropped from the inside (missing ones are
 * added as copies of the innermost level), loops are made a permutation of the six dims (duplicates dropped,
 * missing dims appended untiled), the order and parallel dim are moved to the closest allowed ones, tiles are
 * clamped top-down into [1, parent] and onto allowed values (R/S to the full kernel, divisors under factorsOnly),
 * and cluster sizes are snapped to allowed values and shrunk innermost-first until they fit the PEs.
 * Throws `ConstraintConflictError` only when no mapping of the layer satisfies the options.
 */
export function repair(problem: Problem, mapping: Mapping, options: SpaceOptions): Mapping {
  const rules = spaceRules(problem, options);
  if (checkMapping(rules, mapping, null)) return mapping;
  const counts = rules.feasibleLevelCounts();
  const sourceLevels = mapping.levels;
  const levelCount = nearestCount(counts, sourceLevels.length);
  const f = rules.feasibility(levelCount) as Feasibility;
  const parentTiles = rules.extents.slice();
  const tiles = [0, 0, 0, 0, 0, 0];
  const clusterSizes: number[] = [0];
  for (let i = 1; i < levelCount; i++) {
    const own = sourceLevels[i] as MappingLevel | undefined;
    clusterSizes.push(nearestCluster(rules.levels[i], own ? own.clusterSize : 1, rules.numPEs));
  }
  shrinkClusters(rules, clusterSizes);
  const levels: MappingLevel[] = [];
  for (let i = 0; i < levelCount; i++) {
    const own = i < sourceLevels.length ? sourceLevels[i] : undefined;
    const model = own ?? sourceLevels[sourceLevels.length - 1];
    const rule = rules.levels[i];
    const order = repairOrder(rule, model?.loops, rules.depthwise);
    const parallel = repairParallel(rule, model?.parallel, rules.depthwise);
    for (let d = 0; d < 6; d++) {
      const wanted = own ? loopTile(own.loops, DIMS[d]) : parentTiles[d];
      tiles[d] = nearestTile(rules, f, i, d, wanted, parentTiles[d]);
    }
    const loops: LoopTile[] = order.map((dim) => ({ dim, tile: tiles[DIM_INDEX[dim]] }));
    for (let d = 0; d < 6; d++) parentTiles[d] = tiles[d];
    levels.push(mappingLevel(parallel, i === 0 ? null : clusterSizes[i], loops));
  }
  return { levels };
}

function nearestCount(counts: readonly number[], wanted: number): number {
  let best = counts[0];
  for (const n of counts) if (Math.abs(n - wanted) < Math.abs(best - wanted)) best = n;
  return best;
}

function repairOrder(rule: LevelRules, loops: readonly LoopTile[] | undefined, depthwise: boolean): readonly Dim[] {
  const order: Dim[] = [];
  if (loops) for (const loop of loops) if (isDim(loop.dim) && !order.includes(loop.dim)) order.push(loop.dim);
  for (const d of DIMS) if (!order.includes(d)) order.push(d);
  if (rule.orders === null) return order;
  let best = rule.orders[0];
  let bestDistance = Infinity;
  for (const allowed of rule.orders) {
    let distance = 0;
    for (let j = 0; j < 6; j++) {
      if (depthwise && order[j] === 'K') continue;
      distance += Math.abs(allowed.indexOf(order[j]) - j);
    }
    if (distance < bestDistance) {
      best = allowed;
      bestDistance = distance;
    }
  }
  return best;
}

function repairParallel(rule: LevelRules, parallel: Dim | undefined, depthwise: boolean): Dim {
  if (isDim(parallel)) {
    if (rule.parallelAllowed[DIM_INDEX[parallel]]) return parallel;
    if (depthwise && parallel === 'K' && rule.parallelAllowed[DIM_INDEX.C]) return 'C';
  }
  return rule.parallelList[0];
}

/** The allowed tile nearest to `wanted` that is ≤ the parent tile and can still be completed below. */
function nearestTile(rules: SpaceRules, f: Feasibility, level: number, d: number, wanted: number, parent: number): number {
  const target = Number.isFinite(wanted) ? Math.round(wanted) : parent;
  if (f.feasible !== null) {
    const candidates = f.feasible[level * 6 + d];
    let best = -1;
    for (const v of candidates) {
      if (parent % v !== 0) continue;
      if (best < 0 || Math.abs(v - target) < Math.abs(best - target)) best = v;
    }
    return best;
  }
  const rule = rules.levels[level].tiles[d];
  const lo = Math.max(rule.min, f.lowerBound[(level + 1) * 6 + d]);
  const hi = Math.min(rule.max, parent);
  if (rule.values === null) return Math.min(hi, Math.max(lo, target));
  let best = -1;
  for (const v of rule.values) {
    if (v < lo || v > hi) continue;
    if (best < 0 || Math.abs(v - target) < Math.abs(best - target)) best = v;
  }
  return best;
}

function nearestCluster(rule: LevelRules, size: number | null, numPEs: number): number {
  const c = rule.cluster;
  const target = size === null || !Number.isFinite(size) ? 1 : Math.max(1, Math.round(size));
  const hi = Math.min(c.max, numPEs);
  if (c.values === null) return Math.min(hi, Math.max(c.min, target));
  let best = c.values[0];
  for (const v of c.values) if (v <= hi && Math.abs(v - target) < Math.abs(best - target)) best = v;
  return best;
}

/** Shrinks cluster sizes, innermost first, until their product fits the PEs (feasibility guarantees it can). */
function shrinkClusters(rules: SpaceRules, sizes: number[]): void {
  let product = 1;
  for (let i = 1; i < sizes.length; i++) product *= sizes[i];
  for (let i = sizes.length - 1; i >= 1 && product > rules.numPEs; i--) {
    const others = product / sizes[i];
    const rule = rules.levels[i].cluster;
    const fitted = largestAllowedAtMost(rule, Math.floor(rules.numPEs / others)) ?? (rule.values ? rule.values[0] : rule.min);
    if (fitted < sizes[i]) {
      sizes[i] = fitted;
      product = others * fitted;
    }
  }
}
