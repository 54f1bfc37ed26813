import { ConstraintConflictError } from './constraint-conflict-error.js';
import { DIMS, type Dim } from './dim.js';
import { divisorsOf } from './divisors.js';
import { MAX_LEVELS, parseConstraints, type FlexibilityConstraints, type ValueChoice } from './flexibility-constraints.js';
import { InputFormatError, describeValue } from './input-format-error.js';
import { dimExtent, type Problem } from './problem.js';
import { DEFAULT_LEVELS, type SpaceOptions } from './space-options.js';

// Internal: options + constraints + problem compiled once into flat rules that validation, repair, sampling and
// counting all read, so the four can never disagree about what is valid.

/** Allowed values: the integers in [min, max], or only the sorted `values` (all within [min, max]). */
export interface ValueRule {
  readonly min: number;
  readonly max: number;
  readonly values: readonly number[] | null;
}

export function ruleAllows(rule: ValueRule, v: number): boolean {
  if (v < rule.min || v > rule.max) return false;
  return rule.values === null || indexOfSorted(rule.values, v) >= 0;
}

/** Index of `v` in a sorted array, or −1. */
export function indexOfSorted(values: readonly number[], v: number): number {
  let lo = 0;
  let hi = values.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = values[mid];
    if (x === v) return mid;
    if (x < v) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The smallest allowed value ≥ `floor`, or null. */
export function smallestAllowedAtLeast(rule: ValueRule, floor: number): number | null {
  if (rule.values === null) return Math.max(rule.min, floor) <= rule.max ? Math.max(rule.min, floor) : null;
  for (const v of rule.values) if (v >= floor) return v;
  return null;
}

/** The largest allowed value ≤ `ceiling`, or null. */
export function largestAllowedAtMost(rule: ValueRule, ceiling: number): number | null {
  if (rule.values === null) return Math.min(rule.max, ceiling) >= rule.min ? Math.min(rule.max, ceiling) : null;
  for (let i = rule.values.length - 1; i >= 0; i--) if (rule.values[i] <= ceiling) return rule.values[i];
  return null;
}

export interface LevelRules {
  /** Indexed like DIMS. */
  readonly parallelAllowed: readonly boolean[];
  readonly parallelList: readonly Dim[];
  /** True when the constraints (not just the layer) limit the parallel dim. */
  readonly parallelConstrained: boolean;
  readonly orders: readonly (readonly Dim[])[] | null;
  /** Keys of the allowed orders (K left out for depthwise layers, where its position means nothing). */
  readonly orderKeys: ReadonlySet<string> | null;
  /** Indexed like DIMS; capped at the extents, R/S fixed to the full kernel. */
  readonly tiles: readonly ValueRule[];
  readonly tileConstrained: readonly boolean[];
  /** Meaningless for level 0. */
  readonly cluster: ValueRule;
  readonly clusterConstrained: boolean;
}

/** Which tiles can still be completed into a valid chain of `levelCount` levels. */
export interface Feasibility {
  readonly levelCount: number;
  /** Non-factor mode: lowerBound[i·6 + d] = the smallest tile of dim d at level i that has a valid chain below. */
  readonly lowerBound: Int32Array;
  /** Factor mode: feasible[i·6 + d] = the divisors of the extent usable at level i. */
  readonly feasible: (readonly number[])[] | null;
  /** clusterMinProduct[i] = Π over levels j ≥ max(i, 1) of the smallest allowed cluster size; [levelCount] = 1. */
  readonly clusterMinProduct: Float64Array;
}

export interface SpaceRules {
  readonly problem: Problem;
  readonly numPEs: number;
  readonly factorsOnly: boolean;
  readonly depthwise: boolean;
  /** Indexed like DIMS; Y/X in output coordinates. */
  readonly extents: readonly number[];
  readonly minLevels: number;
  readonly maxLevels: number;
  /** [minLevels, maxLevels] as one object (what `allowedLevelRange` returns). */
  readonly levelRange: { readonly min: number; readonly max: number };
  /** One per possible level index, 0..MAX_LEVELS−1. */
  readonly levels: readonly LevelRules[];
  readonly constraintsName: string;
  /** Feasibility of a level count, or the reason none exists. */
  feasibility(levelCount: number): Feasibility | string;
  /** The level counts in [minLevels, maxLevels] that some mapping can use; throws ConstraintConflictError if none. */
  feasibleLevelCounts(): readonly number[];
}

export const DIM_INDEX: Readonly<Record<Dim, number>> = { K: 0, C: 1, Y: 2, X: 3, R: 4, S: 5 };

export function orderKey(dims: readonly Dim[], skipK: boolean): string {
  let key = '';
  for (const d of dims) if (!(skipK && d === 'K')) key += d;
  return key;
}

const parsedConstraints = new WeakMap<FlexibilityConstraints, FlexibilityConstraints>();
const rulesCache = new WeakMap<SpaceOptions, WeakMap<Problem, SpaceRules>>();

// The last pair asked for: a search repairs a whole generation of one layer in a row, so most calls skip both maps.
let lastOptions: SpaceOptions | null = null;
let lastProblem: Problem | null = null;
let lastRules: SpaceRules | null = null;

/** The compiled rules of a problem under options; cached per (options, problem) object pair. */
export function spaceRules(problem: Problem, options: SpaceOptions): SpaceRules {
  if (options === lastOptions && problem === lastProblem && lastRules !== null) return lastRules;
  let byProblem = rulesCache.get(options);
  if (!byProblem) {
    byProblem = new WeakMap();
    rulesCache.set(options, byProblem);
  }
  let rules = byProblem.get(problem);
  if (!rules) {
    rules = compileRules(problem, options);
    byProblem.set(problem, rules);
  }
  lastOptions = options;
  lastProblem = problem;
  lastRules = rules;
  return rules;
}

function checkOptions(options: SpaceOptions): void {
  const { numPEs, levels, factorsOnly } = options;
  if (typeof numPEs !== 'number' || !Number.isInteger(numPEs) || numPEs < 1) {
    throw new InputFormatError('space options', 'numPEs', `must be a positive integer, got ${describeValue(numPEs)}`);
  }
  if (levels !== undefined) {
    const ok = (n: unknown): boolean => typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= MAX_LEVELS;
    if (!ok(levels.min) || !ok(levels.max) || levels.min > levels.max) {
      throw new InputFormatError('space options', 'levels', `must be { min, max } with 1 ≤ min ≤ max ≤ ${MAX_LEVELS}, got ${describeValue(levels)}`);
    }
  }
  if (factorsOnly !== undefined && typeof factorsOnly !== 'boolean') {
    throw new InputFormatError('space options', 'factorsOnly', `must be true or false, got ${describeValue(factorsOnly)}`);
  }
}

function valueRule(choice: ValueChoice | undefined, cap: number): ValueRule {
  if (choice === undefined) return { min: 1, max: cap, values: null };
  if (typeof choice === 'number') {
    const v = Math.min(choice, cap);
    return { min: v, max: v, values: null };
  }
  if (Array.isArray(choice)) {
    const values = [...new Set((choice as readonly number[]).map((v) => Math.min(v, cap)))].sort((a, b) => a - b);
    return { min: values[0], max: values[values.length - 1], values };
  }
  const range = choice as { min?: number; max?: number };
  return { min: Math.min(range.min ?? 1, cap), max: Math.min(range.max ?? cap, cap), values: null };
}

function compileRules(problem: Problem, options: SpaceOptions): SpaceRules {
  checkOptions(options);
  let constraints: FlexibilityConstraints = {};
  if (options.constraints) {
    constraints = parsedConstraints.get(options.constraints) ?? parseConstraints(options.constraints, 'constraints');
    parsedConstraints.set(options.constraints, constraints);
  }
  const depthwise = problem.op === 'DSCONV';
  const extents = DIMS.map((d) => dimExtent(problem, d));
  const constraintsName = constraints.name ?? 'constraints';

  let { min: minLevels, max: maxLevels } = options.levels ?? DEFAULT_LEVELS;
  if (constraints.levels !== undefined) {
    const c = typeof constraints.levels === 'number' ? { min: constraints.levels, max: constraints.levels } : constraints.levels;
    const cMin = c.min ?? 1;
    const cMax = c.max ?? MAX_LEVELS;
    if (options.levels === undefined) {
      minLevels = cMin;
      maxLevels = cMax;
    } else {
      minLevels = Math.max(minLevels, cMin);
      maxLevels = Math.min(maxLevels, cMax);
      if (minLevels > maxLevels) {
        throw new ConstraintConflictError(
          problem.name,
          `the options allow ${options.levels.min}..${options.levels.max} levels but ${constraintsName} allow ${cMin}..${cMax}`,
        );
      }
    }
  }

  const levels: LevelRules[] = [];
  for (let i = 0; i < MAX_LEVELS; i++) {
    const c = constraints.perLevel?.[i] ?? {};
    let parallelChoice: readonly Dim[] = c.parallel === undefined ? DIMS : typeof c.parallel === 'string' ? [c.parallel] : c.parallel;
    if (depthwise) parallelChoice = parallelChoice.map((d) => (d === 'K' ? 'C' : d));
    const parallelAllowed = DIMS.map((d) => parallelChoice.includes(d) && !(depthwise && d === 'K'));
    const parallelList = DIMS.filter((_, j) => parallelAllowed[j]);
    let orders: (readonly Dim[])[] | null = null;
    if (c.order !== undefined) orders = typeof c.order[0] === 'string' ? [c.order as readonly Dim[]] : (c.order as readonly (readonly Dim[])[]).slice();
    const tiles = DIMS.map((d, j) => {
      const rule = valueRule(c.tiles?.[d], extents[j]);
      if (d !== 'R' && d !== 'S') return rule;
      // MAESTRO rejects partial R/S temporal tiles, so only the full kernel is ever allowed.
      return ruleAllows(rule, extents[j]) ? { min: extents[j], max: extents[j], values: null } : { min: extents[j], max: extents[j], values: [] };
    });
    levels.push({
      parallelAllowed,
      parallelList,
      parallelConstrained: c.parallel !== undefined,
      orders,
      orderKeys: orders ? new Set(orders.map((o) => orderKey(o, depthwise))) : null,
      tiles,
      tileConstrained: DIMS.map((d) => c.tiles?.[d] !== undefined),
      cluster: valueRule(c.clusterSize, Number.MAX_SAFE_INTEGER),
      clusterConstrained: c.clusterSize !== undefined,
    });
  }

  const feasibilityCache = new Map<number, Feasibility | string>();
  let levelCounts: readonly number[] | null = null;
  const factorsOnly = options.factorsOnly ?? false;
  const rules: SpaceRules = {
    problem,
    numPEs: options.numPEs,
    factorsOnly,
    depthwise,
    extents,
    minLevels,
    maxLevels,
    levelRange: Object.freeze({ min: minLevels, max: maxLevels }),
    levels,
    constraintsName,
    feasibility(levelCount) {
      let f = feasibilityCache.get(levelCount);
      if (f === undefined) {
        f = computeFeasibility(rules, levelCount);
        feasibilityCache.set(levelCount, f);
      }
      return f;
    },
    feasibleLevelCounts() {
      // Asked on every sample and repair; the answer depends only on the rules, so it is worked out once.
      if (levelCounts !== null) return levelCounts;
      const counts: number[] = [];
      let reason = '';
      for (let n = minLevels; n <= maxLevels; n++) {
        const f = rules.feasibility(n);
        if (typeof f === 'string') reason ||= `${n} level${n === 1 ? '' : 's'}: ${f}`;
        else counts.push(n);
      }
      if (counts.length === 0) throw new ConstraintConflictError(problem.name, reason);
      levelCounts = counts;
      return counts;
    },
  };
  return rules;
}

function computeFeasibility(rules: SpaceRules, levelCount: number): Feasibility | string {
  const L = levelCount;
  const lowerBound = new Int32Array((L + 1) * 6).fill(1);
  const feasible: (readonly number[])[] | null = rules.factorsOnly ? new Array<readonly number[]>(L * 6) : null;
  for (let d = 0; d < 6; d++) {
    const extent = rules.extents[d];
    for (let i = L - 1; i >= 0; i--) {
      const rule = rules.levels[i].tiles[d];
      const lb = smallestAllowedAtLeast(rule, lowerBound[(i + 1) * 6 + d]);
      if (lb === null) {
        if (rule.values !== null && rule.values.length === 0) {
          return `level ${i} ${DIMS[d]} tile: the constraints exclude the full kernel ${extent}, the only tile MAESTRO accepts`;
        }
        return `level ${i} ${DIMS[d]} tile: ${describeRule(rule)} leaves no tile ≥ ${lowerBound[(i + 1) * 6 + d]} (needed by the levels below)`;
      }
      lowerBound[i * 6 + d] = lb;
      if (feasible) {
        const divisors = divisorsOf(extent);
        const below = i === L - 1 ? null : feasible[(i + 1) * 6 + d];
        const usable =
          rule.values === null && rule.min === 1 && rule.max === extent && (below === null || below[0] === 1)
            ? divisors
            : divisors.filter((v) => ruleAllows(rule, v) && (below === null || below.some((w) => v % w === 0)));
        if (usable.length === 0) {
          return `level ${i} ${DIMS[d]} tile: ${describeRule(rule)} has no divisor of ${extent} that the levels below can divide (factorsOnly)`;
        }
        feasible[i * 6 + d] = usable;
      }
    }
  }
  const clusterMinProduct = new Float64Array(L + 1).fill(1);
  for (let i = L - 1; i >= 1; i--) clusterMinProduct[i] = clusterMinProduct[i + 1] * rules.levels[i].cluster.min;
  clusterMinProduct[0] = clusterMinProduct[1] ?? 1;
  if (clusterMinProduct[0] > rules.numPEs) {
    return `the smallest allowed cluster sizes multiply to ${clusterMinProduct[0]}, more than the ${rules.numPEs} PEs`;
  }
  return { levelCount, lowerBound, feasible, clusterMinProduct };
}

export function describeRule(rule: ValueRule): string {
  if (rule.values !== null) return rule.values.length === 0 ? 'nothing allowed' : `allowed {${rule.values.join(', ')}}`;
  return rule.min === rule.max ? `fixed to ${rule.min}` : `allowed ${rule.min}..${rule.max}`;
}
