import { describe, expect, it } from 'vitest';
import { evaluate } from '@gamma-ts/cost-model';
import { search, type SearchEvent } from '../src/index.js';
import { tinyRequest } from './search-fixtures.js';

describe('search events', () => {
  it('announce every layer with the MACs and cycle bound its result reports', async () => {
    const events: SearchEvent[] = [];
    const result = await search(tinyRequest({ budget: { samples: 60 } }), { workers: 0, onEvent: (e) => events.push(e) });
    const start = events.find((e) => e.type === 'run-start');
    if (start?.type !== 'run-start') throw new Error('no run-start event');
    expect(start.layers.map((l) => l.name)).toEqual(result.layers.map((l) => l.name));
    start.layers.forEach((layer, i) => {
      expect(layer.lowerBound).toBe(result.layers[i].lowerBound);
      expect(layer.lowerBound).toBe(Math.ceil(layer.macs / result.run.hardware.numPEs));
      if (result.layers[i].best) expect(layer.macs).toBe(result.layers[i].best!.metrics.macs);
    });
    expect(events.at(-1)?.type).toBe('run-end');
  });

  it("report each best mapping's energy breakdown as the cost model gives it, in the result and in the events", async () => {
    const events: SearchEvent[] = [];
    const result = await search(tinyRequest({ budget: { samples: 60 }, objective: { objectives: ['latency', 'energy'] } }), { workers: 0, onEvent: (e) => events.push(e) });
    for (const layer of result.layers) {
      for (const scored of [layer.best!, ...layer.front]) {
        const direct = evaluate(layer.shape, scored.mapping, result.run.hardware);
        expect(scored.energyBreakdown).toEqual(direct.energy);
        expect(scored.energyBreakdown.totalNj).toBe(scored.metrics.energy);
      }
    }
    const generations = events.filter((e) => e.type === 'generation');
    expect(generations.length).toBeGreaterThan(0);
    for (const g of generations) if (g.type === 'generation' && g.bestMapping) expect(g.bestMapping.energyBreakdown.totalNj).toBe(g.bestMapping.metrics.energy);
  });
});
