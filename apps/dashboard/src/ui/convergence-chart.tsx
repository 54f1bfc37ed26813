import { Box, Text } from 'ink';
import type { HistoryPoint, Objective } from '@gamma-ts/genetic-engine';
import { convergencePlot } from './convergence-plot.js';
import { formatQuantity, formatSignedPercent } from './format-number.js';
import { objectiveLabel } from './objective-metric.js';
import { useTone } from './theme.js';

export interface ConvergenceChartProps {
  readonly history: readonly HistoryPoint[];
  readonly objective: Objective;
  /** The x axis runs to the sample budget when there is one, so the line grows towards the right edge. */
  readonly samplesBudget: number | null;
  readonly width: number;
  readonly height: number;
}

/**
 * Plot rows at most: every braille cell goes through Ink's width and style handling on each frame, and a taller plot
 * shows the same curve while costing the search more time per frame.
 */
const MAX_PLOT_ROWS = 12;

/** Best-so-far of the primary objective against samples, with the improvement since the first generation. */
export function ConvergenceChart({ history, objective, samplesBudget, width, height }: ConvergenceChartProps) {
  const tone = useTone();
  const plot = convergencePlot(history, 0, width, Math.max(2, Math.min(MAX_PLOT_ROWS, height - 2)), samplesBudget);
  if (plot === null) {
    return (
      <Box flexDirection="column">
        <Text bold>convergence</Text>
        <Text color={tone('muted')}>{history.length === 0 ? 'waiting for the first generation…' : 'no valid mapping yet'}</Text>
      </Box>
    );
  }
  const improvement = plot.first > 0 ? plot.latest / plot.first - 1 : Number.NaN;
  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end">
        <Text bold>convergence</Text>
        {`  best ${objectiveLabel(objective)} ${formatQuantity(plot.latest)}  (${formatSignedPercent(improvement)} since first)${plot.logScale ? '  log scale' : ''}`}
      </Text>
      {plot.lines.map((line, i) => (
        <Text key={i} color={tone('accent')} wrap="truncate-end">
          {line}
        </Text>
      ))}
      <Text color={tone('muted')} wrap="truncate-end">
        {plot.xAxis}
      </Text>
    </Box>
  );
}
