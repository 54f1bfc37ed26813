import { DIMS, dimIndexOf, isDim, type Dim } from './dim.js';
import type { Mapping } from './mapping.js';
import type { Problem } from './problem.js';
import type { SpaceOptions } from './space-options.js';
import { DIM_INDEX, describeRule, orderKey, ruleAllows, spaceRules, type SpaceRules } from './space-rules.js';
import type { Violation, ViolationCode } from './violation.js';

type Report = (code: ViolationCode, message: string, level?: number, dim?: Dim) => void;

const FULL_MASK = 0b111111;

/** Tiles of the level being checked (0..5) and of its parent (6..11), for the allocation-free fast path. */
const fastPathTiles: number[] = new Array<number>(12).fill(NaN);

/** Reports one violation; returns false (the verdict) so a call site reads `valid = fail(…)`. */
function fail(report: Report, code: ViolationCode, message: string, level?: number, dim?: Dim): false {
  report(code, message, level, dim);
  return false;
}

/**
 * Checks a mapping against the rules. With `report` null it stops at the first violation and allocates nothing
 * (the repair fast path); otherwise it reports every violation.
 */
export function checkMapping(rules: SpaceRules, mapping: Mapping, report: Report | null): boolean {
  // The fast path (no report) returns at the first violation before its message is built, and allocates nothing.
  let valid = true;
  const levels = mapping.levels;
  const L = levels.length;
  // Tiles of the level being checked and of its parent, instead of searching the loop lists twelve times per level.
  const tiles = report ? new Array<number>(12).fill(NaN) : fastPathTiles;
  if (L < rules.minLevels || L > rules.maxLevels) {
    if (!report) return false;
    const allowed = rules.minLevels === rules.maxLevels ? `${rules.minLevels}` : `${rules.minLevels}..${rules.maxLevels}`;
    valid = fail(report, 'level-count', `${L} level${L === 1 ? '' : 's'}; allowed: ${allowed}`);
  }
  let clusterProduct = 1;
  for (let i = 0; i < L; i++) {
    const level = levels[i];
    const rule = rules.levels[Math.min(i, rules.levels.length - 1)];
    const loops = level.loops;
    // One pass over the loops: which dims appear (a bad or repeated dim makes the mask −1) and each dim's tile (first
    // occurrence, NaN when absent, as `loopTile`), kept as the next level's parent tiles.
    const own = i % 2 === 0 ? 0 : 6;
    const above = 6 - own;
    for (let d = 0; d < 6; d++) tiles[own + d] = NaN;
    let seen = 0;
    let badDims = false;
    for (let j = 0; j < loops.length; j++) {
      const d = dimIndexOf(loops[j].dim);
      if (d < 0 || seen & (1 << d)) {
        badDims = true;
        continue;
      }
      seen |= 1 << d;
      tiles[own + d] = loops[j].tile;
    }
    const mask = badDims ? -1 : seen;
    if (mask !== FULL_MASK || loops.length !== 6) {
      if (!report) return false;
      valid = fail(report, 'loop-dims', `level ${i}: loops must list K, C, Y, X, R, S once each, got ${loops.map((l) => l.dim).join(' ')}`, i);
    }
    if (!isDim(level.parallel)) {
      if (!report) return false;
      valid = fail(report, 'parallel-dim', `level ${i}: parallel must be one of ${DIMS.join(', ')}, got ${String(level.parallel)}`, i);
    } else if (!rule.parallelAllowed[DIM_INDEX[level.parallel]]) {
      if (!report) return false;
      if (rules.depthwise && level.parallel === 'K') {
        valid = fail(report, 'depthwise-k-parallel', `level ${i}: a depthwise layer has no K to spread over PEs`, i, 'K');
      } else {
        valid = fail(report, 'constraint-parallel', `level ${i}: parallel ${level.parallel}; ${rules.constraintsName} allow ${rule.parallelList.join(', ')}`, i, level.parallel);
      }
    }
    if (rule.orderKeys !== null && mask === FULL_MASK) {
      let key = '';
      for (let j = 0; j < loops.length; j++) if (!(rules.depthwise && loops[j].dim === 'K')) key += loops[j].dim;
      if (!rule.orderKeys.has(key)) {
        if (!report) return false;
        const allowed = [...rule.orderKeys].join(' or ');
        valid = fail(report, 'constraint-order', `level ${i}: loop order ${orderKey(loops.map((l) => l.dim), false)}; ${rules.constraintsName} allow ${allowed}`, i);
      }
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
        if (!report) return false;
        valid = fail(report, 'tile-range', `level ${i}: ${dim} tile ${tile} must be an integer in 1..${bound} (${what})`, i, dim);
      } else if ((dim === 'R' || dim === 'S') && tile !== rules.extents[d]) {
        if (!report) return false;
        valid = fail(report, 'tile-partial-kernel', `level ${i}: ${dim} tile ${tile} must be the full kernel ${rules.extents[d]} (MAESTRO rejects partial R/S tiles)`, i, dim);
      } else {
        if (rules.factorsOnly && bound % tile !== 0) {
          if (!report) return false;
          valid = fail(report, 'tile-not-factor', `level ${i}: ${dim} tile ${tile} does not divide ${bound} (factorsOnly)`, i, dim);
        }
        if (!ruleAllows(tileRule, tile)) {
          if (!report) return false;
          valid = fail(report, 'constraint-tile', `level ${i}: ${dim} tile ${tile}; ${rules.constraintsName}: ${describeRule(tileRule)}`, i, dim);
        }
      }
    }
    const size = level.clusterSize;
    if (i === 0) {
      if (size !== null) {
        if (!report) return false;
        valid = fail(report, 'cluster-size', `level 0: the outermost level has no Cluster(n); clusterSize must be null, got ${size}`, 0);
      }
    } else if (typeof size !== 'number' || !Number.isInteger(size) || size < 1) {
      if (!report) return false;
      valid = fail(report, 'cluster-size', `level ${i}: clusterSize must be a positive integer, got ${String(size)}`, i);
    } else {
      clusterProduct *= size;
      if (!ruleAllows(rule.cluster, size)) {
        if (!report) return false;
        valid = fail(report, 'constraint-cluster', `level ${i}: clusterSize ${size}; ${rules.constraintsName}: ${describeRule(rule.cluster)}`, i);
      }
    }
  }
  if (clusterProduct > rules.numPEs) {
    if (!report) return false;
    valid = fail(report, 'cluster-product', `cluster sizes multiply to ${clusterProduct}, more than the ${rules.numPEs} PEs`);
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
