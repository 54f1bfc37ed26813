import { METRIC_NAMES, type Metrics } from '@gamma-ts/cost-model';
import { ALGORITHMS, OBJECTIVES, type StopReason } from '@gamma-ts/genetic-engine';

// Records keyed by the unions, so that the compiler flags a value added to a union but not here.
const STOP_REASONS: Record<StopReason, true> = { samples: true, generations: true, time: true, patience: true, interrupted: true };

export const allowedAlgorithms = ALGORITHMS;
export const allowedObjectives = OBJECTIVES;
export const allowedStopReasons = Object.keys(STOP_REASONS) as StopReason[];
export const allowedMetricNames: readonly (keyof Metrics)[] = METRIC_NAMES;
