import { Box, Text } from 'ink';
import type { DashboardState } from './dashboard-state.js';
import { focusedLayerIndex } from './dashboard-state.js';
import {
  LAYER_TABLE_COLUMNS,
  columnWidths,
  layerTableHeadings,
  layerTableRow,
  layerTableTotals,
  padCell,
  type LayerTableRow,
} from './layer-table-rows.js';
import { useTone, type Tone } from './theme.js';

export interface LayerTableProps {
  readonly state: DashboardState;
  /** How many layer rows fit; the window scrolls to keep the focused layer visible. */
  readonly visibleRows: number;
}

function rowText(row: LayerTableRow, widths: Readonly<Record<keyof LayerTableRow, number>>): string {
  return LAYER_TABLE_COLUMNS.map((c) => padCell(row[c], widths[c], c)).join('  ');
}

/** First row of a window of `size` rows over `total` that keeps `focus` inside, roughly centred. */
export function windowStart(total: number, size: number, focus: number): number {
  if (total <= size) return 0;
  return Math.min(total - size, Math.max(0, focus - Math.floor(size / 2)));
}

const STATUS_TONES: Readonly<Record<string, Tone>> = { running: 'accent', done: 'good', 'no valid': 'bad', stopped: 'warn', queued: 'muted', 'not run': 'muted' };

/** Every unique layer with status, best value, gap to ⌈MACs/PEs⌉, samples, valid share and speed; totals last. */
export function LayerTable({ state, visibleRows }: LayerTableProps) {
  const tone = useTone();
  const headings = layerTableHeadings(state);
  const rows = state.layers.map((layer, i) => layerTableRow(layer, i, state));
  const totals = layerTableTotals(state);
  const widths = columnWidths([headings, ...rows, totals]);
  const focus = focusedLayerIndex(state) ?? 0;
  const size = Math.max(1, visibleRows);
  const start = windowStart(rows.length, size, focus);
  const shown = rows.slice(start, start + size);
  const hiddenAbove = start;
  const hiddenBelow = rows.length - start - shown.length;
  return (
    <Box flexDirection="column">
      <Text bold wrap="truncate-end">
        {'  ' + rowText(headings, widths)}
      </Text>
      {shown.map((row, k) => {
        const index = start + k;
        const selected = index === focus;
        const marker = selected ? '› ' : '  ';
        const more = (k === 0 && hiddenAbove > 0 ? ` ↑${hiddenAbove}` : '') + (k === shown.length - 1 && hiddenBelow > 0 ? ` ↓${hiddenBelow}` : '');
        return (
          <Text key={index} wrap="truncate-end" inverse={selected} color={tone(STATUS_TONES[row.status] ?? 'muted')}>
            {marker + rowText(row, widths) + more}
          </Text>
        );
      })}
      <Text bold wrap="truncate-end">
        {'  ' + rowText(totals, widths)}
      </Text>
    </Box>
  );
}
