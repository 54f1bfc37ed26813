import { describe, expect, it } from 'vitest';
import type { HistoryPoint } from '@gamma-ts/genetic-engine';
import { convergencePlot } from '../src/ui/convergence-plot.js';

describe('convergence plot', () => {
  it('draws a history longer than a function call can take arguments', () => {
    // 200 000 generations: more than Math.min(...values) accepts on this Node (a long time or patience budget).
    const history: HistoryPoint[] = Array.from({ length: 200_000 }, (_, i) => ({ generation: i + 1, samples: (i + 1) * 200, best: [1000 + 1e6 / (i + 1)] }));
    const plot = convergencePlot(history, 0, 60, 8);
    expect(plot).not.toBeNull();
    expect(plot!.first).toBe(1_001_000);
    expect(plot!.latest).toBe(1005);
    expect(plot!.logScale).toBe(true);
  });
});
