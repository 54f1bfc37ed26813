import { Box, Text, renderToString } from 'ink';
import type { SearchResult } from '@gamma-ts/genetic-engine';
import { ConvergenceChart } from './convergence-chart.js';
import { stateFromResult, type DashboardState } from './dashboard-state.js';
import { Header } from './header.js';
import { InvalidReasons } from './invalid-reasons.js';
import { LayerTable } from './layer-table.js';
import { LoopNest } from './loop-nest.js';
import { MetricsPanel } from './metrics-panel.js';
import { ParetoScatter } from './pareto-scatter.js';
import { modelTotalLines } from './plain-progress.js';
import { ThemeContext } from './theme.js';

export interface ResultReportProps {
  readonly state: DashboardState;
  readonly layerIndex: number;
  readonly columns: number;
}

/** A finished run on one page: header, every layer, and every panel of one layer stacked. */
export function ResultReport({ state, layerIndex, columns }: ResultReportProps) {
  const layer = state.layers[layerIndex];
  const objective = state.run.objectives[0] ?? 'latency';
  return (
    <Box flexDirection="column" width={columns}>
      <Header run={state.run} paused={false} finished />
      <LayerTable state={{ ...state, selectedLayer: layerIndex }} visibleRows={state.layers.length} />
      {layer === undefined ? null : (
        <Box flexDirection="column" marginTop={1} gap={1}>
          <Text bold>{`layer ${layerIndex + 1}: ${layer.name} ×${layer.count}`}</Text>
          <ConvergenceChart history={layer.history} objective={objective} samplesBudget={null} width={columns} height={10} />
          <LoopNest mapping={layer.best?.mapping ?? null} shape={layer.shape} hardware={state.run.hardware} />
          <MetricsPanel best={layer.best} hardware={state.run.hardware} width={columns} />
          <InvalidReasons invalidReasons={layer.invalidReasons} samples={layer.samples} width={columns} maxRows={10} />
          {state.run.objectives.length >= 2 ? <ParetoScatter front={layer.front} objectives={state.run.objectives} width={columns} height={14} /> : null}
        </Box>
      )}
    </Box>
  );
}

export interface ResultReportOptions {
  readonly columns: number;
  readonly color: boolean;
  /** Index into `result.layers`. */
  readonly layerIndex: number;
}

/** The report as text (for `gamma view` without a terminal), followed by the model totals. */
export function renderResultReport(result: SearchResult, options: ResultReportOptions): string {
  const state = stateFromResult(result);
  const page = renderToString(
    <ThemeContext.Provider value={{ color: options.color }}>
      <ResultReport state={state} layerIndex={options.layerIndex} columns={options.columns} />
    </ThemeContext.Provider>,
    { columns: options.columns },
  );
  return page + '\n\n' + modelTotalLines(result).join('\n') + '\n';
}
