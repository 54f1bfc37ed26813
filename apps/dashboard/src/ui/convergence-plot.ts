import type { HistoryPoint } from '@gamma-ts/genetic-engine';
import { BrailleCanvas } from './braille-canvas.js';
import { formatCount, formatQuantity } from './format-number.js';

export interface ConvergencePlot {
  /** Plot lines with the y-axis labels in front. */
  readonly lines: readonly string[];
  readonly xAxis: string;
  readonly logScale: boolean;
  readonly first: number;
  readonly latest: number;
}

/**
 * Best-so-far of objective `objectiveIndex` against samples, as a braille step line `width` × `height` characters
 * (axis labels included). Null when no finite value has been seen. A log y-axis is used when the values span
 * more than a factor of 10, because the first generations usually dwarf the rest.
 */
export function convergencePlot(
  history: readonly HistoryPoint[],
  objectiveIndex: number,
  width: number,
  height: number,
  samplesBudget: number | null = null,
): ConvergencePlot | null {
  const points = history
    .map((h) => ({ samples: h.samples, value: h.best[objectiveIndex] ?? Number.NaN }))
    .filter((p) => Number.isFinite(p.value));
  const first = points[0];
  const last = points.at(-1);
  if (first === undefined || last === undefined) return null;
  // A loop, not Math.min(...values): a long search has more generations than a call can take arguments.
  let min = Infinity;
  let max = -Infinity;
  for (const p of points) {
    if (p.value < min) min = p.value;
    if (p.value > max) max = p.value;
  }
  const logScale = min > 0 && max / min > 10;
  const scale = (v: number): number => (logScale ? Math.log10(v) : v);
  const top = scale(max);
  const bottom = scale(min);
  const topLabel = formatQuantity(max);
  // A flat line gets one label, not the same number twice.
  const bottomLabel = max === min ? '' : formatQuantity(min);
  const labelWidth = Math.max(topLabel.length, bottomLabel.length);
  const plotColumns = Math.max(4, width - labelWidth - 1);
  const plotRows = Math.max(2, height);
  const canvas = new BrailleCanvas(plotColumns, plotRows);
  const maxSamples = Math.max(last.samples, samplesBudget ?? 0, 1);
  const yOf = (value: number): number => {
    if (top === bottom) return canvas.dotHeight / 2;
    return ((top - scale(value)) / (top - bottom)) * (canvas.dotHeight - 1);
  };
  let previousY: number | null = null;
  let reachedLatest = false;
  let next = 0;
  let current = first.value;
  for (let x = 0; x < canvas.dotWidth; x++) {
    const samplesAtX = (x / (canvas.dotWidth - 1)) * maxSamples;
    while (next < points.length && (points[next]?.samples ?? Infinity) <= samplesAtX) {
      current = points[next]?.value ?? current;
      next += 1;
    }
    // Columns before the first generation and after the latest one stay empty.
    if (reachedLatest) break;
    if (samplesAtX >= last.samples) reachedLatest = true;
    if (samplesAtX < first.samples && !reachedLatest) continue;
    const y = yOf(current);
    if (previousY !== null) canvas.vertical(x, previousY, y);
    else canvas.set(x, y);
    previousY = y;
  }
  const plotLines = canvas.lines();
  // A flat line sits mid-height; its one label goes there.
  const topLabelRow = top === bottom ? Math.floor(yOf(max) / 4) : 0;
  const lines = plotLines.map((line, r) => {
    const label = r === topLabelRow ? topLabel : r === plotLines.length - 1 ? bottomLabel : '';
    return `${label.padStart(labelWidth)}┤${line}`;
  });
  const left = '0';
  const right = `${formatCount(maxSamples)} samples`;
  const gap = Math.max(1, plotColumns - left.length - right.length);
  const xAxis = `${' '.repeat(labelWidth)}└${left}${'─'.repeat(gap)}${right}`;
  return { lines, xAxis, logScale, first: first.value, latest: last.value };
}
