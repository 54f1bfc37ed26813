import { unique, type Layer } from '@gamma-ts/model-zoo';
import { problemFromLayer, problemMacs, type Mapping, type Problem, type SpaceOptions } from '@gamma-ts/search-space';
import { lowerBoundCycles } from '@gamma-ts/cost-model';
import type { Evaluator } from './evaluator.js';
import type { LayerResult, ModelTotals, RunInfo, SearchResult, StopReason } from './search-result.js';
import type { SearchEvent } from './search-event.js';
import type { SearchController } from './search-controller.js';
import { resolveSearchRequest, type ResolvedSearchRequest, type SearchRequest } from './search-request.js';
import { runLayerSearch, toScored, type LayerSearchConfig, type LayerSearchState } from './layer-search.js';
import { makeCheckpoint, readCheckpoint, removeCheckpoint, writeCheckpoint, type Checkpoint } from './checkpoint.js';
import { createEvaluator, defaultWorkerCount } from './worker-pool-evaluator.js';
import { mostSimilar, transferMapping } from './warm-start.js';
import { objectiveMode } from './objective-spec.js';
import { layerSeed } from './default-seed.js';
import { runStartInfo } from './run-info.js';

/** Default checkpoint interval, generations. */
export const DEFAULT_CHECKPOINT_EVERY = 5;

export interface SearchOptions {
  /** Evaluation worker threads; 0 evaluates on the main thread. Default: one per core. Never changes the result. */
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
    best: state.best ? toScored(state.best) : null,
    front: pareto ? state.archive.map(toScored) : [],
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

async function run(request: ResolvedSearchRequest, resumeFrom: Checkpoint | null, options: SearchOptions): Promise<SearchResult> {
  const units = searchUnits(request);
  const workers = options.evaluator?.workers ?? options.workers ?? defaultWorkerCount();
  const evaluator = options.evaluator ?? (await createEvaluator(workers));
  const emit = options.onEvent ?? (() => {});
  const startedAt = resumeFrom?.startedAt ?? new Date().toISOString();
  const completed = [...(resumeFrom?.completed ?? [])];
  let current = resumeFrom?.current ?? null;
  const checkpointEvery = options.checkpointEvery ?? DEFAULT_CHECKPOINT_EVERY;
  const save = async (state: LayerSearchState | null) => {
    if (!options.checkpointDir) return;
    const path = await writeCheckpoint(options.checkpointDir, makeCheckpoint({ request, startedAt, completed, current: state }));
    emit({ type: 'checkpoint', path });
  };

  emit({ type: 'run-start', seed: request.seed, layers: units.map((u) => ({ name: u.layer.name, count: u.count, macs: problemMacs(u.problem) * u.problem.repeat })) });
  let interrupted = false;
  let partial: LayerResult | null = null;
  try {
    for (let i = completed.length; i < units.length; i++) {
      const unit = units[i];
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
        seeds: warmStartSeeds(unit, request, units, completed),
      };
      emit({ type: 'layer-start', layerIndex: i, name: unit.layer.name });
      const state = await runLayerSearch(
        config,
        {
          evaluator,
          controller: options.controller,
          checkpointEvery,
          onCheckpoint: (s) => save(s),
          // Without a listener, skip building the event (its front is a copy of the archive, every generation).
          onGeneration: options.onEvent && (({ state: s, evaluationsPerSecond }) =>
            emit({
              type: 'generation',
              layerIndex: i,
              generation: s.generation,
              samples: s.samples,
              validRate: s.samples > 0 ? s.validSamples / s.samples : 0,
              best: s.history[s.history.length - 1],
              bestMapping: s.best ? toScored(s.best) : null,
              front: s.archive.map(toScored),
              invalidReasons: s.invalidReasons,
              evaluationsPerSecond,
            })),
        },
        current ?? undefined,
      );
      current = null;
      const result = layerResult(unit, request, state);
      if (state.stopReason === 'interrupted') {
        interrupted = true;
        partial = result;
        await save(state);
        break;
      }
      completed.push({ result, warmStart: state.top.map((t) => t.mapping) });
      emit({ type: 'layer-end', layerIndex: i, result });
    }
  } finally {
    if (!options.evaluator) await evaluator.close();
  }
  if (!interrupted && options.checkpointDir) await removeCheckpoint(options.checkpointDir);

  const layers = [...completed.map((c) => c.result), ...(partial ? [partial] : [])];
  const stopReason: StopReason = interrupted ? 'interrupted' : (layers[layers.length - 1]?.stopReason ?? 'samples');
  const runInfo: RunInfo = { ...runStartInfo(request, workers, startedAt), endedAt: new Date().toISOString(), stopReason };
  const result: SearchResult = { run: runInfo, layers, totals: modelTotals(layers) };
  emit({ type: 'run-end', result });
  return result;
}

/**
 * Searches every unique layer shape of a model (or one layer), each with its own budget, warm-started from the most
 * similar shape already solved. Same request and seed → the same result, for any number of workers.
 */
export async function search(request: SearchRequest, options: SearchOptions = {}): Promise<SearchResult> {
  return run(resolveSearchRequest(request), null, options);
}

/** Continues the run checkpointed in `dir` (with its recorded request); the result equals the uninterrupted run's. */
export async function resumeSearch(dir: string, options: SearchOptions = {}): Promise<SearchResult> {
  const checkpoint = await readCheckpoint(dir);
  return run(checkpoint.request, checkpoint, { checkpointDir: dir, ...options });
}
