import type { Objective } from './search-result.js';
import { OBJECTIVES } from './objective.js';

/**
 * What to minimise. One objective; two or three objectives searched for their Pareto front (NSGA-II); or a weighted
 * product Π objectiveᵢ^weightᵢ searched as one scalar (e.g. latency·energy² ).
 */
export interface ObjectiveSpec {
  readonly objectives: readonly Objective[];
  /** Present for a weighted product: one exponent per objective. */
  readonly weights?: readonly number[];
}

export type ObjectiveMode = 'single' | 'product' | 'pareto';

export function objectiveMode(spec: ObjectiveSpec): ObjectiveMode {
  if (spec.weights) return 'product';
  return spec.objectives.length === 1 ? 'single' : 'pareto';
}

function parseObjectiveName(text: string, source: string): Objective {
  const name = text.trim();
  const match = OBJECTIVES.find((o) => o.toLowerCase() === name.toLowerCase());
  if (!match) throw new Error(`${source}: unknown objective '${name}'; allowed: ${OBJECTIVES.join(', ')}`);
  return match;
}

/**
 * Parses `latency`, `latency,energy` (Pareto front of 2–3 objectives) or `latency*energy^2` (weighted product).
 * `source` names where the text came from, for the error message (e.g. "--objective").
 */
export function parseObjectiveSpec(text: string, source = 'objective'): ObjectiveSpec {
  const trimmed = text.trim();
  if (trimmed.length === 0) throw new Error(`${source}: empty; allowed: ${OBJECTIVES.join(', ')}, a comma list of 2–3, or a product like latency*energy^2`);
  if (trimmed.includes('*') || trimmed.includes('^')) {
    if (trimmed.includes(',')) throw new Error(`${source}: '${trimmed}' mixes a product (*) with a Pareto list (,); use one or the other`);
    const objectives: Objective[] = [];
    const weights: number[] = [];
    for (const factor of trimmed.split('*')) {
      const [name, exponent, extra] = factor.split('^');
      if (extra !== undefined) throw new Error(`${source}: bad factor '${factor}'; write objective^weight`);
      const objective = parseObjectiveName(name, source);
      const weight = exponent === undefined ? 1 : Number(exponent);
      if (!Number.isFinite(weight) || weight <= 0) throw new Error(`${source}: weight of ${objective} must be a positive number, got '${exponent}'`);
      if (objectives.includes(objective)) throw new Error(`${source}: ${objective} appears twice`);
      objectives.push(objective);
      weights.push(weight);
    }
    return { objectives, weights };
  }
  const objectives = trimmed.split(',').map((part) => parseObjectiveName(part, source));
  if (new Set(objectives).size !== objectives.length) throw new Error(`${source}: an objective appears twice in '${trimmed}'`);
  if (objectives.length > 3) throw new Error(`${source}: at most 3 objectives for a Pareto search, got ${objectives.length}`);
  return { objectives };
}

/** Checks a spec built in code (not parsed); throws naming the field. */
export function validateObjectiveSpec(spec: ObjectiveSpec): void {
  if (spec.objectives.length === 0) throw new Error('objectives: at least one objective is required');
  for (const o of spec.objectives) if (!OBJECTIVES.includes(o)) throw new Error(`objectives: unknown objective '${o}'; allowed: ${OBJECTIVES.join(', ')}`);
  const repeated = spec.objectives.find((o, i) => spec.objectives.indexOf(o) !== i);
  if (repeated) throw new Error(`objectives: ${repeated} appears twice; each objective at most once`);
  if (!spec.weights && spec.objectives.length > 3) throw new Error(`objectives: at most 3 objectives for a Pareto search, got ${spec.objectives.length}`);
  if (spec.weights && (spec.weights.length !== spec.objectives.length || spec.weights.some((w) => !Number.isFinite(w) || w <= 0))) {
    throw new Error('objectives: weights must be one positive number per objective');
  }
}
