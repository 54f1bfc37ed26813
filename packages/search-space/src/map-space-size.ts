import { divisorsOf } from './divisors.js';
import type { Problem } from './problem.js';
import type { SpaceOptions } from './space-options.js';
import { ruleAllows, spaceRules, type SpaceRules, type ValueRule } from './space-rules.js';

/** A map-space size: exact, and its base-10 logarithm (−Infinity for an empty space). */
export interface MapSpaceSize {
  readonly size: bigint;
  readonly log10: number;
}

/**
 * The number of distinct valid mappings of a problem: for each allowed level count L, the product over levels of
 * (allowed parallel dims × allowed loop orders) × the number of nested tile chains per dimension (tile ≤ the tile
 * one level up, or dividing it under factorsOnly; R/S fixed) × the number of cluster-size tuples whose product fits
 * the PEs; summed over L. "Distinct" means a distinct MAESTRO dataflow: for depthwise layers K is not written, so
 * only the order of the other five dims counts. Throws `ConstraintConflictError` when no mapping exists.
 */
export function mapSpaceSize(problem: Problem, options: SpaceOptions): MapSpaceSize {
  const rules = spaceRules(problem, options);
  let size = 0n;
  for (const levelCount of rules.feasibleLevelCounts()) size += countWithLevels(rules, levelCount);
  return { size, log10: bigintLog10(size) };
}

/** log10 of a non-negative bigint, to double precision. */
export function bigintLog10(n: bigint): number {
  if (n <= 0n) return -Infinity;
  const digits = n.toString();
  if (digits.length <= 15) return Math.log10(Number(n));
  return digits.length - 15 + Math.log10(Number(digits.slice(0, 15)));
}

function countWithLevels(rules: SpaceRules, levelCount: number): bigint {
  let n = 1n;
  for (let i = 0; i < levelCount; i++) {
    const rule = rules.levels[i];
    const orders = rule.orderKeys ? rule.orderKeys.size : rules.depthwise ? 120 : 720;
    n *= BigInt(rule.parallelList.length * orders);
  }
  for (let d = 0; d < 6; d++) n *= tileChains(rules, levelCount, d);
  return n * BigInt(clusterTuples(rules, levelCount));
}

function isFree(rule: ValueRule, extent: number): boolean {
  return rule.values === null && rule.min === 1 && rule.max === extent;
}

/** Chains t0 ≥ t1 ≥ … ≥ t(L−1) ≥ 1 of allowed tiles (t0 ≤ extent; each dividing the one above under factorsOnly). */
function tileChains(rules: SpaceRules, levelCount: number, d: number): bigint {
  const extent = rules.extents[d];
  const levelRules = rules.levels.slice(0, levelCount).map((l) => l.tiles[d]);
  if (rules.factorsOnly) {
    const divisors = divisorsOf(extent);
    let below: bigint[] | null = null;
    for (let i = levelCount - 1; i >= 0; i--) {
      const here: bigint[] = divisors.map((v, a) => {
        if (!ruleAllows(levelRules[i], v)) return 0n;
        if (below === null) return 1n;
        let sum = 0n;
        for (let b = 0; b <= a; b++) if (v % divisors[b] === 0) sum += below[b];
        return sum;
      });
      below = here;
    }
    return (below as bigint[]).reduce((a, b) => a + b, 0n);
  }
  if (levelRules.every((rule) => isFree(rule, extent))) return binomial(BigInt(extent + levelCount - 1), levelCount);
  // prefix[v] = number of valid chains for the levels below whose top tile is ≤ v.
  let prefix: bigint[] | null = null;
  for (let i = levelCount - 1; i >= 0; i--) {
    const next: bigint[] = new Array<bigint>(extent + 1);
    next[0] = 0n;
    for (let v = 1; v <= extent; v++) {
      const here = ruleAllows(levelRules[i], v) ? (prefix === null ? 1n : prefix[v]) : 0n;
      next[v] = next[v - 1] + here;
    }
    prefix = next;
  }
  return (prefix as bigint[])[extent];
}

function binomial(n: bigint, k: number): bigint {
  let result = 1n;
  for (let i = 0; i < k; i++) result = (result * (n - BigInt(i))) / BigInt(i + 1);
  return result;
}

/** Tuples of cluster sizes (levels 1..L−1), each allowed, whose product is ≤ numPEs. */
function clusterTuples(rules: SpaceRules, levelCount: number): number {
  const memo = new Map<number, number>();
  const count = (level: number, room: number): number => {
    if (level >= levelCount) return 1;
    const key = level * (rules.numPEs + 1) + room;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const rule = rules.levels[level].cluster;
    let total = 0;
    if (rule.values !== null) {
      for (const c of rule.values) if (c <= room) total += count(level + 1, Math.floor(room / c));
    } else {
      // Group the sizes c by floor(room / c), which takes only O(√room) values.
      const hi = Math.min(rule.max, room);
      for (let c = rule.min; c <= hi; ) {
        const q = Math.floor(room / c);
        const last = Math.min(hi, Math.floor(room / q));
        total += (last - c + 1) * count(level + 1, q);
        c = last + 1;
      }
    }
    memo.set(key, total);
    return total;
  };
  return count(1, rules.numPEs);
}
