import { beforeAll, describe, expect, it } from 'vitest';
import { getModel } from '@gamma-ts/model-zoo';
import { hardwarePreset } from '@gamma-ts/cost-model';
import { InlineEvaluator, ROUND_SIZE, WorkerPoolEvaluator, search, type Algorithm, type Evaluator, type ProblemBatch } from '../src/index.js';
import { problemFromLayer, sampleMapping, createRng } from '@gamma-ts/search-space';
import { buildWorkerDependencies } from './build-workers.js';
import { comparable, sixShapeModel, tinyRequest } from './search-fixtures.js';

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

  it('gives the identical whole-model result, in rounds, with 0, 1, 2 and 4 workers', async () => {
    const request = tinyRequest({ model: sixShapeModel, budget: { samples: 100 } });
    const results = [];
    for (const workers of [0, 1, 2, 4]) results.push(comparable(await search(request, { workers })));
    const first = results[0] as { layers: { name: string; best: unknown }[] };
    expect(first.layers.map((l) => l.name)).toEqual(['s0', 's1', 's2', 's3', 's4', 's5']);
    for (const layer of first.layers) expect(layer.best).not.toBeNull();
    for (const other of results.slice(1)) expect(other).toEqual(results[0]);
  }, 30_000);

  it('evaluates a round\'s generations as one multi-problem batch', async () => {
    const inline = new InlineEvaluator();
    const partsPerBatch: number[] = [];
    const counting: Evaluator = {
      workers: 0,
      evaluateBatch: () => Promise.reject(new Error('a round must use evaluateProblems')),
      evaluateProblems: (hardware, parts: readonly ProblemBatch[]) => {
        partsPerBatch.push(parts.length);
        return inline.evaluateProblems(hardware, parts);
      },
      close: async () => {},
    };
    const request = tinyRequest({ model: sixShapeModel, budget: { samples: 100 } });
    const combined = await search(request, { evaluator: counting });
    // 100 samples / 20 per generation: 5 batches of 4 shapes, then 5 of the remaining 2.
    expect(partsPerBatch).toEqual([...Array(5).fill(ROUND_SIZE), ...Array(5).fill(2)]);
    expect(comparable(combined)).toEqual(comparable(await search(request, { workers: 0 })));
  });

  it('pool multi-problem batches equal main-thread outcomes, per problem', async () => {
    const layers = getModel('resnet18').layers;
    const hw = hardwarePreset('edge');
    const rng = createRng(5);
    const parts = [layers[1], layers[8], layers[1]].map((layer) => {
      const problem = problemFromLayer(layer);
      return { problem, mappings: Array.from({ length: 40 }, () => sampleMapping(problem, { numPEs: hw.numPEs }, rng)) };
    });
    const pool = new WorkerPoolEvaluator(2);
    try {
      const expected = await new InlineEvaluator().evaluateProblems(hw, parts);
      expect(expected.map((o) => o.length)).toEqual([40, 40, 40]);
      // Against the wrong problem the outcomes differ, so a mapping evaluated with another part's problem would show.
      expect((await new InlineEvaluator().evaluateProblems(hw, [{ problem: parts[0].problem, mappings: parts[1].mappings }]))[0]).not.toEqual(expected[1]);
      expect(await pool.evaluateProblems(hw, parts)).toEqual(expected);
      expect(await pool.evaluateProblems(hw, [parts[1]])).toEqual([expected[1]]);
    } finally {
      await pool.close();
    }
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
