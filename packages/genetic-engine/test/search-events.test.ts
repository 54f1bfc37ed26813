import { describe, expect, it } from 'vitest';
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
});
