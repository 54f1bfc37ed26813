import type { Metrics } from '@gamma-ts/cost-model';
import type { Objective, ScoredMapping } from '@gamma-ts/genetic-engine';

/** The `Metrics` field an objective reads; latency is MAESTRO's runtime. */
export function objectiveMetric(objective: Objective): keyof Metrics {
  return objective === 'latency' ? 'runtime' : objective;
}

const UNITS: Readonly<Record<Objective, string>> = {
  latency: 'cycles',
  energy: 'nJ',
  edp: 'nJ·cycles',
  power: '',
  area: '',
  throughput: 'MACs/cycle',
  l2Traffic: 'elements',
};

export function objectiveUnit(objective: Objective): string {
  return UNITS[objective];
}

/** "latency (cycles)" */
export function objectiveLabel(objective: Objective): string {
  const unit = UNITS[objective];
  return unit ? `${objective} (${unit})` : objective;
}

export function objectiveValue(scored: ScoredMapping, objective: Objective): number {
  return scored.metrics[objectiveMetric(objective)];
}

/** Objectives whose per-layer values add up to a model total (Σ value × count). */
export function isAdditiveObjective(objective: Objective): boolean {
  return objective === 'latency' || objective === 'energy' || objective === 'l2Traffic';
}
