import { unique, type Layer } from '@gamma-ts/model-zoo';
import { problemFromLayer, problemMacs, type Mapping, type Problem, type SpaceOptions } from '@gamma-ts/search-space';
import { lowerBoundCycles, type Hardware } from '@gamma-ts/cost-model';
import type { Evaluator } from './evaluator.js';
import type { LayerResult, ModelTotals, RunInfo, SearchResult, StopReason } from './search-result.js';
import type { SearchEvent } from './search-event.js';
import type { SearchController } from './search-controller.js';
import { resolveSearchRequest, type ResolvedSearchRequest, type SearchRequest } from './search-request.js';
import { runLayerSearch, toScored, type GenerationReport, type LayerSearchConfig, type LayerSearchState } from './layer-search.js';
import { RoundEvaluator } from './round-evaluator.js';
import { makeCheckpoint, readCheckpoint, removeCheckpoint, writeCheckpoint, type Checkpoint } from './checkpoint.js';
import { createEvaluator, defaultWorkerCount } from './worker-pool-evaluator.js';
import { mostSimilar, transferMapping } from './warm-start.js';
import { objectiveMode } from './objective-spec.js';
import { layerSeed } from './default-seed.js';
import { runStartInfo } from './run-info.js';

/** Default checkpoint interval, generations. */
export const DEFAULT_CHECKPOINT_EVERY = 5;

export interface SearchOptions {
  /** Evaluation worker threads; 0 evaluates on the main thread. Default: one per core but one (the main thread evaluates too). Never changes the result. */
  readonly workers?: number;
  /** A ready evaluator (e.g. shared by several runs); overrides `workers` and is not closed by the search. */
  readonly evaluator?: Evaluator;
  /** Receives the typed progress stream. Nothing in the engine prints. */
  readonly onEvent?: (event: SearchEvent) => void;
  readonly controller?: SearchController;
  /** Directory for `checkpoint.json`: written every `checkpointEvery` generations and on interruption. */
  readonly checkpointDir?: string;
  readonly checkpointEvery?: number;
}

/** One unique layer shape of the model, as searched. */
export interface SearchUnit {
  readonly layer: Layer;
  readonly count: number;
  readonly names: readonly string[];
  readonly problem: Problem;
  /** Index among all unique shapes of the model (drives the layer's RNG seed). */
  readonly index: number;
}

/** The unique shapes a request searches, in model order; `layer` narrows to the shape containing that name. */
export function searchUnits(request: Pick<ResolvedSearchRequest, 'model' | 'layer'>): SearchUnit[] {
  const all = unique(request.model).map((u, index) => ({ layer: u.layer, count: u.count, names: u.names, problem: problemFromLayer(u.layer), index }));
  if (request.layer === null) return all;
  const chosen = all.filter((u) => u.names.includes(request.layer!));
  if (chosen.length === 0) {
    const names = request.model.layers.map((l) => l.name);
    const shown = names.slice(0, 12).join(', ') + (names.length > 12 ? `, … (${names.length} layers)` : '');
    throw new Error(`layer: '${request.layer}' is not a layer of model '${request.model.name}'; layers: ${shown}`);
  }
  return chosen;
}

function spaceOptions(request: ResolvedSearchRequest): SpaceOptions {
  return {
    numPEs: request.hardware.numPEs,
    levels: request.levels,
    factorsOnly: request.factorsOnly,
    ...(request.flexibility ? { constraints: request.flexibility } : {}),
  };
}

function layerResult(unit: SearchUnit, request: ResolvedSearchRequest, state: LayerSearchState): LayerResult {
  const pareto = objectiveMode(request.objective) === 'pareto';
  return {
    name: unit.layer.name,
    count: unit.count,
    names: unit.names,
    shape: unit.problem,
    lowerBound: lowerBoundCycles(unit.problem, request.hardware),
    best: state.best ? toScored(state.best, unit.problem, request.hardware) : null,
    front: pareto ? state.archive.map((i) => toScored(i, unit.problem, request.hardware)) : [],
    history: state.history,
    samples: state.samples,
    validSamples: state.validSamples,
    invalidReasons: state.invalidReasons,
    stopReason: state.stopReason ?? 'interrupted',
  };
}

export function modelTotals(layers: readonly LayerResult[]): ModelTotals {
  let runtime = 0;
  let energy = 0;
  let macs = 0;
  let samples = 0;
  let missing = 0;
  for (const l of layers) {
    samples += l.samples;
    macs += problemMacs(l.shape) * l.shape.repeat * l.count;
    if (!l.best) {
      missing++;
      continue;
    }
    runtime += l.best.metrics.runtime * l.count;
    energy += l.best.metrics.energy * l.count;
  }
  return { runtime, energy, macs, samples, layersWithoutValidMapping: missing };
}

function warmStartSeeds(unit: SearchUnit, request: ResolvedSearchRequest, units: readonly SearchUnit[], completed: Checkpoint['completed']): Mapping[] {
  if (!request.warmStart || completed.length === 0) return [];
  const solved = completed.map((_, i) => units[i].problem);
  const source = mostSimilar(unit.problem, solved);
  if (source === null) return [];
  return completed[source].warmStart.map((m) => transferMapping(m, units[source].problem, unit.problem));
}

/**
 * Unique shapes searched at once: their generations go to the evaluator as one batch (`round-evaluator.ts`), which
 * spreads the pool's fixed per-batch costs. A constant, not the worker count, so that the warm starts (taken only from
 * earlier rounds), and so the results, never depend on the machine.
 */
export const ROUND_SIZE = 4;

/** One shape per round under a time limit: shapes searched at once would share, and so split, the wall clock. */
export function roundSize(request: Pick<ResolvedSearchRequest, 'budget'>): number {
  return request.budget.timeMs !== undefined ? 1 : ROUND_SIZE;
}

async function run(request: ResolvedSearchRequest, resumeFrom: Checkpoint | null, options: SearchOptions): Promise<SearchResult> {
  const units = searchUnits(request);
  const workers = options.evaluator?.workers ?? options.workers ?? defaultWorkerCount();
  const evaluator = options.evaluator ?? (await createEvaluator(workers));
  const emit = options.onEvent ?? (() => {});
  const startedAt = resumeFrom?.startedAt ?? new Date().toISOString();
  const completed = [...(resumeFrom?.completed ?? [])];
  let resumedRound = resumeFrom?.round ?? null;
  const checkpointEvery = options.checkpointEvery ?? DEFAULT_CHECKPOINT_EVERY;
  const perRound = roundSize(request);
  // Saves one after another: the round's layers may ask at the same time.
  let saving: Promise<void> = Promise.resolve();
  const save = (round: readonly (LayerSearchState | null)[] | null): Promise<void> => {
    const checkpointDir = options.checkpointDir;
    if (!checkpointDir) return Promise.resolve();
    const checkpoint = makeCheckpoint({ request, startedAt, completed: [...completed], round: round && [...round] });
    saving = saving.then(async () => {
      const path = await writeCheckpoint(checkpointDir, checkpoint);
      emit({ type: 'checkpoint', path });
    });
    return saving;
  };

  emit({
    type: 'run-start',
    seed: request.seed,
    layers: units.map((u) => ({ name: u.layer.name, count: u.count, macs: problemMacs(u.problem) * u.problem.repeat, lowerBound: lowerBoundCycles(u.problem, request.hardware) })),
  });
  let interrupted = false;
  let partial: LayerResult[] = [];
  try {
    for (let first = completed.length; first < units.length; first += perRound) {
      const round = units.slice(first, first + perRound);
      const states: (LayerSearchState | null)[] = round.map((_, j) => resumedRound?.[j] ?? null);
      resumedRound = null;
      const running = round.map(() => true);
      const combiner = new RoundEvaluator(
        evaluator,
        round.map((unit) => unit.problem),
      );
      const searches = round.map(async (unit, j) => {
        const i = first + j;
        const participant = combiner.participant(j);
        const config: LayerSearchConfig = {
          problem: unit.problem,
          hardware: request.hardware,
          space: spaceOptions(request),
          algorithm: request.algorithm,
          objective: request.objective,
          constraints: request.constraints,
          budget: request.budget,
          populationSize: request.populationSize,
          operatorRates: request.operatorRates,
          seed: layerSeed(request.seed, unit.index),
          // Only from earlier rounds: `completed` grows between rounds.
          seeds: warmStartSeeds(unit, request, units, completed),
        };
        emit({ type: 'layer-start', layerIndex: i, name: unit.layer.name });
        try {
          const state = await runLayerSearch(
            config,
            {
              evaluator: participant,
              controller: options.controller,
              checkpointEvery,
              // One checkpoint per round generation: the first layer still running writes it, holding every layer's state.
              onCheckpoint: async (s) => {
                states[j] = s;
                if (running.indexOf(true) === j) await save(states);
              },
              onGeneration: (report) => {
                states[j] = report.state;
                // Without a listener, skip building the event (its front is a copy of the archive, every generation).
                if (options.onEvent) emit(generationEvent(i, report, unit.problem, request.hardware));
              },
            },
            states[j] ?? undefined,
          );
          states[j] = state;
          const result = layerResult(unit, request, state);
          if (state.stopReason !== 'interrupted') emit({ type: 'layer-end', layerIndex: i, result });
          return { state, result };
        } finally {
          running[j] = false;
          participant.leave();
        }
      });
      const settled = await Promise.allSettled(searches);
      const failed = settled.find((s) => s.status === 'rejected');
      if (failed) throw failed.reason;
      const ended = settled.map((s) => (s as PromiseFulfilledResult<{ state: LayerSearchState; result: LayerResult }>).value);
      const finals = ended.map((e) => e.state);
      const results = ended.map((e) => e.result);
      if (finals.some((state) => state.stopReason === 'interrupted')) {
        interrupted = true;
        partial = results;
        await save(finals);
        break;
      }
      finals.forEach((state, j) => completed.push({ result: results[j], warmStart: state.top.map((t) => t.mapping) }));
    }
  } finally {
    if (!options.evaluator) await evaluator.close();
  }
  await saving;
  if (!interrupted && options.checkpointDir) await removeCheckpoint(options.checkpointDir);

  const layers = [...completed.map((c) => c.result), ...partial];
  const stopReason: StopReason = interrupted ? 'interrupted' : (layers[layers.length - 1]?.stopReason ?? 'samples');
  const runInfo: RunInfo = { ...runStartInfo(request, workers, startedAt), endedAt: new Date().toISOString(), stopReason };
  const result: SearchResult = { run: runInfo, layers, totals: modelTotals(layers) };
  emit({ type: 'run-end', result });
  return result;
}

function generationEvent(layerIndex: number, { state: s, evaluationsPerSecond }: GenerationReport, problem: Problem, hardware: Hardware): SearchEvent {
  return {
    type: 'generation',
    layerIndex,
    generation: s.generation,
    samples: s.samples,
    validRate: s.samples > 0 ? s.validSamples / s.samples : 0,
    best: s.history[s.history.length - 1],
    bestMapping: s.best ? toScored(s.best, problem, hardware) : null,
    front: s.archive.map((i) => toScored(i, problem, hardware)),
    invalidReasons: s.invalidReasons,
    evaluationsPerSecond,
  };
}

/**
 * Searches every unique layer shape of a model (or one layer), each with its own budget, in rounds of `ROUND_SIZE`
 * shapes at once, each warm-started from the most similar shape solved in an earlier round. Same request and seed → the same result, for any number of workers.
 */
export async function search(request: SearchRequest, options: SearchOptions = {}): Promise<SearchResult> {
  return run(resolveSearchRequest(request), null, options);
}

/** Continues the run checkpointed in `dir` (with its recorded request); the result equals the uninterrupted run's. */
export async function resumeSearch(dir: string, options: SearchOptions = {}): Promise<SearchResult> {
  const checkpoint = await readCheckpoint(dir);
  return run(checkpoint.request, checkpoint, { checkpointDir: dir, ...options });
}
