import { createRng, repair, restoreRng, sampleMapping, type Mapping, type Problem, type SpaceOptions } from '@gamma-ts/search-space';
import { evaluate, type EnergyBreakdown, type Hardware } from '@gamma-ts/cost-model';
import type { Evaluator } from './evaluator.js';
import type { EvaluationOutcome } from './evaluation-outcome.js';
import { GenerationEvaluation } from './generation-evaluation.js';
import type { Individual } from './individual.js';
import type { ObjectiveSpec } from './objective-spec.js';
import type { Algorithm, Budget, HistoryPoint, MetricConstraint, OperatorRates, ScoredMapping, StopReason } from './search-result.js';
import type { StrategyContext } from './strategy.js';
import type { SearchController } from './search-controller.js';
import { objectiveMode } from './objective-spec.js';
import { costToValue } from './objective.js';
import { EvaluationCache, type CacheStats } from './evaluation-cache.js';
import { scoreOutcome, scalarFitness } from './scoring.js';
import { rankIndividuals, uniqueByKey } from './selection.js';
import { updateArchive } from './pareto-archive.js';
import { budgetStop, expectedGenerations, nextBatchSize } from './budget.js';
import { strategyFor } from './strategies.js';

/** How many of a layer's best mappings are kept to warm-start similar shapes. */
export const WARM_START_SEEDS = 10;

/** Everything that defines one layer's search (plain data). */
export interface LayerSearchConfig {
  readonly problem: Problem;
  readonly hardware: Hardware;
  readonly space: SpaceOptions;
  readonly algorithm: Algorithm;
  readonly objective: ObjectiveSpec;
  readonly constraints: readonly MetricConstraint[];
  readonly budget: Budget;
  readonly populationSize: number;
  readonly operatorRates: OperatorRates;
  readonly seed: number;
  /** Warm-start mappings, already moved into this layer's shape. */
  readonly seeds: readonly Mapping[];
}

/** A layer search between two generations: plain JSON, written into checkpoints, enough to continue exactly. */
export interface LayerSearchState {
  readonly generation: number;
  readonly samples: number;
  readonly validSamples: number;
  readonly invalidReasons: Readonly<Record<string, number>>;
  readonly history: readonly HistoryPoint[];
  readonly rng: readonly number[];
  readonly strategy: unknown;
  /** Best individual (single objective or product); for Pareto runs the front's best on the first objective. */
  readonly best: Individual | null;
  /** Non-dominated valid samples (Pareto runs only). */
  readonly archive: readonly Individual[];
  /** Best unique individuals seen, for warm-starting other layers. */
  readonly top: readonly Individual[];
  readonly generationsWithoutImprovement: number;
  readonly elapsedMs: number;
  readonly cache: CacheStats;
  readonly stopReason: StopReason | null;
}

/** Per-generation progress, reported to the caller (the engine turns it into a `generation` event). */
export interface GenerationReport {
  readonly state: LayerSearchState;
  readonly generationSamples: number;
  readonly generationValid: number;
  readonly evaluationsPerSecond: number;
}

export interface LayerSearchHooks {
  readonly evaluator: Evaluator;
  readonly controller?: SearchController;
  onGeneration?(report: GenerationReport): void;
  /** Called every `checkpointEvery` generations with a state that can resume the search. */
  onCheckpoint?(state: LayerSearchState): Promise<void>;
  readonly checkpointEvery?: number;
}

export function initialLayerState(config: LayerSearchConfig): LayerSearchState {
  return {
    generation: 0,
    samples: 0,
    validSamples: 0,
    invalidReasons: {},
    history: [],
    rng: createRng(config.seed).state(),
    strategy: strategyFor(config.algorithm).initialState(),
    best: null,
    archive: [],
    top: [],
    generationsWithoutImprovement: 0,
    elapsedMs: 0,
    cache: { hits: 0, misses: 0 },
    stopReason: null,
  };
}

/** Energy breakdowns already recomputed, per individual: a front is reported again every generation. */
const energyBreakdowns = new WeakMap<Individual, EnergyBreakdown>();

/**
 * A valid individual as reported, with its energy breakdown: outcomes do not carry it (see `EvaluationOutcome`), so
 * it is evaluated again here, which gives the same numbers (evaluation is pure).
 */
export function toScored(individual: Individual, problem: Problem, hardware: Hardware): ScoredMapping {
  if (!individual.valid || !individual.metrics) throw new Error('only valid individuals have a scored mapping');
  let energyBreakdown = energyBreakdowns.get(individual);
  if (energyBreakdown === undefined) {
    const energy = evaluate(problem, individual.mapping, hardware).energy;
    if (!energy) throw new Error(`a valid individual's mapping has no energy breakdown on re-evaluation (${individual.key})`);
    energyBreakdown = energy;
    energyBreakdowns.set(individual, energy);
  }
  return { mapping: individual.mapping, metrics: individual.metrics, energyBreakdown };
}

function historyPoint(config: LayerSearchConfig, generation: number, samples: number, best: Individual | null, archive: readonly Individual[]): HistoryPoint {
  const objectives = config.objective.objectives;
  if (objectiveMode(config.objective) === 'pareto') {
    const values = objectives.map((o, i) => (archive.length === 0 ? NaN : costToValue(Math.min(...archive.map((a) => a.costs[i])), o)));
    return { generation, samples, best: archive.length === 0 ? [] : values };
  }
  return { generation, samples, best: best ? objectives.map((o, i) => costToValue(best.costs[i], o)) : [] };
}

// The per-generation loops below live in small functions, with indexed loops: `runLayerSearch` is an async function
// entered once per layer, so it runs unoptimised, where every for-of step allocates an iterator result.

function scoreAll(proposals: readonly Mapping[], keys: readonly string[], outcomes: readonly EvaluationOutcome[], config: LayerSearchConfig): Individual[] {
  const individuals = new Array<Individual>(outcomes.length);
  for (let i = 0; i < outcomes.length; i++) individuals[i] = scoreOutcome(proposals[i], keys[i], outcomes[i], config.objective, config.constraints);
  return individuals;
}

/** Adds each individual's invalid reasons to `counts`; returns how many individuals are valid. */
function tallyInto(counts: Record<string, number>, individuals: readonly Individual[]): number {
  let valid = 0;
  for (let i = 0; i < individuals.length; i++) {
    const ind = individuals[i];
    if (ind.valid) valid++;
    for (let j = 0; j < ind.reasons.length; j++) counts[ind.reasons[j]] = (counts[ind.reasons[j]] ?? 0) + 1;
  }
  return valid;
}

/** The best so far after this generation (scalar objective): `best` itself unless a valid individual beats it. */
function bestIndividual(best: Individual | null, individuals: readonly Individual[], spec: ObjectiveSpec): Individual | null {
  let bestFitness = best === null ? Infinity : scalarFitness(best, spec);
  for (let i = 0; i < individuals.length; i++) {
    const ind = individuals[i];
    if (!ind.valid) continue;
    const fitness = scalarFitness(ind, spec);
    if (best === null || fitness < bestFitness) {
      best = ind;
      bestFitness = fitness;
    }
  }
  return best;
}

/** The best unique individuals seen so far (the old ones first on ties), kept to warm-start other layers. */
function warmStartTop(top: readonly Individual[], individuals: readonly Individual[], spec: ObjectiveSpec): Individual[] {
  const candidates = top.slice();
  for (let i = 0; i < individuals.length; i++) if (individuals[i].valid) candidates.push(individuals[i]);
  return uniqueByKey(rankIndividuals(candidates, spec), WARM_START_SEEDS);
}

/**
 * Runs (or continues) one layer's search until a budget limit or a stop request. All random choices come from one
 * RNG restored from the state; evaluation is pure and batched, so the result is the same for any evaluator.
 */
export async function runLayerSearch(config: LayerSearchConfig, hooks: LayerSearchHooks, from?: LayerSearchState): Promise<LayerSearchState> {
  const strategy = strategyFor(config.algorithm);
  const mode = objectiveMode(config.objective);
  const start = from ?? initialLayerState(config);
  const rng = restoreRng(start.rng);
  let state: LayerSearchState = { ...start, stopReason: null };
  const cache = new EvaluationCache(state.cache);
  const generations = expectedGenerations(config.budget, config.populationSize);
  const checkpointEvery = hooks.checkpointEvery ?? 0;
  const resumedAt = performance.now() - state.elapsedMs;

  for (;;) {
    const elapsedMs = performance.now() - resumedAt;
    const stop = budgetStop(config.budget, {
      samples: state.samples,
      generations: state.generation,
      elapsedMs,
      generationsWithoutImprovement: state.generationsWithoutImprovement,
    });
    if (stop) return { ...state, elapsedMs, stopReason: stop };
    await hooks.controller?.waitWhilePaused();
    if (hooks.controller?.stopped) return { ...state, elapsedMs: performance.now() - resumedAt, stopReason: 'interrupted' };

    const started = performance.now();
    const count = nextBatchSize(config.budget, state.samples, config.populationSize);
    // Each proposal is looked up and, if new, sent to the evaluator as soon as it is bred.
    const evaluation = new GenerationEvaluation(cache, config.problem, config.hardware, hooks.evaluator, count);
    const ctx: StrategyContext = {
      problem: config.problem,
      space: config.space,
      rng,
      spec: config.objective,
      populationSize: config.populationSize,
      rates: config.operatorRates,
      generation: state.generation,
      expectedGenerations: generations,
      seeds: state.generation === 0 ? config.seeds : [],
      repair: (m) => repair(config.problem, m, config.space),
      sample: () => sampleMapping(config.problem, config.space, rng),
      proposed: (mapping) => evaluation.offer(mapping),
    };
    try {
      evaluation.complete(strategy.propose(state.strategy, count, ctx));
    } catch (error) {
      await evaluation.abandon();
      throw error;
    }
    const { proposals, keys, outcomes, evaluated } = await evaluation.finish();
    const individuals = scoreAll(proposals, keys, outcomes, config);
    const strategyState = strategy.accept(state.strategy, individuals, ctx);

    const invalidReasons: Record<string, number> = { ...state.invalidReasons };
    const valid = tallyInto(invalidReasons, individuals);

    let improved = false;
    let best = state.best;
    let archive = state.archive;
    if (mode === 'pareto') {
      const update = updateArchive(archive, individuals);
      archive = update.archive;
      improved = update.changed;
      best = archive.length > 0 ? archive.reduce((a, b) => (b.costs[0] < a.costs[0] ? b : a)) : null;
    } else {
      const found = bestIndividual(best, individuals, config.objective);
      improved = found !== best;
      best = found;
    }
    const top = warmStartTop(state.top, individuals, config.objective);
    const samples = state.samples + proposals.length;
    const generation = state.generation + 1;
    const wallMs = performance.now() - started;
    state = {
      generation,
      samples,
      validSamples: state.validSamples + valid,
      invalidReasons,
      history: [...state.history, historyPoint(config, generation, samples, best, archive)],
      rng: rng.state(),
      strategy: strategyState,
      best,
      archive,
      top,
      generationsWithoutImprovement: improved ? 0 : state.generationsWithoutImprovement + 1,
      elapsedMs: performance.now() - resumedAt,
      cache: cache.stats(),
      stopReason: null,
    };
    hooks.onGeneration?.({ state, generationSamples: proposals.length, generationValid: valid, evaluationsPerSecond: wallMs > 0 ? (evaluated / wallMs) * 1000 : 0 });
    if (checkpointEvery > 0 && generation % checkpointEvery === 0) await hooks.onCheckpoint?.(state);
  }
}
