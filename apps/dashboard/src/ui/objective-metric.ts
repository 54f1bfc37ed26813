import type { Objective } from '@gamma-ts/genetic-engine';

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

/** Objectives whose per-layer values add up to a model total (Σ value × count). */
export function isAdditiveObjective(objective: Objective): boolean {
  return objective === 'latency' || objective === 'energy' || objective === 'l2Traffic';
}
