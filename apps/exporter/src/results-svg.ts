import { objectiveValue, type LayerResult, type Objective, type SearchResult } from '@gamma-ts/genetic-engine';

const PANEL_WIDTH = 460;
const PANEL_HEIGHT = 260;
const GUTTER = 20;
const COLUMNS = 2;
const PLOT = { left: 70, right: 16, top: 34, bottom: 40 };
const UNITS: Readonly<Record<Objective, string>> = {
  latency: 'cycles',
  energy: 'nJ',
  edp: 'nJ·cycles',
  power: 'power',
  area: 'area',
  throughput: 'MACs/cycle',
  l2Traffic: 'elements',
};

function escapeXml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

/** Compact tick label: 3 significant digits, exponent form for large or small magnitudes. */
function tick(value: number): string {
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  return magnitude >= 1e5 || magnitude < 1e-2 ? value.toExponential(2) : String(Number(value.toPrecision(3)));
}

interface Series {
  readonly points: readonly (readonly [number, number])[];
  readonly line: boolean;
}

interface Panel {
  readonly title: string;
  readonly xLabel: string;
  readonly yLabel: string;
  readonly series: Series | null;
  readonly empty: string;
}

function range(values: readonly number[]): [number, number] {
  // A loop, not Math.min(...values): a long search has more generations than a call can take arguments.
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (lo === hi) {
    const pad = lo === 0 ? 1 : Math.abs(lo) * 0.05;
    lo -= pad;
    hi += pad;
  }
  return [lo, hi];
}

function renderPanel(panel: Panel, x0: number, y0: number): string[] {
  const width = PANEL_WIDTH - PLOT.left - PLOT.right;
  const height = PANEL_HEIGHT - PLOT.top - PLOT.bottom;
  const left = x0 + PLOT.left;
  const top = y0 + PLOT.top;
  const out = [
    `<g>`,
    `<rect x="${x0}" y="${y0}" width="${PANEL_WIDTH}" height="${PANEL_HEIGHT}" fill="#ffffff" stroke="#d0d0d0"/>`,
    `<text x="${x0 + PANEL_WIDTH / 2}" y="${y0 + 20}" text-anchor="middle" font-size="13" font-weight="bold">${escapeXml(panel.title)}</text>`,
    `<line x1="${left}" y1="${top + height}" x2="${left + width}" y2="${top + height}" stroke="#333333"/>`,
    `<line x1="${left}" y1="${top}" x2="${left}" y2="${top + height}" stroke="#333333"/>`,
    `<text x="${left + width / 2}" y="${top + height + 32}" text-anchor="middle" font-size="11">${escapeXml(panel.xLabel)}</text>`,
    `<text x="${x0 + 14}" y="${top + height / 2}" text-anchor="middle" font-size="11" transform="rotate(-90 ${x0 + 14} ${top + height / 2})">${escapeXml(panel.yLabel)}</text>`,
  ];
  const series = panel.series;
  if (!series || series.points.length === 0) {
    out.push(`<text x="${left + width / 2}" y="${top + height / 2}" text-anchor="middle" font-size="12" fill="#888888">${escapeXml(panel.empty)}</text>`, `</g>`);
    return out;
  }
  const [xMin, xMax] = range(series.points.map((p) => p[0]));
  const [yMin, yMax] = range(series.points.map((p) => p[1]));
  const sx = (v: number) => (left + ((v - xMin) / (xMax - xMin)) * width).toFixed(1);
  const sy = (v: number) => (top + height - ((v - yMin) / (yMax - yMin)) * height).toFixed(1);
  out.push(
    `<text x="${left}" y="${top + height + 16}" text-anchor="start" font-size="10">${tick(xMin)}</text>`,
    `<text x="${left + width}" y="${top + height + 16}" text-anchor="end" font-size="10">${tick(xMax)}</text>`,
    `<text x="${left - 4}" y="${top + height}" text-anchor="end" font-size="10">${tick(yMin)}</text>`,
    `<text x="${left - 4}" y="${top + 10}" text-anchor="end" font-size="10">${tick(yMax)}</text>`,
  );
  if (series.line) {
    const points = series.points.map(([x, y]) => `${sx(x)},${sy(y)}`).join(' ');
    out.push(`<polyline points="${points}" fill="none" stroke="#1f77b4" stroke-width="2"/>`);
  }
  for (const [x, y] of series.points) out.push(`<circle cx="${sx(x)}" cy="${sy(y)}" r="${series.line ? 2 : 3.5}" fill="${series.line ? '#1f77b4' : '#d62728'}"/>`);
  out.push(`</g>`);
  return out;
}

function convergencePanel(layer: LayerResult, objective: Objective): Panel {
  return {
    title: `${layer.name}: best ${objective} so far`,
    xLabel: 'samples',
    yLabel: `${objective} (${UNITS[objective]})`,
    series: { points: layer.history.map((h) => [h.samples, h.best[0]] as const), line: true },
    empty: 'no history recorded',
  };
}

function frontPanel(layer: LayerResult, x: Objective, y: Objective): Panel {
  const points = [...layer.front]
    .map((s) => [objectiveValue(s.metrics, x), objectiveValue(s.metrics, y)] as const)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return {
    title: `${layer.name}: Pareto front (${layer.front.length} mappings)`,
    xLabel: `${x} (${UNITS[x]})`,
    yLabel: `${y} (${UNITS[y]})`,
    series: { points, line: false },
    empty: 'empty front',
  };
}

/**
 * A standalone SVG (opens in any browser): per layer, the convergence curve of the first objective
 * (best so far against samples) and, in multi-objective runs, the Pareto front of the first two objectives.
 */
export function toSvg(result: SearchResult): string {
  const objectives = result.run.objectives;
  const panels: Panel[] = [];
  for (const layer of result.layers) {
    panels.push(convergencePanel(layer, objectives[0]));
    if (objectives.length >= 2 && layer.front.length > 0) panels.push(frontPanel(layer, objectives[0], objectives[1]));
  }
  const rows = Math.max(1, Math.ceil(panels.length / COLUMNS));
  const width = COLUMNS * PANEL_WIDTH + (COLUMNS + 1) * GUTTER;
  const header = 40;
  const height = header + rows * PANEL_HEIGHT + (rows + 1) * GUTTER;
  const title = `gamma-ts ${result.run.algorithm} search of ${result.run.model} on ${result.run.hardware.name} (seed ${result.run.seed})`;
  const body = panels.flatMap((panel, i) =>
    renderPanel(panel, GUTTER + (i % COLUMNS) * (PANEL_WIDTH + GUTTER), header + GUTTER + Math.floor(i / COLUMNS) * (PANEL_HEIGHT + GUTTER)),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="${width}" height="${height}" fill="#f7f7f7"/>`,
    `<text x="${GUTTER}" y="28" font-size="16">${escapeXml(title)}</text>`,
    ...body,
    '</svg>',
    '',
  ].join('\n');
}
