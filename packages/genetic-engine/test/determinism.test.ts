import { beforeAll, describe, expect, it } from 'vitest';
import { getModel } from '@gamma-ts/model-zoo';
import { hardwarePreset } from '@gamma-ts/cost-model';
import { InlineEvaluator, WorkerPoolEvaluator, search, type Algorithm } from '../src/index.js';
import { problemFromLayer, sampleMapping, createRng } from '@gamma-ts/search-space';
import { buildWorkerDependencies } from './build-workers.js';
import { comparable, tinyRequest } from './search-fixtures.js';

beforeAll(() => buildWorkerDependencies(), 120_000);

describe('reproducibility', () => {
  it('gives the identical result with 0 (main thread), 1, 2 and 4 workers', async () => {
    const request = tinyRequest({ objective: { objectives: ['latency', 'energy'] } });
    const results = [];
    for (const workers of [0, 1, 2, 4]) results.push(comparable(await search(request, { workers })));
    const first = results[0] as { layers: { best: unknown; front: unknown[] }[] };
    expect(first.layers.length).toBe(2);
    for (const layer of first.layers) {
      expect(layer.best).not.toBeNull();
      expect(layer.front.length).toBeGreaterThan(0);
    }
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
    expect(results[3]).toEqual(results[0]);
  });

  it('pool outcomes equal main-thread outcomes, in input order', async () => {
    const problem = problemFromLayer(getModel('resnet18').layers[1]);
    const hw = hardwarePreset('edge');
    const rng = createRng(3);
    const mappings = Array.from({ length: 50 }, () => sampleMapping(problem, { numPEs: hw.numPEs }, rng));
    const pool = new WorkerPoolEvaluator(2);
    try {
      expect(await pool.evaluateBatch(problem, hw, mappings)).toEqual(await new InlineEvaluator().evaluateBatch(problem, hw, mappings));
      expect(pool.poolStats().evaluations).toBe(50);
    } finally {
      await pool.close();
    }
  });

  it.each(['gamma', 'random', 'standard-ga', 'annealing'] as Algorithm[])('%s: same seed → same result, other seed → other samples', async (algorithm) => {
    const a = comparable(await search(tinyRequest({ algorithm, layer: 'b' }), { workers: 0 }));
    const b = comparable(await search(tinyRequest({ algorithm, layer: 'b' }), { workers: 0 }));
    const c = await search(tinyRequest({ algorithm, layer: 'b', seed: 12 }), { workers: 0 });
    expect(b).toEqual(a);
    expect(c.layers[0].history).not.toEqual((a as { layers: { history: unknown }[] }).layers[0].history);
  });
});
