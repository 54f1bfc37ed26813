import { formatCount, formatPercent, formatQuantity, formatSignedPercent } from './format-number.js';
import { objectiveValue } from '@gamma-ts/genetic-engine';
import { isAdditiveObjective } from './objective-metric.js';
import type { DashboardState, LayerView } from './dashboard-state.js';

/** One row of the layer table, already formatted: the TTY table and the plain final table print the same cells. */
export interface LayerTableRow {
  readonly index: string;
  readonly name: string;
  readonly count: string;
  readonly status: string;
  readonly best: string;
  readonly gap: string;
  readonly samples: string;
  readonly valid: string;
  readonly evaluationsPerSecond: string;
}

export type LayerTableColumn = keyof LayerTableRow;

export const LAYER_TABLE_COLUMNS: readonly LayerTableColumn[] = ['index', 'name', 'count', 'status', 'best', 'gap', 'samples', 'valid', 'evaluationsPerSecond'];

const RIGHT_ALIGNED: ReadonlySet<LayerTableColumn> = new Set(['index', 'count', 'best', 'gap', 'samples', 'valid', 'evaluationsPerSecond']);

export function isRightAligned(column: LayerTableColumn): boolean {
  return RIGHT_ALIGNED.has(column);
}

export function layerTableHeadings(state: DashboardState): LayerTableRow {
  const objective = state.run.objectives[0] ?? 'latency';
  return {
    index: '#',
    name: 'layer',
    count: '×',
    status: 'status',
    best: `best ${objective}`,
    gap: 'gap to LB',
    samples: 'samples',
    valid: 'valid',
    evaluationsPerSecond: 'eval/s',
  };
}

/** The layer's best value of the primary objective, or null before a valid mapping is found. */
export function bestObjectiveValue(layer: LayerView, state: DashboardState): number | null {
  const objective = state.run.objectives[0] ?? 'latency';
  if (layer.best !== null) return objectiveValue(layer.best.metrics, objective);
  const last = layer.history.at(-1)?.best[0];
  return last !== undefined && Number.isFinite(last) ? last : null;
}

/** Best runtime over the lower bound, minus one: 0 means the mapping reaches ⌈MACs / PEs⌉. */
export function gapToLowerBound(layer: LayerView): number | null {
  if (layer.best === null || layer.lowerBound <= 0) return null;
  return layer.best.metrics.runtime / layer.lowerBound - 1;
}

function statusText(layer: LayerView, runOver: boolean): string {
  if (layer.status === 'done') {
    if (layer.stopReason === 'interrupted') return 'stopped';
    return layer.best === null ? 'no valid' : 'done';
  }
  if (runOver) return 'not run';
  return layer.status;
}

export function layerTableRow(layer: LayerView, index: number, state: DashboardState): LayerTableRow {
  const best = bestObjectiveValue(layer, state);
  const gap = gapToLowerBound(layer);
  return {
    index: String(index + 1),
    name: layer.name,
    count: String(layer.count),
    status: statusText(layer, state.result !== null),
    best: best === null ? '—' : formatQuantity(best),
    gap: gap === null ? '—' : formatSignedPercent(gap),
    samples: layer.status === 'queued' ? '—' : formatCount(layer.samples),
    valid: layer.validRate === null ? '—' : formatPercent(layer.validRate),
    evaluationsPerSecond: layer.evaluationsPerSecond === null ? '—' : formatQuantity(Math.round(layer.evaluationsPerSecond)),
  };
}

/** The totals row: Σ best × count for additive objectives, sample-weighted valid rate, the running layer's eval/s. */
export function layerTableTotals(state: DashboardState): LayerTableRow {
  const objective = state.run.objectives[0] ?? 'latency';
  let layerCount = 0;
  let done = 0;
  let bestSum = 0;
  let runtimeSum = 0;
  let lowerBoundSum = 0;
  let samples = 0;
  let validSamples = 0;
  for (const layer of state.layers) {
    layerCount += layer.count;
    if (layer.status === 'done') done += 1;
    samples += layer.samples;
    validSamples += (layer.validRate ?? 0) * layer.samples;
    const best = bestObjectiveValue(layer, state);
    if (best !== null) bestSum += best * layer.count;
    if (layer.best !== null) {
      runtimeSum += layer.best.metrics.runtime * layer.count;
      lowerBoundSum += layer.lowerBound * layer.count;
    }
  }
  const running = state.runningLayer === null ? undefined : state.layers[state.runningLayer];
  const anyBest = lowerBoundSum > 0;
  return {
    index: '',
    name: 'total',
    count: String(layerCount),
    status: `${done}/${state.layers.length} done`,
    best: isAdditiveObjective(objective) && anyBest ? formatQuantity(bestSum) : '—',
    gap: anyBest ? formatSignedPercent(runtimeSum / lowerBoundSum - 1) : '—',
    samples: formatCount(samples),
    valid: samples > 0 ? formatPercent(validSamples / samples) : '—',
    evaluationsPerSecond: running?.evaluationsPerSecond != null ? formatQuantity(Math.round(running.evaluationsPerSecond)) : '—',
  };
}

export function columnWidths(rows: readonly LayerTableRow[]): Readonly<Record<LayerTableColumn, number>> {
  const widths = {} as Record<LayerTableColumn, number>;
  for (const column of LAYER_TABLE_COLUMNS) {
    widths[column] = Math.max(...rows.map((r) => [...r[column]].length));
  }
  return widths;
}

export function padCell(text: string, width: number, column: LayerTableColumn): string {
  const length = [...text].length;
  if (length > width) return [...text].slice(0, Math.max(0, width - 1)).join('') + '…';
  const padding = ' '.repeat(width - length);
  return isRightAligned(column) ? padding + text : text + padding;
}

/** The whole table as plain text lines (headings, rows, totals), two spaces between columns. */
export function layerTableLines(state: DashboardState): string[] {
  const headings = layerTableHeadings(state);
  const rows = state.layers.map((layer, i) => layerTableRow(layer, i, state));
  const totals = layerTableTotals(state);
  const widths = columnWidths([headings, ...rows, totals]);
  const line = (row: LayerTableRow): string => LAYER_TABLE_COLUMNS.map((c) => padCell(row[c], widths[c], c)).join('  ').trimEnd();
  return [line(headings), ...rows.map(line), line(totals)];
}
