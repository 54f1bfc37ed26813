import { Box, Text } from 'ink';
import type { EnergyBreakdown, Hardware, Metrics } from '@gamma-ts/cost-model';
import type { ScoredMapping } from '@gamma-ts/genetic-engine';
import { barText } from './bar.js';
import { formatPercent, formatQuantity } from './format-number.js';
import { useTone } from './theme.js';

export interface MetricsPanelProps {
  readonly best: ScoredMapping | null;
  readonly hardware: Hardware;
  readonly width: number;
}

export function metricsSummary(m: Metrics): string[] {
  return [
    `runtime ${formatQuantity(m.runtime)} cycles · energy ${formatQuantity(m.energy)} nJ · EDP ${formatQuantity(m.edp)}`,
    `power ${formatQuantity(m.power)} · area ${formatQuantity(m.area)} · throughput ${formatQuantity(m.throughput)} MACs/cycle`,
    `L2 traffic ${formatQuantity(m.l2Traffic)} el · PE utilization ${formatPercent(m.peUtilization)} · MACs ${formatQuantity(m.macs)}`,
  ];
}

export const ENERGY_PARTS: readonly { readonly key: Exclude<keyof EnergyBreakdown, 'totalNj'>; readonly label: string }[] = [
  { key: 'macNj', label: 'MAC' },
  { key: 'l1InputNj', label: 'L1 input' },
  { key: 'l1WeightNj', label: 'L1 weight' },
  { key: 'l1OutputNj', label: 'L1 output' },
  { key: 'l2InputNj', label: 'L2 input' },
  { key: 'l2WeightNj', label: 'L2 weight' },
  { key: 'l2OutputNj', label: 'L2 output' },
  { key: 'dramNj', label: 'off-chip' },
];

const LABEL_WIDTH = 10;

/** The best mapping's metrics, its energy per level and tensor, and buffer use against capacity. */
export function MetricsPanel({ best, hardware, width }: MetricsPanelProps) {
  const tone = useTone();
  if (best === null) {
    return (
      <Box flexDirection="column">
        <Text bold>metrics</Text>
        <Text color={tone('muted')}>no valid mapping yet</Text>
      </Box>
    );
  }
  const { metrics, energyBreakdown } = best;
  const barWidth = Math.max(6, Math.min(40, width - LABEL_WIDTH - 22));
  const total = energyBreakdown.totalNj;
  const buffers = [
    { label: 'L1 per PE', used: metrics.l1Size, capacity: hardware.l1CapacityElements },
    { label: 'L2', used: metrics.l2Size, capacity: hardware.l2CapacityElements },
  ];
  return (
    <Box flexDirection="column">
      <Text bold>metrics</Text>
      {metricsSummary(metrics).map((line, i) => (
        <Text key={i} wrap="truncate-end">
          {line}
        </Text>
      ))}
      <Text bold>{`energy breakdown (total ${formatQuantity(total)} nJ)`}</Text>
      {ENERGY_PARTS.map(({ key, label }) => {
        const part = energyBreakdown[key];
        const share = total > 0 ? part / total : 0;
        return (
          <Text key={key} wrap="truncate-end">
            {label.padEnd(LABEL_WIDTH)}
            <Text color={tone('accent')}>{barText(share, barWidth, '·')}</Text>
            {` ${formatPercent(share).padStart(4)}  ${formatQuantity(part)} nJ`}
          </Text>
        );
      })}
      <Text bold>buffers (used / capacity, elements)</Text>
      {buffers.map(({ label, used, capacity }) => {
        const share = capacity > 0 ? used / capacity : Number.POSITIVE_INFINITY;
        const over = share > 1;
        return (
          <Text key={label} wrap="truncate-end">
            {label.padEnd(LABEL_WIDTH)}
            <Text color={tone(over ? 'bad' : share > 0.9 ? 'warn' : 'good')}>{barText(share, barWidth, '·')}</Text>
            {` ${formatPercent(share).padStart(4)}  ${formatQuantity(used)} / ${formatQuantity(capacity)}${over ? '  over capacity' : ''}`}
          </Text>
        );
      })}
    </Box>
  );
}
