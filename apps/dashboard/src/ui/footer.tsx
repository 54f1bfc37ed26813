import { Box, Text } from 'ink';
import { barText } from './bar.js';
import { overallProgress, runClock, type DashboardState } from './dashboard-state.js';
import { formatDuration, formatPercent } from './format-number.js';
import { useTone } from './theme.js';

export interface FooterProps {
  readonly state: DashboardState;
  readonly width: number;
  /** False when the terminal gives no raw-mode keys; the key help is then left out. */
  readonly keysEnabled: boolean;
  /** `gamma view` has no search to pause. */
  readonly canPause: boolean;
}

export function keyHelp(canPause: boolean): string {
  return ['q quit', canPause ? 'p pause/resume' : null, '↑/↓ layer', 'tab panel'].filter((k) => k !== null).join(' · ');
}

/** Overall progress bar, elapsed time and ETA, and the keys. */
export function Footer({ state, width, keysEnabled, canPause }: FooterProps) {
  const tone = useTone();
  const progress = overallProgress(state);
  const { elapsedMs, etaMs } = runClock(state);
  const done = state.layers.filter((l) => l.status === 'done' && l.stopReason !== 'interrupted').length;
  const eta =
    state.result !== null
      ? state.result.run.stopReason === 'interrupted'
        ? 'stopped'
        : 'done'
      : state.paused
        ? 'paused'
        : etaMs === null
          ? '—'
          : formatDuration(etaMs);
  const stats = ` ${formatPercent(progress).padStart(4)}  ${done}/${state.layers.length} layers  elapsed ${elapsedMs === null ? '—' : formatDuration(elapsedMs)}  ETA ${eta}`;
  const barWidth = Math.max(10, Math.min(50, width - stats.length - 2));
  let status: string | null = null;
  if (state.quitting && state.result === null) status = 'stopping: finishing the current generation, then results are written…';
  else if (state.paused) status = 'paused: press p to resume';
  // The live dashboard stops listening once the run is over; `gamma view` (canPause false) keeps its keys.
  const liveRunOver = canPause && state.result !== null;
  const checkpoint = state.checkpointPath === null ? null : `checkpoint ${state.checkpointPath}`;
  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end">
        <Text color={tone(state.paused ? 'warn' : 'good')}>{barText(progress, barWidth, '░')}</Text>
        {stats}
      </Text>
      <Text wrap="truncate-end" color={tone('muted')}>
        {[status, keysEnabled && !liveRunOver ? keyHelp(canPause) : null, checkpoint].filter((s) => s !== null).join('   ')}
      </Text>
    </Box>
  );
}
