import { DIMS, type Dim } from './dim.js';
import { mappingLevel, type LoopTile, type Mapping, type MappingLevel } from './mapping.js';
import type { Problem } from './problem.js';
import type { Rng } from './rng.js';
import type { SpaceOptions } from './space-options.js';
import { DIM_INDEX, spaceRules, type Feasibility, type SpaceRules, type ValueRule } from './space-rules.js';

/**
 * A random valid mapping. Each gene is uniform given the genes above it: the level count among the feasible ones,
 * per level a parallel dim and a loop order among the allowed ones, each tile among the allowed values ≤ its parent
 * tile, each cluster size among the allowed values that still fit the PEs (levels drawn in random order). So it is
 * uniform per gene, not over the whole space (which large tiles dominate). Same RNG state → same mapping.
 */
export function sampleMapping(problem: Problem, options: SpaceOptions, rng: Rng): Mapping {
  const rules = spaceRules(problem, options);
  const counts = rules.feasibleLevelCounts();
  const levelCount = counts[rng.int(counts.length)];
  const f = rules.feasibility(levelCount) as Feasibility;
  const parentTiles = rules.extents.slice();
  const clusterSizes = sampleClusterSizes(rules, levelCount, rng);
  const levels: MappingLevel[] = [];
  for (let i = 0; i < levelCount; i++) {
    const rule = rules.levels[i];
    const order = rule.orders ? rule.orders[rng.int(rule.orders.length)] : shuffled(rng);
    const parallel = rule.parallelList[rng.int(rule.parallelList.length)];
    for (let d = 0; d < 6; d++) parentTiles[d] = sampleTile(rules, f, i, d, parentTiles[d], rng);
    const loops: LoopTile[] = order.map((dim) => ({ dim, tile: parentTiles[DIM_INDEX[dim]] }));
    levels.push(mappingLevel(parallel, i === 0 ? null : clusterSizes[i], loops));
  }
  return { levels };
}

/**
 * Cluster sizes for levels 1..L−1, drawn in a random level order so that no level is favoured: the first one drawn
 * would otherwise take most of the PE budget.
 */
function sampleClusterSizes(rules: SpaceRules, levelCount: number, rng: Rng): number[] {
  const sizes = new Array<number>(levelCount).fill(0);
  let product = 1;
  for (let left = levelCount - 1; left > 0; left--) {
    // The k-th level not yet drawn.
    let k = rng.int(left);
    let level = 1;
    for (; level < levelCount; level++) if (sizes[level] === 0 && k-- === 0) break;
    let othersMin = 1;
    for (let j = 1; j < levelCount; j++) if (j !== level && sizes[j] === 0) othersMin *= rules.levels[j].cluster.min;
    sizes[level] = sampleValue(rules.levels[level].cluster, Math.floor(rules.numPEs / (product * othersMin)), rng);
    product *= sizes[level];
  }
  return sizes;
}

function shuffled(rng: Rng): Dim[] {
  const order = DIMS.slice();
  for (let j = order.length - 1; j > 0; j--) {
    const k = rng.int(j + 1);
    const t = order[j];
    order[j] = order[k];
    order[k] = t;
  }
  return order;
}

function sampleTile(rules: SpaceRules, f: Feasibility, level: number, d: number, parent: number, rng: Rng): number {
  if (f.feasible !== null) {
    const candidates = f.feasible[level * 6 + d];
    let count = 0;
    for (const v of candidates) if (parent % v === 0) count++;
    let k = rng.int(count);
    for (const v of candidates) if (parent % v === 0 && k-- === 0) return v;
  }
  const rule = rules.levels[level].tiles[d];
  const lo = Math.max(rule.min, f.lowerBound[(level + 1) * 6 + d]);
  const hi = Math.min(rule.max, parent);
  if (rule.values === null) return rng.intBetween(lo, hi);
  return pickInRange(rule.values, lo, hi, rng);
}

/** Uniform among the allowed values ≤ `ceiling`. */
function sampleValue(rule: ValueRule, ceiling: number, rng: Rng): number {
  const hi = Math.min(rule.max, ceiling);
  if (rule.values === null) return rng.intBetween(rule.min, hi);
  return pickInRange(rule.values, rule.min, hi, rng);
}

function pickInRange(values: readonly number[], lo: number, hi: number, rng: Rng): number {
  let first = 0;
  while (values[first] < lo) first++;
  let last = values.length - 1;
  while (values[last] > hi) last--;
  return values[first + rng.int(last - first + 1)];
}
