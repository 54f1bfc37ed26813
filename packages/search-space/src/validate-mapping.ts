import { DIMS, isDim, type Dim } from './dim.js';
import type { Mapping } from './mapping.js';
import type { Problem } from './problem.js';
import type { SpaceOptions } from './space-options.js';
import { DIM_INDEX, describeRule, orderKey, ruleAllows, spaceRules, type SpaceRules } from './space-rules.js';
import type { Violation, ViolationCode } from './violation.js';

type Report = (code: ViolationCode, message: string, level?: number, dim?: Dim) => void;

const FULL_MASK = 0b111111;

/** Tiles of the level being checked (0..5) and of its parent (6..11), for the allocation-free fast path. */
const fastPathTiles: number[] = new Array<number>(12).fill(NaN);

/** Tile of `dim` in a level's loops (first occurrence), or NaN when absent. */
export function tileOf(loops: Mapping['levels'][number]['loops'], dim: Dim): number {
  for (let j = 0; j < loops.length; j++) if (loops[j].dim === dim) return loops[j].tile;
  return NaN;
}

/**
 * Checks a mapping against the rules. With `report` null it stops at the first violation and allocates nothing
 * (the repair fast path); otherwise it reports every violation.
 */
export function checkMapping(rules: SpaceRules, mapping: Mapping, report: Report | null): boolean {
  let valid = true;
  const fail: Report = (code, message, level, dim) => {
    valid = false;
    report?.(code, message, level, dim);
  };
  const levels = mapping.levels;
  const L = levels.length;
  // Each level's tiles are read once (first occurrence, NaN when absent, as `tileOf`) and kept as the next level's
  // parent tiles, instead of searching the loop lists twelve times per level: repair runs this on every child.
  const tiles = report ? new Array<number>(12).fill(NaN) : fastPathTiles;
  if (L < rules.minLevels || L > rules.maxLevels) {
    const allowed = rules.minLevels === rules.maxLevels ? `${rules.minLevels}` : `${rules.minLevels}..${rules.maxLevels}`;
    fail('level-count', `${L} level${L === 1 ? '' : 's'}; allowed: ${allowed}`);
    if (!report) return false;
  }
  let clusterProduct = 1;
  for (let i = 0; i < L; i++) {
    const level = levels[i];
    const rule = rules.levels[Math.min(i, rules.levels.length - 1)];
    const loops = level.loops;
    let mask = 0;
    for (let j = 0; j < loops.length; j++) {
      const loop = loops[j];
      const d = isDim(loop.dim) ? DIM_INDEX[loop.dim] : -1;
      const bit = d >= 0 ? 1 << d : 0;
      if (bit === 0 || mask & bit) {
        mask = -1;
        break;
      }
      mask |= bit;
    }
    if (mask !== FULL_MASK || loops.length !== 6) {
      fail('loop-dims', `level ${i}: loops must list K, C, Y, X, R, S once each, got ${loops.map((l) => l.dim).join(' ')}`, i);
      if (!report) return false;
    }
    if (!isDim(level.parallel)) {
      fail('parallel-dim', `level ${i}: parallel must be one of ${DIMS.join(', ')}, got ${String(level.parallel)}`, i);
      if (!report) return false;
    } else if (!rule.parallelAllowed[DIM_INDEX[level.parallel]]) {
      if (rules.depthwise && level.parallel === 'K') {
        fail('depthwise-k-parallel', `level ${i}: a depthwise layer has no K to spread over PEs`, i, 'K');
      } else {
        fail('constraint-parallel', `level ${i}: parallel ${level.parallel}; ${rules.constraintsName} allow ${rule.parallelList.join(', ')}`, i, level.parallel);
      }
      if (!report) return false;
    }
    if (rule.orderKeys !== null && mask === FULL_MASK) {
      let key = '';
      for (let j = 0; j < loops.length; j++) if (!(rules.depthwise && loops[j].dim === 'K')) key += loops[j].dim;
      if (!rule.orderKeys.has(key)) {
        const allowed = [...rule.orderKeys].join(' or ');
        fail('constraint-order', `level ${i}: loop order ${orderKey(loops.map((l) => l.dim), false)}; ${rules.constraintsName} allow ${allowed}`, i);
        if (!report) return false;
      }
    }
    const own = i % 2 === 0 ? 0 : 6;
    const above = 6 - own;
    for (let d = 0; d < 6; d++) tiles[own + d] = NaN;
    for (let j = loops.length - 1; j >= 0; j--) {
      const dim = loops[j].dim;
      const d = isDim(dim) ? DIM_INDEX[dim] : -1;
      if (d >= 0) tiles[own + d] = loops[j].tile;
    }
    for (let d = 0; d < 6; d++) {
      const dim = DIMS[d];
      const tile = tiles[own + d];
      if (Number.isNaN(tile)) continue; // reported as loop-dims
      const parent = i === 0 ? rules.extents[d] : tiles[above + d];
      const bound = Number.isNaN(parent) ? rules.extents[d] : parent;
      const tileRule = rule.tiles[d];
      if (!Number.isInteger(tile) || tile < 1 || tile > bound) {
        const what = i === 0 ? `the ${dim === 'Y' || dim === 'X' ? 'output extent' : 'dimension'} ${bound}` : `level ${i - 1}'s tile ${bound}`;
        fail('tile-range', `level ${i}: ${dim} tile ${tile} must be an integer in 1..${bound} (${what})`, i, dim);
        if (!report) return false;
      } else if ((dim === 'R' || dim === 'S') && tile !== rules.extents[d]) {
        fail('tile-partial-kernel', `level ${i}: ${dim} tile ${tile} must be the full kernel ${rules.extents[d]} (MAESTRO rejects partial R/S tiles)`, i, dim);
        if (!report) return false;
      } else {
        if (rules.factorsOnly && bound % tile !== 0) {
          fail('tile-not-factor', `level ${i}: ${dim} tile ${tile} does not divide ${bound} (factorsOnly)`, i, dim);
          if (!report) return false;
        }
        if (!ruleAllows(tileRule, tile)) {
          fail('constraint-tile', `level ${i}: ${dim} tile ${tile}; ${rules.constraintsName}: ${describeRule(tileRule)}`, i, dim);
          if (!report) return false;
        }
      }
    }
    const size = level.clusterSize;
    if (i === 0) {
      if (size !== null) {
        fail('cluster-size', `level 0: the outermost level has no Cluster(n); clusterSize must be null, got ${size}`, 0);
        if (!report) return false;
      }
    } else if (typeof size !== 'number' || !Number.isInteger(size) || size < 1) {
      fail('cluster-size', `level ${i}: clusterSize must be a positive integer, got ${String(size)}`, i);
      if (!report) return false;
    } else {
      clusterProduct *= size;
      if (!ruleAllows(rule.cluster, size)) {
        fail('constraint-cluster', `level ${i}: clusterSize ${size}; ${rules.constraintsName}: ${describeRule(rule.cluster)}`, i);
        if (!report) return false;
      }
    }
  }
  if (clusterProduct > rules.numPEs) {
    fail('cluster-product', `cluster sizes multiply to ${clusterProduct}, more than the ${rules.numPEs} PEs`);
  }
  return valid;
}

/** Every reason the mapping is invalid for the problem under the options (empty = valid). */
export function validateMapping(problem: Problem, mapping: Mapping, options: SpaceOptions): Violation[] {
  const violations: Violation[] = [];
  checkMapping(spaceRules(problem, options), mapping, (code, message, level, dim) => {
    const v: { code: ViolationCode; level?: number; dim?: Dim; message: string } = { code, message };
    if (level !== undefined) v.level = level;
    if (dim !== undefined) v.dim = dim;
    violations.push(v);
  });
  return violations;
}

/** True when the mapping has no violation; stops at the first one. */
export function isValidMapping(problem: Problem, mapping: Mapping, options: SpaceOptions): boolean {
  return checkMapping(spaceRules(problem, options), mapping, null);
}
