import { formatQuantity } from './format-number.js';

export interface ParetoGrid {
  readonly lines: readonly string[];
  readonly xAxis: string;
}

/** Points on a character grid (`•` one point, `●` several), y growing upwards, with min/max axis labels. */
export function paretoGrid(points: readonly { readonly x: number; readonly y: number }[], width: number, height: number): ParetoGrid | null {
  const finite = points.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
  if (finite.length === 0) return null;
  const xs = finite.map((p) => p.x);
  const ys = finite.map((p) => p.y);
  const [xMin, xMax, yMin, yMax] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const topLabel = formatQuantity(yMax);
  const bottomLabel = formatQuantity(yMin);
  const labelWidth = Math.max(topLabel.length, bottomLabel.length);
  const columns = Math.max(4, width - labelWidth - 1);
  const rows = Math.max(2, height);
  const counts: number[][] = Array.from({ length: rows }, () => new Array<number>(columns).fill(0));
  for (const p of finite) {
    const column = xMax === xMin ? Math.floor(columns / 2) : Math.round(((p.x - xMin) / (xMax - xMin)) * (columns - 1));
    const row = yMax === yMin ? Math.floor(rows / 2) : Math.round(((yMax - p.y) / (yMax - yMin)) * (rows - 1));
    const line = counts[row];
    if (line !== undefined) line[column] = (line[column] ?? 0) + 1;
  }
  const lines = counts.map((line, r) => {
    const label = r === 0 ? topLabel : r === rows - 1 ? bottomLabel : '';
    return `${label.padStart(labelWidth)}┤${line.map((n) => (n === 0 ? ' ' : n === 1 ? '•' : '●')).join('')}`;
  });
  const left = formatQuantity(xMin);
  const right = formatQuantity(xMax);
  const gap = Math.max(1, columns - left.length - right.length);
  return { lines, xAxis: `${' '.repeat(labelWidth)}└${left}${'─'.repeat(gap)}${right}` };
}
