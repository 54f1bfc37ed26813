import { Box, Text } from 'ink';
import type { Budget } from '@gamma-ts/genetic-engine';
import { formatCount, formatQuantity } from './format-number.js';
import type { DashboardRunInfo } from './dashboard-state.js';
import { useTone } from './theme.js';

export function budgetText(budget: Budget): string {
  const parts: string[] = [];
  if (budget.samples !== undefined) parts.push(`${formatCount(budget.samples)} samples`);
  if (budget.generations !== undefined) parts.push(`${formatCount(budget.generations)} generations`);
  if (budget.timeMs !== undefined) parts.push(`${formatQuantity(budget.timeMs / 1000)} s`);
  if (budget.patience !== undefined) parts.push(`patience ${budget.patience}`);
  return parts.length === 0 ? 'unbounded' : `${parts.join(', ')} per layer`;
}

export function hardwareText(run: DashboardRunInfo): string {
  const hw = run.hardware;
  return (
    `${hw.name} (${formatCount(hw.numPEs)} PEs, L1 ${formatQuantity(hw.l1CapacityElements)}/PE, ` +
    `L2 ${formatQuantity(hw.l2CapacityElements)} el, NoC ${formatQuantity(hw.nocBandwidth)} el/cyc, ` +
    `off-chip ${formatQuantity(hw.offchipBandwidth)} el/cyc)`
  );
}

/** `latency + energy` for a Pareto search, `latency·energy^2` for a weighted product. */
export function objectivesText(run: DashboardRunInfo): string {
  const weights = run.objectiveWeights;
  if (weights === undefined) return run.objectives.join(' + ');
  return run.objectives.map((o, i) => (weights[i] === undefined || weights[i] === 1 ? o : `${o}^${weights[i]}`)).join('·');
}

export function constraintsText(run: DashboardRunInfo): string {
  if (run.constraints.length === 0) return 'none';
  return run.constraints.map((c) => `${c.metric} ≤ ${formatQuantity(c.max)}`).join(', ');
}

export interface HeaderProps {
  readonly run: DashboardRunInfo;
  readonly paused: boolean;
  readonly finished: boolean;
}

/** Model, hardware and what the search optimises, in two lines. */
export function Header({ run, paused, finished }: HeaderProps) {
  const tone = useTone();
  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end">
        <Text bold color={tone('accent')}>
          gamma
        </Text>
        {paused ? <Text color={tone('warn')}>{' [paused]'}</Text> : null}
        {finished ? <Text color={tone('good')}>{' [finished]'}</Text> : null}
        {'  model '}
        <Text bold>{run.model}</Text>
        {'  on '}
        {hardwareText(run)}
      </Text>
      <Text wrap="truncate-end" color={tone('muted')}>
        {`objective ${objectivesText(run)} · constraints ${constraintsText(run)} · ${run.algorithm} · seed ${run.seed} · ` +
          `budget ${budgetText(run.budget)} · population ${run.populationSize}`}
      </Text>
    </Box>
  );
}
