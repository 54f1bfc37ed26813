import type { LayerResult, SearchResult } from '@gamma-ts/genetic-engine';
import { layerGap } from './results-to-proto.js';
import { mappingNotation } from './mapping-notation.js';

interface Column {
  readonly header: string;
  readonly value: (layer: LayerResult) => string | number;
}

const metric = (name: keyof NonNullable<LayerResult['best']>['metrics']) => (l: LayerResult) => (l.best ? l.best.metrics[name] : '');

const COLUMNS: readonly Column[] = [
  { header: 'layer', value: (l) => l.name },
  { header: 'count', value: (l) => l.count },
  { header: 'names', value: (l) => l.names.join(' ') },
  { header: 'op', value: (l) => l.shape.op },
  { header: 'K', value: (l) => l.shape.K },
  { header: 'C', value: (l) => l.shape.C },
  { header: 'Y', value: (l) => l.shape.Y },
  { header: 'X', value: (l) => l.shape.X },
  { header: 'R', value: (l) => l.shape.R },
  { header: 'S', value: (l) => l.shape.S },
  { header: 'strideY', value: (l) => l.shape.strideY },
  { header: 'strideX', value: (l) => l.shape.strideX },
  { header: 'repeat', value: (l) => l.shape.repeat },
  { header: 'runtime_cycles', value: metric('runtime') },
  { header: 'lower_bound_cycles', value: (l) => l.lowerBound },
  { header: 'gap', value: (l) => (l.best ? layerGap(l) : '') },
  { header: 'energy_nJ', value: metric('energy') },
  { header: 'edp', value: metric('edp') },
  { header: 'power', value: metric('power') },
  { header: 'area', value: metric('area') },
  { header: 'macs', value: metric('macs') },
  { header: 'throughput_macs_per_cycle', value: metric('throughput') },
  { header: 'l1_size_elements', value: metric('l1Size') },
  { header: 'l2_size_elements', value: metric('l2Size') },
  { header: 'l2_traffic_elements', value: metric('l2Traffic') },
  { header: 'pe_utilization', value: metric('peUtilization') },
  { header: 'levels', value: (l) => (l.best ? l.best.mapping.levels.length : '') },
  { header: 'mapping', value: (l) => (l.best ? mappingNotation(l.best.mapping) : '') },
  { header: 'front_size', value: (l) => l.front.length },
  { header: 'samples', value: (l) => l.samples },
  { header: 'valid_samples', value: (l) => l.validSamples },
  { header: 'stop_reason', value: (l) => l.stopReason },
];

/** RFC 4180 field: quoted when it holds a comma, quote or line break. */
function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * One row per layer with the main metrics (empty cells where a layer has no valid mapping), a header row
 * first, CRLF line ends as RFC 4180 has them. Units are in the column names.
 */
export function toCsv(result: SearchResult): string {
  const rows = [COLUMNS.map((c) => c.header), ...result.layers.map((layer) => COLUMNS.map((c) => csvField(c.value(layer))))];
  return rows.map((row) => row.join(',')).join('\r\n') + '\r\n';
}
