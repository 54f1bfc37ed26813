import type { Mapping, Problem } from '@gamma-ts/search-space';
import type { EnergyBreakdown, Hardware, Metrics } from '@gamma-ts/cost-model';

/** A metric the search can minimise (throughput is maximised). */
export type Objective = 'latency' | 'energy' | 'edp' | 'power' | 'area' | 'throughput' | 'l2Traffic';

export type Algorithm = 'gamma' | 'random' | 'standard-ga' | 'annealing';

/** Why a search stopped. */
export type StopReason = 'samples' | 'generations' | 'time' | 'patience' | 'interrupted';

/** An upper bound on a metric, e.g. `{ metric: 'runtime', max: 1e6 }`. */
export interface MetricConstraint {
  readonly metric: keyof Metrics;
  readonly max: number;
}

export interface OperatorRates {
  readonly crossover: number;
  readonly reorder: number;
  readonly tileMutation: number;
  readonly tileMutationLoci: number;
  readonly parallelMutation: number;
  readonly levelGrowth: number;
  readonly levelAging: number;
}

export interface Budget {
  readonly samples?: number;
  readonly generations?: number;
  readonly timeMs?: number;
  /** Generations without improvement. */
  readonly patience?: number;
}

/** What a run was asked to do; recorded in results so it can be reproduced. */
export interface RunInfo {
  readonly seed: number;
  readonly algorithm: Algorithm;
  readonly hardware: Hardware;
  readonly objectives: readonly Objective[];
  /** Present when the search minimised the weighted product Π objectivesᵢ^objectiveWeightsᵢ (one scalar). */
  readonly objectiveWeights?: readonly number[];
  readonly constraints: readonly MetricConstraint[];
  readonly budget: Budget;
  readonly populationSize: number;
  readonly operatorRates: OperatorRates;
  readonly levels: { readonly min: number; readonly max: number };
  readonly factorsOnly: boolean;
  readonly model: string;
  readonly workers: number;
  /** ISO-8601 times. */
  readonly startedAt: string;
  readonly endedAt: string;
  readonly stopReason: StopReason;
}

/** A mapping with the numbers that judged it. */
export interface ScoredMapping {
  readonly mapping: Mapping;
  readonly metrics: Metrics;
  readonly energyBreakdown: EnergyBreakdown;
}

export interface HistoryPoint {
  readonly generation: number;
  readonly samples: number;
  /** Best value so far of each objective, in `RunInfo.objectives` order. */
  readonly best: readonly number[];
}

export interface LayerResult {
  readonly name: string;
  /** How many layers of the model share this shape. */
  readonly count: number;
  readonly names: readonly string[];
  readonly shape: Problem;
  /** ⌈MACs / PEs⌉ for one repetition set of this layer, cycles. */
  readonly lowerBound: number;
  /** Null when no valid mapping was found. */
  readonly best: ScoredMapping | null;
  /** Pareto front (multi-objective runs); empty otherwise. */
  readonly front: readonly ScoredMapping[];
  readonly history: readonly HistoryPoint[];
  readonly samples: number;
  readonly validSamples: number;
  /** Count of each invalid reason code seen. */
  readonly invalidReasons: Readonly<Record<string, number>>;
  readonly stopReason: StopReason;
}

export interface ModelTotals {
  /** Σ best runtime × count, cycles. */
  readonly runtime: number;
  /** Σ best energy × count, nJ. */
  readonly energy: number;
  readonly macs: number;
  readonly samples: number;
  readonly layersWithoutValidMapping: number;
}

export interface SearchResult {
  readonly run: RunInfo;
  readonly layers: readonly LayerResult[];
  readonly totals: ModelTotals;
}
