import { Box, Text } from 'ink';
import { objectiveValue, type Objective, type ScoredMapping } from '@gamma-ts/genetic-engine';
import { objectiveLabel } from './objective-metric.js';
import { paretoGrid } from './pareto-grid.js';
import { useTone } from './theme.js';

export interface ParetoScatterProps {
  readonly front: readonly ScoredMapping[];
  readonly objectives: readonly Objective[];
  readonly width: number;
  readonly height: number;
}

/** The Pareto front of a multi-objective run: first objective across, second up. */
export function ParetoScatter({ front, objectives, width, height }: ParetoScatterProps) {
  const tone = useTone();
  const [xObjective, yObjective] = objectives;
  if (xObjective === undefined || yObjective === undefined) {
    return <Text color={tone('muted')}>Pareto front: single-objective run</Text>;
  }
  const grid = paretoGrid(
    front.map((s) => ({ x: objectiveValue(s.metrics, xObjective), y: objectiveValue(s.metrics, yObjective) })),
    width,
    Math.max(2, height - 3),
  );
  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end">
        <Text bold>Pareto front</Text>
        {`  ${front.length} mappings · ↑ ${objectiveLabel(yObjective)}`}
      </Text>
      {grid === null ? (
        <Text color={tone('muted')}>the front is empty: no valid mapping</Text>
      ) : (
        <>
          {grid.lines.map((line, i) => (
            <Text key={i} color={tone('accent')} wrap="truncate-end">
              {line}
            </Text>
          ))}
          <Text color={tone('muted')} wrap="truncate-end">
            {grid.xAxis}
          </Text>
          <Text color={tone('muted')} wrap="truncate-end">{`→ ${objectiveLabel(xObjective)}`}</Text>
        </>
      )}
    </Box>
  );
}
