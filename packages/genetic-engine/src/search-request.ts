import type { Model } from '@gamma-ts/model-zoo';
import { DEFAULT_LEVELS, MAX_LEVELS, type SpaceOptions } from '@gamma-ts/search-space';
import type { Hardware } from '@gamma-ts/cost-model';
import type { Algorithm, Budget, MetricConstraint, OperatorRates } from './search-result.js';
import type { ObjectiveSpec } from './objective-spec.js';
import { validateObjectiveSpec } from './objective-spec.js';
import { resolveBudget, DEFAULT_POPULATION_SIZE } from './budget.js';
import { resolveOperatorRates } from './operator-rates.js';
import { DEFAULT_SEED } from './default-seed.js';
import { ALGORITHMS } from './strategies.js';

/** What to search: a model (or one of its layers) on a hardware, for an objective, within a budget. */
export interface SearchRequest {
  readonly model: Model;
  /** Search only the unique shape that contains this layer name. */
  readonly layer?: string;
  readonly hardware: Hardware;
  readonly objective: ObjectiveSpec;
  /** Upper bounds on metrics, on top of the hardware's buffer capacities (always enforced by the cost model). */
  readonly constraints?: readonly MetricConstraint[];
  /** Default 'gamma'. */
  readonly algorithm?: Algorithm;
  /** Default `DEFAULT_SEED`. */
  readonly seed?: number;
  /** Per layer; default 10 000 samples. */
  readonly budget?: Budget;
  /** Default 200. */
  readonly populationSize?: number;
  readonly operatorRates?: Partial<OperatorRates>;
  /** Allowed number of cluster levels; default: the flexibility constraints' range, else 2..2. */
  readonly levels?: { readonly min: number; readonly max: number };
  readonly factorsOnly?: boolean;
  /** Accelerator flexibility constraints (search-space `FlexibilityConstraints`). */
  readonly flexibility?: SpaceOptions['constraints'];
  /** Seed each layer with the best mappings of the most similar solved shape; default true. */
  readonly warmStart?: boolean;
}

/** A request with every default filled in: what a checkpoint records and a resume replays. */
export interface ResolvedSearchRequest {
  readonly model: Model;
  readonly layer: string | null;
  readonly hardware: Hardware;
  readonly objective: ObjectiveSpec;
  readonly constraints: readonly MetricConstraint[];
  readonly algorithm: Algorithm;
  readonly seed: number;
  readonly budget: Budget;
  readonly populationSize: number;
  readonly operatorRates: OperatorRates;
  readonly levels: { readonly min: number; readonly max: number };
  readonly factorsOnly: boolean;
  readonly flexibility: SpaceOptions['constraints'] | null;
  readonly warmStart: boolean;
}

/** The level range flexibility constraints impose, when they limit it (used when no range is given). */
function levelsFromConstraints(flexibility: SpaceOptions['constraints'] | undefined): { min: number; max: number } | null {
  const limit = flexibility?.levels;
  if (limit === undefined) return null;
  if (typeof limit === 'number') return { min: limit, max: limit };
  return { min: limit.min ?? 1, max: limit.max ?? MAX_LEVELS };
}

/** Fills defaults and checks every field; errors name the field and the allowed values. */
export function resolveSearchRequest(request: SearchRequest): ResolvedSearchRequest {
  validateObjectiveSpec(request.objective);
  const algorithm = request.algorithm ?? 'gamma';
  if (!ALGORITHMS.includes(algorithm)) throw new Error(`algorithm: unknown '${algorithm}'; allowed: ${ALGORITHMS.join(', ')}`);
  const seed = request.seed ?? DEFAULT_SEED;
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new Error(`seed: must be an integer in [0, 4294967295], got ${seed}`);
  const populationSize = request.populationSize ?? DEFAULT_POPULATION_SIZE;
  if (!Number.isInteger(populationSize) || populationSize < 2) throw new Error(`populationSize: must be an integer ≥ 2, got ${populationSize}`);
  const levels = request.levels ?? levelsFromConstraints(request.flexibility) ?? DEFAULT_LEVELS;
  if (!Number.isInteger(levels.min) || !Number.isInteger(levels.max) || levels.min < 1 || levels.max > MAX_LEVELS || levels.min > levels.max) {
    throw new Error(`levels: must be min..max with 1 ≤ min ≤ max ≤ ${MAX_LEVELS}, got ${levels.min}..${levels.max}`);
  }
  for (const [i, c] of (request.constraints ?? []).entries()) {
    if (typeof c.max !== 'number' || !Number.isFinite(c.max) || c.max <= 0) throw new Error(`constraints[${i}].max: must be a positive number, got ${JSON.stringify(c.max)}`);
  }
  if (request.model.layers.length === 0) throw new Error(`model '${request.model.name}': has no layers to search`);
  return {
    model: request.model,
    layer: request.layer ?? null,
    hardware: request.hardware,
    objective: request.objective,
    constraints: request.constraints ?? [],
    algorithm,
    seed,
    budget: resolveBudget(request.budget),
    populationSize,
    operatorRates: resolveOperatorRates(request.operatorRates),
    levels: { min: levels.min, max: levels.max },
    factorsOnly: request.factorsOnly ?? false,
    flexibility: request.flexibility ?? null,
    warmStart: request.warmStart ?? true,
  };
}
