import { availableParallelism } from 'node:os';
import type Tinypool from 'tinypool';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate, hardwarePreset } from '@gamma-ts/cost-model';
import { canonicalKey, createRng, problemFromLayer, repair, sampleMapping, type Mapping, type Problem } from '@gamma-ts/search-space';
import { DEFAULT_OPERATOR_RATES, EvaluationCache, GenerationEvaluation, InlineEvaluator, WorkerPoolEvaluator, scoreOutcome, search, strategyFor, toOutcome, type Evaluator, type OpenBatch, type StrategyContext } from '../src/index.js';
import { buildWorkerDependencies } from './build-workers.js';
import { comparable, sixShapeModel, tinyModel, tinyRequest } from './search-fixtures.js';

beforeAll(() => buildWorkerDependencies(), 120_000);

const hw = hardwarePreset('edge');
const problemA = problemFromLayer(tinyModel.layers[0]);
const problemB = problemFromLayer(tinyModel.layers[1]);
const rng = createRng(3);
const draw = (problem: Problem, n: number) => Array.from({ length: n }, () => sampleMapping(problem, { numPEs: hw.numPEs, levels: { min: 1, max: 3 } }, rng));
const mappingsA = draw(problemA, 150);
const mappingsB = draw(problemB, 150);
const inline = (problem: Problem, mappings: readonly Mapping[]) => mappings.map((m) => toOutcome(evaluate(problem, m, hw)));

/** An evaluator with open batches on the calling thread that records, per batch, the problem index of each mapping added. */
function recordingEvaluator(): Evaluator & { readonly batches: number[][] } {
  const base = new InlineEvaluator();
  const batches: number[][] = [];
  return {
    workers: 0,
    batches,
    evaluateBatch: (problem, hardware, mappings) => base.evaluateBatch(problem, hardware, mappings),
    openBatch(hardware, problems): OpenBatch {
      const added: { problem: Problem; mapping: Mapping }[] = [];
      const indices: number[] = [];
      batches.push(indices);
      return {
        add(problemIndex, mapping) {
          indices.push(problemIndex);
          added.push({ problem: problems[problemIndex], mapping });
        },
        close: async () => added.map(({ problem, mapping }) => toOutcome(evaluate(problem, mapping, hardware))),
      };
    },
    close: async () => {},
  };
}

describe('open batches on the worker pool', () => {
  it('evaluate while they are filled, give the inline outcomes, and take more mappings than expected', async () => {
    for (const mainThreadEvaluates of [true, false]) {
      const pool = new WorkerPoolEvaluator(1, { mainThreadEvaluates });
      try {
        const batch = pool.openBatch(hw, [problemA, problemB], 100);
        for (let i = 0; i < 60; i++) batch.add(0, mappingsA[i]);
        // The worker starts on the first mappings before the batch is closed (when it has a core of its own besides
        // the main thread's; otherwise the batch starts on close).
        if (availableParallelism() > 1) {
          const deadline = Date.now() + 5_000;
          while (pool.poolStats().busyMs === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
          expect(pool.poolStats().busyMs).toBeGreaterThan(0);
        }
        // 60 + 150 + 90: three times the expected count, across two problems.
        for (const m of mappingsB) batch.add(1, m);
        for (let i = 60; i < 150; i++) batch.add(0, mappingsA[i]);
        const outcomes = await batch.close();
        expect(outcomes).toEqual([...inline(problemA, mappingsA.slice(0, 60)), ...inline(problemB, mappingsB), ...inline(problemA, mappingsA.slice(60))]);
        expect(() => batch.add(0, mappingsA[0])).toThrow(/closed batch/);
        await expect(batch.close()).rejects.toThrow(/closed twice/);
        // An empty batch, then the pool goes on as before.
        expect(await pool.openBatch(hw, [problemA], 10).close()).toEqual([]);
        expect(await pool.evaluateBatch(problemB, hw, mappingsB.slice(0, 30))).toEqual(inline(problemB, mappingsB.slice(0, 30)));
      } finally {
        await pool.close();
      }
    }
  }, 30_000);

  it('reject on close, instead of hanging, when a worker dies while the batch is open', async () => {
    const pool = new WorkerPoolEvaluator(1, { mainThreadEvaluates: false });
    try {
      const batch = pool.openBatch(hw, [problemA], 100);
      for (const m of mappingsA.slice(0, 20)) batch.add(0, m);
      await (pool as unknown as { pool: Tinypool }).pool.threads[0].terminate();
      for (const m of mappingsA.slice(20, 100)) batch.add(0, m);
      await expect(batch.close()).rejects.toThrow();
      // And every later batch, open or whole.
      await expect(pool.openBatch(hw, [problemA], 10).close()).rejects.toThrow();
      await expect(pool.evaluateBatch(problemA, hw, mappingsA.slice(0, 5))).rejects.toThrow();
    } finally {
      await pool.close();
    }
  }, 30_000);

  it('start a batch opened while another is open once that one ends', async () => {
    const pool = new WorkerPoolEvaluator(1);
    try {
      const first = pool.openBatch(hw, [problemA], 50);
      const second = pool.openBatch(hw, [problemB], 50);
      for (const m of mappingsB.slice(0, 40)) second.add(0, m);
      for (const m of mappingsA.slice(0, 50)) first.add(0, m);
      const secondOutcomes = second.close();
      expect(await first.close()).toEqual(inline(problemA, mappingsA.slice(0, 50)));
      expect(await secondOutcomes).toEqual(inline(problemB, mappingsB.slice(0, 40)));
      expect(pool.poolStats().batches).toBe(2);
    } finally {
      await pool.close();
    }
  }, 30_000);
});

describe('a generation offered proposal by proposal', () => {
  it('evaluates each distinct miss once, through an open batch, and fills in hits and repeats', async () => {
    const evaluator = recordingEvaluator();
    const cache = new EvaluationCache();
    const [hit, a, b] = mappingsA;
    cache.store(canonicalKey(hit), toOutcome(evaluate(problemA, hit, hw)));
    const generation = new GenerationEvaluation(cache, problemA, hw, evaluator, 5);
    generation.offer(a);
    generation.offer(hit);
    generation.offer(a);
    // The strategy returns one more than it offered: the last is offered now.
    generation.complete([a, hit, a, b]);
    const result = await generation.finish();
    expect(evaluator.batches).toEqual([[0, 0]]);
    expect(result.evaluated).toBe(2);
    expect(result.outcomes).toEqual(inline(problemA, [a, hit, a, b]));
    expect(result.keys).toEqual([a, hit, a, b].map(canonicalKey));
    expect(cache.stats()).toEqual({ hits: 2, misses: 2 });
  });

  it('refuses proposals returned otherwise than offered', () => {
    const generation = new GenerationEvaluation(new EvaluationCache(), problemA, hw, recordingEvaluator(), 3);
    generation.offer(mappingsA[0]);
    generation.offer(mappingsA[1]);
    expect(() => generation.complete([mappingsA[1], mappingsA[0]])).toThrow(/other than the one it offered/);
    expect(() => generation.complete([mappingsA[0]])).toThrow(/offered 2 proposals but returned 1/);
  });
});

describe('searches with open batches', () => {
  it('give the same result as whole batches, each round generation in one batch holding all its layers', async () => {
    const evaluator = recordingEvaluator();
    const request = tinyRequest({ model: sixShapeModel, budget: { samples: 100 } });
    const streamed = await search(request, { evaluator });
    expect(comparable(streamed)).toEqual(comparable(await search(request, { evaluator: new InlineEvaluator() })));
    // 5 round generations of the first round's 4 shapes, then 5 of the last 2: each batch holds every layer still searching.
    const layersPerBatch = evaluator.batches.map((indices) => new Set(indices).size);
    expect(layersPerBatch).toEqual([...Array(5).fill(4), ...Array(5).fill(2)]);
  });

});

describe('strategies', () => {
  it.each(['gamma', 'random', 'standard-ga', 'annealing'] as const)('%s: tells the engine of each proposal while breeding, in the order returned', (algorithm) => {
    const strategy = strategyFor(algorithm);
    const rng = createRng(5);
    const space = { numPEs: hw.numPEs };
    const spec = { objectives: ['latency' as const] };
    let state = strategy.initialState();
    for (let generation = 0; generation < 3; generation++) {
      const told: Mapping[] = [];
      const ctx: StrategyContext = {
        problem: problemA, space, rng, spec, populationSize: 20, rates: DEFAULT_OPERATOR_RATES, generation, expectedGenerations: 3,
        seeds: generation === 0 ? [mappingsA[0]] : [],
        repair: (m) => repair(problemA, m, space),
        sample: () => sampleMapping(problemA, space, rng),
        proposed: (m) => told.push(m),
      };
      const proposals = strategy.propose(state, 20, ctx);
      expect(proposals).toHaveLength(20);
      // The same objects, in the same order: the engine checks this and evaluates them as they come.
      expect(told.length).toBe(20);
      told.forEach((m, i) => expect(m).toBe(proposals[i]));
      const evaluated = proposals.map((m) => scoreOutcome(m, canonicalKey(m), toOutcome(evaluate(problemA, m, hw)), spec, []));
      state = strategy.accept(state, evaluated, ctx);
    }
  });
});
