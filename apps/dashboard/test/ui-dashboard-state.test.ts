import { describe, expect, it } from 'vitest';
import {
  dashboardReducer,
  focusedLayerIndex,
  initialDashboardState,
  overallProgress,
  runClock,
  stateFromResult,
  type DashboardState,
} from '../src/ui/dashboard-state.js';
import { layerTableLines, layerTableRow, layerTableTotals } from '../src/ui/layer-table-rows.js';
import type { SearchEvent } from '@gamma-ts/genetic-engine';
import { detailPanels } from '../src/ui/dashboard-state.js';
import { conv2LowerBound, finalResult, fullRunEvents, midRunEvents, run } from './ui-script.js';

function fold(events: readonly SearchEvent[], startMs = 0, stepMs = 1000): DashboardState {
  return events.reduce(
    (state, event, i) => dashboardReducer(state, { type: 'event', event, atMs: startMs + i * stepMs }),
    initialDashboardState(run),
  );
}

describe('dashboardReducer', () => {
  it('tracks layer status, samples and the best mapping through a run', () => {
    const state = fold(midRunEvents);
    expect(state.layers.map((l) => l.status)).toEqual(['done', 'running', 'queued']);
    expect(state.runningLayer).toBe(1);
    const conv2 = state.layers[1]!;
    expect(conv2.samples).toBe(500);
    expect(conv2.validRate).toBe(0.62);
    expect(conv2.history.map((h) => h.best[0])).toEqual([3_000_000, 800_000]);
    expect(conv2.best?.metrics.runtime).toBe(800_000);
    expect(conv2.lowerBound).toBe(conv2LowerBound);
    expect(state.checkpointPath).toBe('/tmp/run/checkpoint.pb');
    // conv1 took its history from layer-end, not from the two generation events.
    expect(state.layers[0]!.history).toHaveLength(3);
  });

  it('computes progress and ETA from the sample budget', () => {
    const state = fold(midRunEvents, 0, 1000);
    // conv1 done (1), conv2 at 500/1000 (0.5), fc queued (0): (1 + 0.5 + 0) / 3.
    expect(overallProgress(state)).toBeCloseTo(0.5, 10);
    const clock = runClock(state);
    expect(clock.elapsedMs).toBe((midRunEvents.length - 1) * 1000);
    expect(clock.etaMs).toBeCloseTo(clock.elapsedMs!, 6);
    const paused = dashboardReducer(state, { type: 'set-paused', paused: true });
    expect(runClock(paused).etaMs).toBeNull();
  });

  it('formats rows with the gap to the lower bound and totals', () => {
    const state = fold(midRunEvents);
    const row = layerTableRow(state.layers[1]!, 1, state);
    expect(row).toMatchObject({ index: '2', name: 'conv2_x', count: '4', status: 'running', best: '800k', gap: '+16.3%', samples: '500', valid: '62%', evaluationsPerSecond: '5k' });
    const totals = layerTableTotals(state);
    // Σ best × count over layers with a best: 900k·1 + 800k·4.
    expect(totals.best).toBe('4.1M');
    expect(totals.status).toBe('1/3 done');
    expect(totals.samples).toBe('1,500');
    // (0.6·1000 + 0.62·500) / 1500
    expect(totals.valid).toBe('61%');
  });

  it('follows the running layer until ↑/↓ picks another, and returns to following on it', () => {
    let state = fold(midRunEvents);
    expect(focusedLayerIndex(state)).toBe(1);
    state = dashboardReducer(state, { type: 'select', delta: -1 });
    expect(state.selectedLayer).toBe(0);
    state = dashboardReducer(state, { type: 'select', delta: -1 });
    expect(focusedLayerIndex(state)).toBe(0);
    state = dashboardReducer(state, { type: 'select', delta: 1 });
    expect(state.selectedLayer).toBeNull();
    expect(focusedLayerIndex(state)).toBe(1);
  });

  it('keeps following the running layer while other layers of its round report, until it ends', () => {
    const [runStart, start0, gen0a, gen0b, end0] = midRunEvents as SearchEvent[];
    const [start1, gen1a, gen1b] = midRunEvents.slice(-3);
    const start2: SearchEvent = { type: 'layer-start', layerIndex: 2, name: 'fc' };
    let state = fold([runStart, start0, start1, start2]);
    expect(state.layers.map((l) => l.status)).toEqual(['running', 'running', 'running']);
    expect(focusedLayerIndex(state)).toBe(0);
    state = fold([runStart, start0, start1, start2, gen1a, gen0a, gen1b, gen0b]);
    expect(state.runningLayer).toBe(0);
    expect(state.layers[1]!.samples).toBe(500);
    // The followed layer ends: follow the first one still running.
    state = fold([runStart, start0, start1, start2, gen1a, gen0a, gen1b, gen0b, end0]);
    expect(state.runningLayer).toBe(1);
    expect(state.layers[0]!.status).toBe('done');
  });

  it('cycles panels, with the Pareto panel only for multi-objective runs', () => {
    let state = fold(midRunEvents);
    for (let i = 0; i < 4; i++) state = dashboardReducer(state, { type: 'next-panel' });
    expect(state.panelIndex).toBe(0);
    let multi = initialDashboardState({ ...run, objectives: ['latency', 'energy'] });
    for (let i = 0; i < 4; i++) multi = dashboardReducer(multi, { type: 'next-panel' });
    expect(multi.panelIndex).toBe(4);
  });

  it('ends with the run-end result and full progress', () => {
    const state = fold(fullRunEvents);
    expect(state.result).toBe(finalResult);
    expect(overallProgress(state)).toBe(1);
    expect(state.layers.every((l) => l.status === 'done')).toBe(true);
    expect(runClock(state).etaMs).toBe(0);
  });

  it('rebuilds the same table from a results file as from the live stream', () => {
    const live = fold(fullRunEvents);
    const loaded = stateFromResult(finalResult);
    const strip = (lines: string[]) => lines.map((l) => l.replace(/\s+\S+$/, ''));
    // eval/s is the one column a results file cannot know; compare everything before it.
    expect(strip(layerTableLines(loaded))).toEqual(strip(layerTableLines(live)));
    expect(runClock(loaded).elapsedMs).toBe(90_000);
  });

  it('keeps layers an interrupted run never reached, and marks the stopped one', () => {
    const interrupted = {
      ...finalResult,
      run: { ...finalResult.run, stopReason: 'interrupted' as const },
      layers: [finalResult.layers[0]!, { ...finalResult.layers[1]!, stopReason: 'interrupted' as const, samples: 500 }],
    };
    const state = dashboardReducer(fold(midRunEvents), { type: 'event', event: { type: 'run-end', result: interrupted }, atMs: 99_000 });
    expect(state.layers.map((l) => l.name)).toEqual(['conv1', 'conv2_x', 'fc']);
    expect(state.layers.map((l, i) => layerTableRow(l, i, state).status)).toEqual(['done', 'stopped', 'not run']);
    // conv1 and conv2_x count as finished, fc not: 2 of 3.
    expect(overallProgress(state)).toBeCloseTo(2 / 3, 10);
  });

  it('treats a weighted product as one scalar: no Pareto panel', () => {
    const product = initialDashboardState({ ...run, objectives: ['latency', 'energy'], objectiveWeights: [1, 2] });
    expect(detailPanels(product)).not.toContain('pareto');
    expect(detailPanels(initialDashboardState({ ...run, objectives: ['latency', 'energy'] }))).toContain('pareto');
  });
});
