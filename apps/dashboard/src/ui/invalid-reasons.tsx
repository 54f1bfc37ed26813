import { Box, Text } from 'ink';
import { barText } from './bar.js';
import { formatCount, formatPercent } from './format-number.js';
import { useTone } from './theme.js';

export interface InvalidReasonsProps {
  readonly invalidReasons: Readonly<Record<string, number>>;
  readonly samples: number;
  readonly width: number;
  /** At most this many reasons; the rest are summed into one line. */
  readonly maxRows: number;
}

/** Reasons sorted by count, largest first. */
export function sortedReasons(invalidReasons: Readonly<Record<string, number>>): [string, number][] {
  return Object.entries(invalidReasons)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** Histogram of why sampled mappings were invalid, as shares of all invalid samples. */
export function InvalidReasons({ invalidReasons, samples, width, maxRows }: InvalidReasonsProps) {
  const tone = useTone();
  const reasons = sortedReasons(invalidReasons);
  const invalidTotal = reasons.reduce((acc, [, n]) => acc + n, 0);
  if (reasons.length === 0) {
    return (
      <Box flexDirection="column">
        <Text bold>invalid reasons</Text>
        <Text color={tone('muted')}>{samples > 0 ? 'none: every sample was valid' : 'no samples yet'}</Text>
      </Box>
    );
  }
  const rows = Math.max(1, maxRows);
  const shown = reasons.length > rows ? reasons.slice(0, rows - 1) : reasons;
  const rest = reasons.slice(shown.length).reduce((acc, [, n]) => acc + n, 0);
  const entries: [string, number][] = rest > 0 ? [...shown, [`${reasons.length - shown.length} other reasons`, rest]] : shown;
  const labelWidth = Math.max(...entries.map(([code]) => code.length));
  const largest = entries.reduce((acc, [, n]) => Math.max(acc, n), 0);
  const barWidth = Math.max(6, Math.min(40, width - labelWidth - 20));
  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end">
        <Text bold>invalid reasons</Text>
        {`  ${formatCount(invalidTotal)} reason hits`}
      </Text>
      {entries.map(([code, count]) => (
        <Text key={code} wrap="truncate-end">
          {code.padEnd(labelWidth)}{' '}
          <Text color={tone('bad')}>{barText(largest > 0 ? count / largest : 0, barWidth)}</Text>
          {` ${formatCount(count)} (${formatPercent(count / invalidTotal)})`}
        </Text>
      ))}
    </Box>
  );
}
