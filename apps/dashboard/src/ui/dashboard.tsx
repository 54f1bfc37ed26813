import { Box, Text } from 'ink';
import { ConvergenceChart } from './convergence-chart.js';
import { dashboardLayout } from './dashboard-layout.js';
import { detailPanels, focusedLayer, focusedLayerIndex, type DashboardState, type DetailPanel, type LayerView } from './dashboard-state.js';
import { Footer } from './footer.js';
import { Header } from './header.js';
import { InvalidReasons } from './invalid-reasons.js';
import { LayerTable } from './layer-table.js';
import { LoopNest } from './loop-nest.js';
import { MetricsPanel } from './metrics-panel.js';
import { ParetoScatter } from './pareto-scatter.js';
import { useTone } from './theme.js';

export interface DashboardProps {
  readonly state: DashboardState;
  readonly columns: number;
  readonly rows: number;
  readonly keysEnabled: boolean;
  readonly canPause: boolean;
}

/** The panels on screen: the active one and, on wide terminals, the one after it. */
export function visiblePanels(state: DashboardState, across: 1 | 2): DetailPanel[] {
  const panels = detailPanels(state);
  const first = state.panelIndex % panels.length;
  const shown = [panels[first]];
  if (across === 2 && panels.length > 1) shown.push(panels[(first + 1) % panels.length]);
  return shown.filter((p): p is DetailPanel => p !== undefined);
}

interface PanelProps {
  readonly panel: DetailPanel;
  readonly state: DashboardState;
  readonly layer: LayerView;
  readonly width: number;
  readonly height: number;
}

function Panel({ panel, state, layer, width, height }: PanelProps) {
  const objective = state.run.objectives[0] ?? 'latency';
  switch (panel) {
    case 'convergence':
      return <ConvergenceChart history={layer.history} objective={objective} samplesBudget={state.run.budget.samples ?? null} width={width} height={height - 1} />;
    case 'mapping':
      return <LoopNest mapping={layer.best?.mapping ?? null} shape={layer.shape} hardware={state.run.hardware} />;
    case 'metrics':
      return <MetricsPanel best={layer.best} hardware={state.run.hardware} width={width} />;
    case 'invalid':
      return <InvalidReasons invalidReasons={layer.invalidReasons} samples={layer.samples} width={width} maxRows={height - 1} />;
    case 'pareto':
      return <ParetoScatter front={layer.front} objectives={state.run.objectives} width={width} height={height} />;
  }
}

function PanelTabs({ state, shown }: { readonly state: DashboardState; readonly shown: readonly DetailPanel[] }) {
  const tone = useTone();
  const layer = focusedLayer(state);
  const index = focusedLayerIndex(state);
  return (
    <Text wrap="truncate-end">
      {detailPanels(state).map((panel) => (
        <Text key={panel} inverse={shown.includes(panel)} color={shown.includes(panel) ? tone('accent') : tone('muted')}>
          {` ${panel} `}
        </Text>
      ))}
      {layer === null || index === null ? '' : `   layer ${index + 1} ${layer.name}${state.selectedLayer === null ? '' : ' (selected)'}`}
    </Text>
  );
}

/** The whole dashboard for one state and terminal size; a pure view (no hooks beyond the theme). */
export function Dashboard({ state, columns, rows, keysEnabled, canPause }: DashboardProps) {
  const layout = dashboardLayout(columns, rows, state.layers.length);
  const layer = focusedLayer(state);
  const shown = visiblePanels(state, layout.panelsAcross);
  return (
    <Box flexDirection="column" width={columns}>
      <Header run={state.run} paused={state.paused} finished={state.result !== null} />
      <LayerTable state={state} visibleRows={layout.tableRows} />
      <PanelTabs state={state} shown={shown} />
      <Box height={layout.detailHeight} overflow="hidden" flexDirection="row" gap={1}>
        {layer === null ? (
          <Text>waiting for the search to start…</Text>
        ) : layer.status === 'queued' ? (
          <Text>{`${layer.name} is queued: not searched yet`}</Text>
        ) : (
          shown.map((panel) => (
            <Box key={panel} width={layout.panelWidth} flexDirection="column" overflow="hidden">
              <Panel panel={panel} state={state} layer={layer} width={layout.panelWidth} height={layout.detailHeight} />
            </Box>
          ))
        )}
      </Box>
      <Footer state={state} width={columns} keysEnabled={keysEnabled} canPause={canPause} />
    </Box>
  );
}
