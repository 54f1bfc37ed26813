import { Box, Text } from 'ink';
import type { Hardware } from '@gamma-ts/cost-model';
import type { Mapping, Problem } from '@gamma-ts/search-space';
import { levelHeading, loopNestLevels, loopText } from './loop-nest-lines.js';
import { useTone } from './theme.js';

export interface LoopNestProps {
  readonly mapping: Mapping | null;
  readonly shape: Problem | null;
  readonly hardware: Hardware;
}

/** The best mapping: per level its spatial loop and cluster, then its loops outer → inner as `dim tile ×trips`. */
export function LoopNest({ mapping, shape, hardware }: LoopNestProps) {
  const tone = useTone();
  if (mapping === null) {
    return (
      <Box flexDirection="column">
        <Text bold>best mapping</Text>
        <Text color={tone('muted')}>no valid mapping yet</Text>
      </Box>
    );
  }
  const levels = loopNestLevels(mapping, shape, hardware);
  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end">
        <Text bold>best mapping</Text>
        <Text color={tone('muted')}>{'  loops outer → inner: dim tile ×trips, ‖ = spatial'}</Text>
      </Text>
      {levels.map((level) => (
        <Box key={level.level} flexDirection="column" marginLeft={level.level * 2}>
          <Text color={tone('accent')} wrap="truncate-end">
            {levelHeading(level)}
          </Text>
          {/* Each loop is one flex item so a narrow panel wraps between loops, never inside one. */}
          <Box marginLeft={2} flexWrap="wrap">
            {level.loops.map((loop, k) => (
              <Text key={k} color={loop.spatial ? tone('accent') : undefined}>
                {(k === 0 ? '' : ' › ') + loopText(loop)}
              </Text>
            ))}
          </Box>
        </Box>
      ))}
    </Box>
  );
}
