import type { Mapping } from '@gamma-ts/search-space';
import type { EvaluationOutcome } from './evaluation-outcome.js';
import type { Individual } from './individual.js';
import type { MetricConstraint } from './search-result.js';
import type { ObjectiveSpec } from './objective-spec.js';
import { objectiveCost } from './objective.js';

/** Penalty of a cost-model rejection: any such individual ranks below every one that only misses a metric bound. */
const COST_MODEL_PENALTY = 1e6;

// Shared, never modified: most individuals have no reason, and an outcome's own list is already immutable.
const NO_REASONS: readonly string[] = Object.freeze([]);
const STRUCTURAL: readonly string[] = Object.freeze(['structural']);

/**
 * Turns a cost-model outcome into a ranked individual: invalid when the cost model says so or when a metric
 * constraint (upper bound) is exceeded. Constraint misses get a graded penalty (Σ relative excess) so that a search
 * under a tight bound is pulled towards it instead of wandering among equally bad samples.
 */
export function scoreOutcome(
  mapping: Mapping,
  key: string,
  outcome: EvaluationOutcome,
  spec: ObjectiveSpec,
  constraints: readonly MetricConstraint[],
): Individual {
  if (!outcome.valid || !outcome.metrics) {
    const reasons = outcome.reasons.length > 0 ? outcome.reasons : STRUCTURAL;
    return { mapping, key, valid: false, reasons, metrics: null, costs: [], penalty: COST_MODEL_PENALTY * reasons.length };
  }
  const metrics = outcome.metrics;
  const violated: string[] = [];
  let excess = 0;
  for (const c of constraints) {
    const value = metrics[c.metric];
    if (value > c.max) {
      violated.push(`constraint:${c.metric}`);
      excess += c.max > 0 ? value / c.max - 1 : value;
    }
  }
  if (violated.length > 0) {
    return { mapping, key, valid: false, reasons: violated, metrics: null, costs: [], penalty: excess };
  }
  const objectives = spec.objectives;
  const costs = new Array<number>(objectives.length);
  for (let i = 0; i < objectives.length; i++) costs[i] = objectiveCost(metrics, objectives[i]);
  return { mapping, key, valid: true, reasons: NO_REASONS, metrics, costs, penalty: 0 };
}

/**
 * One number to minimise, in log space: Σ wᵢ·ln(costᵢ). Single objective: ln(cost) (same order as the cost);
 * weighted product: the log of Π costᵢ^wᵢ; Pareto specs (for baselines that need a scalar): the product, unweighted.
 */
export function scalarFitness(individual: Individual, spec: ObjectiveSpec): number {
  let sum = 0;
  for (let i = 0; i < individual.costs.length; i++) sum += (spec.weights?.[i] ?? 1) * Math.log(individual.costs[i]);
  return sum;
}
