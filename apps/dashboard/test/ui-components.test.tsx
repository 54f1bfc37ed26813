import { afterEach, describe, expect, it } from 'vitest';
import { Box } from 'ink';
import { cleanup, render } from 'ink-testing-library';
import type { SearchEvent } from '@gamma-ts/genetic-engine';
import { ConvergenceChart } from '../src/ui/convergence-chart.js';
import { Dashboard } from '../src/ui/dashboard.js';
import { dashboardReducer, initialDashboardState, type DashboardState } from '../src/ui/dashboard-state.js';
import { Footer } from '../src/ui/footer.js';
import { Header } from '../src/ui/header.js';
import { InvalidReasons } from '../src/ui/invalid-reasons.js';
import { LayerTable } from '../src/ui/layer-table.js';
import { LoopNest } from '../src/ui/loop-nest.js';
import { MetricsPanel } from '../src/ui/metrics-panel.js';
import { ParetoScatter } from '../src/ui/pareto-scatter.js';
import { conv2, conv2Mapping, fullRunEvents, hardware, midRunEvents, run, scored } from './ui-script.js';

afterEach(() => cleanup());

function fold(events: readonly SearchEvent[], base = initialDashboardState(run)): DashboardState {
  return events.reduce((state, event, i) => dashboardReducer(state, { type: 'event', event, atMs: i * 1000 }), base);
}

function frameOf(element: React.ReactElement): string {
  const { lastFrame } = render(element);
  return lastFrame() ?? '';
}

describe('Header', () => {
  it('shows model, hardware numbers, objective, seed and budget', () => {
    const frame = frameOf(<Header run={{ ...run, constraints: [{ metric: 'l2Size', max: 100_000 }] }} paused={false} finished={false} />);
    expect(frame).toContain('resnet18');
    expect(frame).toContain('edge (168 PEs, L1 512/PE, L2 108k el');
    expect(frame).toContain('objective latency');
    expect(frame).toContain('constraints l2Size ≤ 100k');
    expect(frame).toContain('seed 7');
    expect(frame).toContain('1,000 samples per layer');
  });

  it('writes a weighted product as one expression', () => {
    const frame = frameOf(<Header run={{ ...run, objectives: ['latency', 'energy'], objectiveWeights: [1, 2] }} paused={false} finished={false} />);
    expect(frame).toContain('objective latency·energy^2');
  });
});

describe('LayerTable', () => {
  it('lists every layer with its numbers and a totals row', () => {
    const frame = frameOf(<LayerTable state={fold(midRunEvents)} visibleRows={10} />);
    const lines = frame.split('\n');
    expect(lines[0]).toMatch(/#\s+layer\s+×\s+status\s+best latency\s+gap to LB\s+samples\s+valid\s+eval\/s/);
    const conv2Line = lines.find((l) => l.includes('conv2_x'));
    expect(conv2Line).toMatch(/› 2\s+conv2_x\s+4\s+running\s+800k\s+\+16\.3%\s+500\s+62%\s+5k/);
    expect(lines.find((l) => l.includes('conv1'))).toMatch(/conv1\s+1\s+done\s+900k\s+\+28\.1%\s+1,000\s+60%/);
    expect(lines.find((l) => l.includes('fc'))).toMatch(/fc\s+1\s+queued\s+—\s+—\s+—\s+—\s+—/);
    expect(lines.at(-1)).toMatch(/total\s+6\s+1\/3 done\s+4\.1M/);
  });

  it('scrolls to keep the focused layer visible when rows are short', () => {
    const state = dashboardReducer(fold(midRunEvents), { type: 'select', delta: 1 });
    const frame = frameOf(<LayerTable state={state} visibleRows={1} />);
    expect(frame).toContain('fc');
    expect(frame).not.toContain('conv1');
    expect(frame).toContain('↑2');
  });
});

describe('ConvergenceChart', () => {
  it('plots best-so-far and labels the range and the latest value', () => {
    const history = fold(midRunEvents).layers[1]!.history;
    const frame = frameOf(<ConvergenceChart history={history} objective="latency" samplesBudget={null} width={60} height={8} />);
    expect(frame).toContain('best latency (cycles) 800k');
    expect(frame).toContain('-73.3% since first');
    expect(frame).toMatch(/^\s*3M┤/m);
    expect(frame).toMatch(/^\s*800k┤/m);
    expect(frame).toContain('500 samples');
    expect(frame).toMatch(/[⠁-⣿]/);
  });

  it('runs the x axis to the sample budget, leaving the unsearched part empty', () => {
    const history = fold(midRunEvents).layers[1]!.history;
    const frame = frameOf(<ConvergenceChart history={history} objective="latency" samplesBudget={1000} width={60} height={8} />);
    expect(frame).toContain('1,000 samples');
    const plotRows = frame.split('\n').filter((l) => l.includes('┤'));
    // 500 of 1000 samples: the right half of every plot row is blank braille.
    for (const row of plotRows) expect(row.slice(-25)).toMatch(/^\u2800+$/);
    expect(plotRows.some((row) => /[\u2801-\u28FF]/.test(row))).toBe(true);
  });

  it('labels a flat line once, on its own row', () => {
    const flat = [{ generation: 1, samples: 100, best: [4000] }];
    const frame = frameOf(<ConvergenceChart history={flat} objective="latency" samplesBudget={null} width={40} height={8} />);
    const rows = frame.split('\n').filter((l) => l.includes('┤'));
    const labelled = rows.filter((l) => l.startsWith('4k┤'));
    expect(labelled).toHaveLength(1);
    expect(labelled[0]).toMatch(/[\u2801-\u28FF]/);
  });

  it('says so when there is nothing to plot', () => {
    expect(frameOf(<ConvergenceChart history={[]} objective="latency" samplesBudget={null} width={60} height={8} />)).toContain('waiting for the first generation');
    const infinite = [{ generation: 1, samples: 100, best: [Number.POSITIVE_INFINITY] }];
    expect(frameOf(<ConvergenceChart history={infinite} objective="latency" samplesBudget={null} width={60} height={8} />)).toContain('no valid mapping yet');
  });
});

describe('LoopNest', () => {
  it('draws each level with its spatial loop, cluster and loops outer → inner with trips', () => {
    const frame = frameOf(<LoopNest mapping={conv2Mapping} shape={conv2} hardware={hardware} />);
    expect(frame).toContain('L0  168 PEs  spatial K over 21 sub-clusters of 8');
    // K: 64 / (4 · 21) → 1 trip; C: 64 / 16 → 4; Y: 56 / 8 → 7.
    expect(frame).toContain('‖K 4 ×1 › C 16 ×4 › Y 8 ×7 › X 56 ×1 › R 3 ×1 › S 3 ×1');
    expect(frame).toContain('L1  Cluster(8)  spatial C over 8 PEs');
    // Inside the L0 tile: K 4 / 1 → 4; C 16 / (2 · 8) → 1; Y 8 / 1 → 8.
    expect(frame).toContain('K 1 ×4 › ‖C 2 ×1 › Y 1 ×8 › X 56 ×1');
  });

  it('wraps a long loop chain between loops, not inside one', () => {
    const frame = frameOf(
      <Box width={40}>
        <LoopNest mapping={conv2Mapping} shape={conv2} hardware={hardware} />
      </Box>,
    );
    const loopLines = frame.split('\n').filter((l) => /[KCYXRS] \d+ ×\d+/.test(l));
    expect(loopLines.length).toBeGreaterThan(2);
    for (const line of loopLines) expect(line.trim()).toMatch(/^(› )?‖?[KCYXRS] \d+ ×\d+( › ‖?[KCYXRS] \d+ ×\d+)*$/);
  });

  it('leaves out top-level trips when the layer shape is not known yet', () => {
    const frame = frameOf(<LoopNest mapping={conv2Mapping} shape={null} hardware={hardware} />);
    expect(frame).toContain('‖K 4 › C 16 › Y 8');
    expect(frame).toContain('K 1 ×4');
  });
});

describe('MetricsPanel', () => {
  it('shows metrics, energy shares and buffer use against capacity', () => {
    const frame = frameOf(<MetricsPanel best={scored(800_000, 1_600_000, 115_605_504)} hardware={hardware} width={90} />);
    expect(frame).toContain('runtime 800k cycles · energy 1.6M nJ');
    expect(frame).toContain('PE utilization 75%');
    expect(frame).toMatch(/MAC\s+█+[\u2589-\u258F]?·*\s+40%\s+640k nJ/);
    expect(frame).toMatch(/L2 input\s+█+[\u2589-\u258F]?·*\s+20%\s+320k nJ/);
    expect(frame).toMatch(/L1 per PE\s+█+[\u2589-\u258F]?·*\s+75%\s+384 \/ 512/);
    // 120 000 of 108 000 elements: over capacity.
    expect(frame).toMatch(/L2\s+█+\s+111%\s+120k \/ 108k\s+over capacity/);
  });
});

describe('InvalidReasons', () => {
  it('sorts reasons by count with shares of all reason hits', () => {
    const frame = frameOf(
      <InvalidReasons invalidReasons={{ 'l1-over-capacity': 40, 'l2-over-capacity': 150, 'runtime-below-bound': 10 }} samples={500} width={80} maxRows={5} />,
    );
    const lines = frame.split('\n');
    expect(lines[0]).toContain('200 reason hits');
    expect(lines[1]).toMatch(/l2-over-capacity\s+█+\s+150 \(75%\)/);
    expect(lines[2]).toMatch(/l1-over-capacity\s+█+\S*\s+40 \(20%\)/);
    expect(lines[3]).toMatch(/runtime-below-bound\s+█*\S*\s+10 \(5%\)/);
  });

  it('folds the tail into one line when rows are short', () => {
    const frame = frameOf(<InvalidReasons invalidReasons={{ a: 5, b: 4, c: 3, d: 2 }} samples={20} width={80} maxRows={2} />);
    expect(frame).toMatch(/3 other reasons\s+\S+\s+9 \(64%\)/);
  });
});

describe('ParetoScatter', () => {
  it('plots the front with both objectives on the axes', () => {
    const front = [scored(100, 900, 1000), scored(200, 500, 1000), scored(400, 100, 1000)];
    const frame = frameOf(<ParetoScatter front={front} objectives={['latency', 'energy']} width={40} height={10} />);
    expect(frame).toContain('3 mappings');
    expect(frame).toContain('↑ energy (nJ)');
    expect(frame).toContain('→ latency (cycles)');
    expect(frame).toMatch(/^\s*900┤•/m);
    expect(frame).toMatch(/^\s*100┤\s+•$/m);
    expect(frame).toMatch(/└100─+400/);
    expect((frame.match(/•/g) ?? []).length).toBe(3);
  });
});

describe('Footer', () => {
  it('shows progress, elapsed, ETA and keys', () => {
    const state = fold(midRunEvents);
    const frame = frameOf(<Footer state={state} width={100} keysEnabled canPause />);
    expect(frame).toContain(' 50%  1/3 layers  elapsed 0:08  ETA 0:08');
    expect(frame).toContain('checkpoint /tmp/run/checkpoint.pb');
    expect(frame).toContain('q quit · p pause/resume · ↑/↓ layer · tab panel');
    const noKeys = frameOf(<Footer state={state} width={100} keysEnabled={false} canPause />);
    expect(noKeys).not.toContain('q quit');
    const over = dashboardReducer(state, { type: 'event', event: fullRunEvents.at(-1)!, atMs: 20_000 });
    expect(frameOf(<Footer state={over} width={100} keysEnabled canPause />)).not.toContain('q quit');
    expect(frameOf(<Footer state={over} width={100} keysEnabled canPause={false} />)).toContain('q quit · ↑/↓ layer');
  });
});

describe('Dashboard', () => {
  it('composes header, table, two panels and footer within the terminal height', () => {
    const state = fold(midRunEvents);
    const frame = frameOf(<Dashboard state={state} columns={100} rows={30} keysEnabled canPause />);
    const lines = frame.split('\n');
    expect(lines.length).toBeLessThanOrEqual(29);
    expect(frame).toContain('conv2_x');
    expect(frame).toContain('best latency (cycles) 800k');
    expect(frame).toContain('L0  168 PEs  spatial K');
    expect(frame).toContain('layer 2 conv2_x');
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(100);
  });

  it('fits a small terminal by windowing the table', () => {
    const frame = frameOf(<Dashboard state={fold(fullRunEvents)} columns={80} rows={20} keysEnabled canPause />);
    expect(frame.split('\n').length).toBeLessThanOrEqual(19);
    expect(frame).toContain('[finished]');
    expect(frame).toContain('100%');
  });
});
