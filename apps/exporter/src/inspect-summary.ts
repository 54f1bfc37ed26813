import type { SearchResult } from '@gamma-ts/genetic-engine';
import type { ResultsHeader } from './decode-results.js';
import { layerGap } from './results-to-proto.js';

function format(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value)) return value.toLocaleString('en-US');
  return Math.abs(value) >= 1e6 || Math.abs(value) < 1e-3 ? value.toExponential(3) : value.toPrecision(4);
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}

/** The human summary `gamma-export inspect` prints: file header, run, per-layer table, totals. */
export function inspectSummary(result: SearchResult, header?: ResultsHeader): string {
  const run = result.run;
  const hw = run.hardware;
  const budget = Object.entries(run.budget)
    .map(([k, v]) => `${k} ${format(v as number)}`)
    .join(', ');
  const lines = [
    ...(header ? [`file      ${header.tool} ${header.toolVersion}, results schema ${header.schemaMajor}.${header.schemaMinor}`] : []),
    `model     ${run.model}`,
    `hardware  ${hw.name}: ${hw.numPEs} PEs, L1 ${format(hw.l1CapacityElements)} el/PE, L2 ${format(hw.l2CapacityElements)} el, NoC ${format(hw.nocBandwidth)} el/cycle, off-chip ${format(hw.offchipBandwidth)} el/cycle`,
    `search    ${run.algorithm}, seed ${run.seed}, objective ${run.objectives.join(run.objectiveWeights ? ' * ' : ', ')}${run.objectiveWeights ? ` (weights ${run.objectiveWeights.join(', ')})` : ''}, population ${run.populationSize}, levels ${run.levels.min}..${run.levels.max}${run.factorsOnly ? ', factors only' : ''}`,
    `budget    ${budget || 'none'}; stopped: ${run.stopReason}`,
    `time      ${run.startedAt} → ${run.endedAt}`,
    ...(run.constraints.length > 0 ? [`limits    ${run.constraints.map((c) => `${c.metric} ≤ ${format(c.max)}`).join(', ')}`] : []),
    '',
  ];
  const rows = result.layers.map((l) => [
    l.name,
    `x${l.count}`,
    l.best ? format(l.best.metrics.runtime) : '—',
    format(l.lowerBound),
    l.best ? `${layerGap(l).toFixed(2)}x` : '—',
    l.best ? format(l.best.metrics.energy) : '—',
    l.best ? format(l.best.metrics.l1Size) : '—',
    l.best ? format(l.best.metrics.l2Size) : '—',
    l.best ? String(l.best.mapping.levels.length) : '—',
    String(l.front.length),
    `${format(l.validSamples)}/${format(l.samples)}`,
  ]);
  lines.push(...table(['layer', 'count', 'runtime', 'bound', 'gap', 'energy nJ', 'L1', 'L2', 'levels', 'front', 'valid/samples'], rows), '');
  const t = result.totals;
  lines.push(
    `totals    runtime ${format(t.runtime)} cycles, energy ${format(t.energy)} nJ, ${format(t.macs)} MACs, ${format(t.samples)} samples` +
      (t.layersWithoutValidMapping > 0 ? `, ${t.layersWithoutValidMapping} layer(s) without a valid mapping` : ''),
  );
  return lines.join('\n') + '\n';
}
