import type { SearchEvent, SearchResult } from '@gamma-ts/genetic-engine';
import { dashboardReducer, initialDashboardState, layerProgress, type DashboardRunInfo, type DashboardState, type LayerView } from './dashboard-state.js';
import { formatCount, formatPercent, formatQuantity, formatSignedPercent } from './format-number.js';
import { budgetText, constraintsText, hardwareText, objectivesText } from './header.js';
import { bestObjectiveValue, gapToLowerBound, layerTableLines } from './layer-table-rows.js';
import { objectiveUnit } from './objective-metric.js';

/** Prints one line per quarter of each layer's budget and per finished layer, then the final table. */
export type PlainProgressPrinter = (event: SearchEvent) => void;

function layerLabel(state: DashboardState, index: number): string {
  const total = state.layers.length;
  const width = String(total).length;
  return `[${String(index + 1).padStart(width)}/${total}] ${state.layers[index]?.name ?? '?'}`;
}

function bestText(state: DashboardState, layer: LayerView): string {
  const objective = state.run.objectives[0] ?? 'latency';
  const best = bestObjectiveValue(layer, state);
  if (best === null) return 'no valid mapping yet';
  const unit = objectiveUnit(objective);
  return `best ${objective} ${formatQuantity(best)}${unit ? ' ' + unit : ''}`;
}

/** The final report of a run: the layer table and the model totals. */
export function finalReportLines(state: DashboardState): string[] {
  const lines = ['', ...layerTableLines(state)];
  if (state.result !== null) lines.push('', ...modelTotalLines(state.result));
  return lines;
}

/** The model totals, Pareto fronts and stop reason of a finished run (the end of `finalReportLines`). */
export function modelTotalLines(result: SearchResult): string[] {
  const t = result.totals;
  const lines = [`model total: runtime ${formatQuantity(t.runtime)} cycles, energy ${formatQuantity(t.energy)} nJ, ${formatQuantity(t.macs)} MACs, ${formatCount(t.samples)} samples`];
  if (t.layersWithoutValidMapping > 0) lines.push(`warning: ${t.layersWithoutValidMapping} layer(s) without a valid mapping`);
  for (const layer of result.layers) {
    if (layer.front.length > 0 && result.run.objectives.length > 1) {
      lines.push(`${layer.name}: Pareto front of ${layer.front.length} mapping${layer.front.length === 1 ? '' : 's'} (${result.run.objectives.join(' vs ')})`);
    }
  }
  lines.push(`stopped: ${result.run.stopReason}`);
  return lines;
}

export function createPlainProgressPrinter(run: DashboardRunInfo, write: (text: string) => void, now: () => number = Date.now): PlainProgressPrinter {
  let state = initialDashboardState(run);
  const quartersPrinted = new Map<number, number>();
  const print = (line: string): void => write(line + '\n');
  return (event) => {
    state = dashboardReducer(state, { type: 'event', event, atMs: now() });
    switch (event.type) {
      case 'run-start':
        print(
          `search ${state.run.model} on ${hardwareText(state.run)}: ${event.layers.length} unique layers, objective ${objectivesText(state.run)}, ` +
            `constraints ${constraintsText(state.run)}, ${state.run.algorithm}, seed ${event.seed}, budget ${budgetText(state.run.budget)}`,
        );
        break;
      case 'generation': {
        const layer = state.layers[event.layerIndex];
        if (layer === undefined) break;
        const progress = layerProgress(layer, state.run, state.nowMs);
        const quarter = Math.floor(progress * 4);
        if (quarter > (quartersPrinted.get(event.layerIndex) ?? 0) && quarter < 4) {
          quartersPrinted.set(event.layerIndex, quarter);
          print(
            `${layerLabel(state, event.layerIndex)}  ${formatPercent(progress)}  ${bestText(state, layer)}  ${formatCount(layer.samples)} samples  ` +
              `valid ${formatPercent(event.validRate)}  ${formatQuantity(Math.round(event.evaluationsPerSecond))} eval/s`,
          );
        }
        break;
      }
      case 'layer-end': {
        const layer = state.layers[event.layerIndex];
        if (layer === undefined) break;
        const gap = gapToLowerBound(layer);
        print(
          `${layerLabel(state, event.layerIndex)} ×${layer.count}  done  ${layer.best === null ? 'no valid mapping' : bestText(state, layer)}` +
            `${gap === null ? '' : `  gap ${formatSignedPercent(gap)}`}  ${formatCount(layer.samples)} samples  ` +
            `valid ${layer.validRate === null ? '—' : formatPercent(layer.validRate)}  (stop: ${event.result.stopReason})`,
        );
        break;
      }
      case 'run-end':
        for (const line of finalReportLines(state)) print(line);
        break;
      case 'layer-start':
      case 'checkpoint':
        break;
    }
  };
}
