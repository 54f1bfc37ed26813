import type { Problem } from '@gamma-ts/search-space';
import type {
  HistoryPoint,
  LayerResult,
  RunInfo,
  RunStartInfo,
  ScoredMapping,
  SearchEvent,
  SearchResult,
  StopReason,
} from '@gamma-ts/genetic-engine';

/** What is known about a run: the engine's `RunStartInfo`, plus the end time and stop reason once it has ended. */
export type DashboardRunInfo = RunStartInfo & Partial<Pick<RunInfo, 'endedAt' | 'stopReason'>>;

export type LayerStatus = 'queued' | 'running' | 'done';

/** One unique layer as the dashboard shows it. */
export interface LayerView {
  readonly name: string;
  readonly count: number;
  /** MACs of the layer as the engine announced it at run start. */
  readonly macs: number;
  readonly status: LayerStatus;
  readonly generation: number;
  readonly samples: number;
  /** Fraction of valid samples, 0..1; null before the first generation. */
  readonly validRate: number | null;
  readonly evaluationsPerSecond: number | null;
  readonly history: readonly HistoryPoint[];
  readonly best: ScoredMapping | null;
  readonly front: readonly ScoredMapping[];
  readonly invalidReasons: Readonly<Record<string, number>>;
  /** ⌈MACs / PEs⌉, cycles; replaced by the engine's value when the layer ends. */
  readonly lowerBound: number;
  /** Known once the layer ends (or from a results file). */
  readonly shape: Problem | null;
  readonly stopReason: StopReason | null;
  /** Wall-clock time the layer started, ms since the epoch; null for finished runs loaded from a file. */
  readonly startedAtMs: number | null;
}

/** The detail views under the layer table; `tab` cycles through them. */
export type DetailPanel = 'convergence' | 'mapping' | 'metrics' | 'invalid' | 'pareto';

export interface DashboardState {
  readonly run: DashboardRunInfo;
  readonly layers: readonly LayerView[];
  readonly runningLayer: number | null;
  /** Layer chosen with ↑/↓; null follows the running layer. */
  readonly selectedLayer: number | null;
  readonly panelIndex: number;
  readonly paused: boolean;
  readonly quitting: boolean;
  readonly runStartedAtMs: number | null;
  readonly nowMs: number | null;
  readonly checkpointPath: string | null;
  /** Set by `run-end`. */
  readonly result: SearchResult | null;
}

export type DashboardAction =
  | { readonly type: 'event'; readonly event: SearchEvent; readonly atMs: number }
  | { readonly type: 'tick'; readonly atMs: number }
  | { readonly type: 'select'; readonly delta: -1 | 1 }
  | { readonly type: 'next-panel' }
  | { readonly type: 'set-paused'; readonly paused: boolean }
  | { readonly type: 'quit-requested' };

export function initialDashboardState(run: DashboardRunInfo): DashboardState {
  return {
    run,
    layers: [],
    runningLayer: null,
    selectedLayer: null,
    panelIndex: 0,
    paused: false,
    quitting: false,
    runStartedAtMs: null,
    nowMs: null,
    checkpointPath: null,
    result: null,
  };
}

function queuedLayer(name: string, count: number, macs: number, lowerBound: number): LayerView {
  return {
    name,
    count,
    macs,
    status: 'queued',
    generation: 0,
    samples: 0,
    validRate: null,
    evaluationsPerSecond: null,
    history: [],
    best: null,
    front: [],
    invalidReasons: {},
    lowerBound,
    shape: null,
    stopReason: null,
    startedAtMs: null,
  };
}

function finishedLayer(previous: LayerView | undefined, result: LayerResult): LayerView {
  return {
    name: result.name,
    count: result.count,
    macs: previous?.macs ?? result.best?.metrics.macs ?? 0,
    status: 'done',
    generation: result.history.at(-1)?.generation ?? previous?.generation ?? 0,
    samples: result.samples,
    validRate: result.samples > 0 ? result.validSamples / result.samples : null,
    evaluationsPerSecond: previous?.evaluationsPerSecond ?? null,
    history: result.history,
    best: result.best,
    front: result.front,
    invalidReasons: result.invalidReasons,
    lowerBound: result.lowerBound,
    shape: result.shape,
    stopReason: result.stopReason,
    startedAtMs: previous?.startedAtMs ?? null,
  };
}

function replaceLayer(layers: readonly LayerView[], index: number, update: (layer: LayerView) => LayerView): readonly LayerView[] {
  const layer = layers[index];
  if (layer === undefined) return layers;
  const next = layers.slice();
  next[index] = update(layer);
  return next;
}

/** The state of a finished run read back from a results file. */
export function stateFromResult(result: SearchResult): DashboardState {
  const startedAtMs = Date.parse(result.run.startedAt);
  const endedAtMs = Date.parse(result.run.endedAt);
  const timed = Number.isFinite(startedAtMs) && Number.isFinite(endedAtMs);
  return {
    ...initialDashboardState(result.run),
    layers: result.layers.map((layer) => finishedLayer(undefined, layer)),
    runStartedAtMs: timed ? startedAtMs : null,
    nowMs: timed ? endedAtMs : null,
    result,
  };
}

function foldEvent(state: DashboardState, event: SearchEvent, atMs: number): DashboardState {
  switch (event.type) {
    case 'run-start':
      return {
        ...state,
        layers: event.layers.map((l) => queuedLayer(l.name, l.count, l.macs, l.lowerBound)),
        runStartedAtMs: atMs,
        nowMs: atMs,
        result: null,
      };
    case 'layer-start':
      return {
        ...state,
        runningLayer: keptRunningLayer(state, event.layerIndex),
        nowMs: atMs,
        layers: replaceLayer(state.layers, event.layerIndex, (l) => ({ ...l, status: 'running', startedAtMs: atMs })),
      };
    case 'generation':
      return {
        ...state,
        runningLayer: keptRunningLayer(state, event.layerIndex),
        nowMs: atMs,
        layers: replaceLayer(state.layers, event.layerIndex, (l) => ({
          ...l,
          status: 'running',
          startedAtMs: l.startedAtMs ?? atMs,
          generation: event.generation,
          samples: event.samples,
          validRate: event.validRate,
          evaluationsPerSecond: event.evaluationsPerSecond,
          history: [...l.history, event.best],
          best: event.bestMapping ?? l.best,
          front: event.front,
          invalidReasons: event.invalidReasons,
        })),
      };
    case 'layer-end': {
      const layers = replaceLayer(state.layers, event.layerIndex, (l) => finishedLayer(l, event.result));
      // The engine searches several shapes at once: when the followed one ends, follow the first still running.
      const next = layers.findIndex((l) => l.status === 'running');
      return {
        ...state,
        runningLayer: state.runningLayer === event.layerIndex ? (next >= 0 ? next : null) : state.runningLayer,
        nowMs: atMs,
        layers,
      };
    }
    case 'checkpoint':
      return { ...state, checkpointPath: event.path, nowMs: atMs };
    case 'run-end': {
      // An interrupted run reports only the layers it reached, in order; the rest stay as they were (never run).
      const results = event.result.layers;
      const layers =
        results.length <= state.layers.length
          ? state.layers.map((l, i) => {
              const r = results[i];
              return r === undefined ? l : finishedLayer(l, r);
            })
          : results.map((r) => finishedLayer(undefined, r));
      return { ...state, run: event.result.run, layers, runningLayer: null, nowMs: atMs, result: event.result, paused: false };
    }
  }
}

/**
 * The layer to follow when `layerIndex` starts or reports a generation: the one followed so far while it is still
 * running (the engine interleaves the generations of a round's shapes, and the view must not jump between them),
 * else `layerIndex`.
 */
function keptRunningLayer(state: DashboardState, layerIndex: number): number {
  const followed = state.runningLayer;
  return followed !== null && state.layers[followed]?.status === 'running' ? followed : layerIndex;
}

/** Folds one event or key action into the view state. Pure: time comes in with the action. */
export function dashboardReducer(state: DashboardState, action: DashboardAction): DashboardState {
  switch (action.type) {
    case 'event':
      return foldEvent(state, action.event, action.atMs);
    case 'tick':
      return { ...state, nowMs: action.atMs };
    case 'select': {
      if (state.layers.length === 0) return state;
      const from = focusedLayerIndex(state) ?? 0;
      const to = Math.min(state.layers.length - 1, Math.max(0, from + action.delta));
      // Landing on the running layer resumes following it.
      return { ...state, selectedLayer: to === state.runningLayer ? null : to };
    }
    case 'next-panel': {
      const count = detailPanels(state).length;
      return { ...state, panelIndex: (state.panelIndex + 1) % count };
    }
    case 'set-paused':
      return { ...state, paused: action.paused };
    case 'quit-requested':
      return { ...state, quitting: true };
  }
}

/** The layer the detail panels show: the selected one, else the running one, else the last started. */
export function focusedLayerIndex(state: DashboardState): number | null {
  if (state.layers.length === 0) return null;
  if (state.selectedLayer !== null) return state.selectedLayer;
  if (state.runningLayer !== null) return state.runningLayer;
  let lastTouched: number | null = null;
  state.layers.forEach((l, i) => {
    if (l.status !== 'queued') lastTouched = i;
  });
  return lastTouched ?? 0;
}

export function focusedLayer(state: DashboardState): LayerView | null {
  const index = focusedLayerIndex(state);
  return index === null ? null : (state.layers[index] ?? null);
}

/** The detail panels this run has; the Pareto scatter only for multi-objective runs. */
export function detailPanels(state: DashboardState): readonly DetailPanel[] {
  const panels: DetailPanel[] = ['convergence', 'mapping', 'metrics', 'invalid'];
  // A weighted product is one scalar: no front.
  if (state.run.objectives.length >= 2 && state.run.objectiveWeights === undefined) panels.push('pareto');
  return panels;
}

/** How far one layer's search is through its budget, 0..1 (done = 1). */
export function layerProgress(layer: LayerView, run: DashboardRunInfo, nowMs: number | null): number {
  if (layer.status === 'done') return 1;
  if (layer.status === 'queued') return 0;
  const { samples, generations, timeMs } = run.budget;
  const fractions: number[] = [];
  if (samples !== undefined && samples > 0) fractions.push(layer.samples / samples);
  if (generations !== undefined && generations > 0) fractions.push(layer.generation / generations);
  if (timeMs !== undefined && timeMs > 0 && nowMs !== null && layer.startedAtMs !== null) {
    fractions.push((nowMs - layer.startedAtMs) / timeMs);
  }
  // A running layer is never reported complete: patience can stop it early, nothing makes it finish later.
  return fractions.length === 0 ? 0 : Math.min(0.99, Math.max(0, ...fractions));
}

/** Progress of the whole run, 0..1: every unique layer weighs the same (each gets the same budget). */
export function overallProgress(state: DashboardState): number {
  if (state.result !== null && state.result.run.stopReason !== 'interrupted') return 1;
  if (state.layers.length === 0) return 0;
  const sum = state.layers.reduce((acc, l) => acc + layerProgress(l, state.run, state.nowMs), 0);
  return sum / state.layers.length;
}

export interface RunClock {
  readonly elapsedMs: number | null;
  /** Null when unknown (nothing done yet, or paused). */
  readonly etaMs: number | null;
}

export function runClock(state: DashboardState): RunClock {
  if (state.runStartedAtMs === null || state.nowMs === null) return { elapsedMs: null, etaMs: null };
  const elapsedMs = state.nowMs - state.runStartedAtMs;
  const progress = overallProgress(state);
  if (state.result !== null) return { elapsedMs, etaMs: 0 };
  if (state.paused || progress <= 0) return { elapsedMs, etaMs: null };
  return { elapsedMs, etaMs: (elapsedMs * (1 - progress)) / progress };
}
