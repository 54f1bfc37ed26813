// Measures whole-search throughput on the BUILT engine (dist) in plain Node, as the `gamma` CLI runs it: under vitest
// every module of the main thread goes through vitest's module runner, which slows the engine's hot loops several
// times (see BENCHMARKS.md, cost model) and would measure the runner, not the engine. Run by throughput.bench.ts
// after `tsc -b`; prints one JSON object on stdout.
import { loadavg } from 'node:os';
import { getModel } from '@gamma-ts/model-zoo';
import { hardwarePreset } from '@gamma-ts/cost-model';
import { InlineEvaluator, WorkerPoolEvaluator, search } from '../dist/index.js';

const REPEATS = Number(process.env.GAMMA_BENCH_REPEATS ?? 5);
const request = { model: getModel('resnet18'), layer: 'layer2.0.conv2', hardware: hardwarePreset('edge'), objective: { objectives: ['latency'] }, seed: 1 };

/**
 * Counts the mappings that reach the evaluator (cache misses), for any evaluator, and for a pool each batch's
 * overhead: its wall time over the workers' mean time inside `evaluate`, minus 1.
 */
function counting(evaluator) {
  const counter = {
    workers: evaluator.workers,
    evaluations: 0,
    batchOverheads: [],
    async evaluateBatch(problem, hardware, mappings) {
      counter.evaluations += mappings.length;
      const before = evaluator.poolStats?.();
      const outcomes = await evaluator.evaluateBatch(problem, hardware, mappings);
      const after = evaluator.poolStats?.();
      if (before && after.busyMs > before.busyMs) {
        counter.batchOverheads.push((after.wallMs - before.wallMs) / ((after.busyMs - before.busyMs) / evaluator.workers) - 1);
      }
      return outcomes;
    },
    close: () => evaluator.close(),
  };
  return counter;
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s.length === 0 ? null : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

const loadBefore = loadavg();
const runs = [];
for (const workers of [0, 1, 2]) {
  const pool = workers === 0 ? new InlineEvaluator() : new WorkerPoolEvaluator(workers);
  const evaluator = counting(pool);
  await search({ ...request, budget: { samples: 2000 } }, { evaluator }); // warm up the JIT of every thread
  for (let repeat = 0; repeat < REPEATS; repeat++) {
    const evaluationsBefore = evaluator.evaluations;
    evaluator.batchOverheads.length = 0;
    const statsBefore = pool.poolStats?.();
    const started = performance.now();
    const result = await search(request, { evaluator });
    const wallMs = performance.now() - started;
    const stats = pool.poolStats?.();
    const layer = result.layers[0];
    runs.push({
      workers,
      wallMs,
      samples: layer.samples,
      evaluations: evaluator.evaluations - evaluationsBefore,
      best: layer.best?.metrics.runtime ?? null,
      // Pool wall time of the batches and the workers' time inside `evaluate` (Σ over workers).
      poolWallMs: stats ? stats.wallMs - statsBefore.wallMs : null,
      busyMs: stats ? stats.busyMs - statsBefore.busyMs : null,
      medianBatchOverhead: median(evaluator.batchOverheads),
    });
  }
  await pool.close();
}

const model = getModel('resnet50');
const started = performance.now();
const whole = await search({ model, hardware: hardwarePreset('edge'), objective: { objectives: ['latency'] }, seed: 1, budget: { samples: 10_000 } }, { workers: 2 });
const resnet50 = {
  wallMs: performance.now() - started,
  shapes: whole.layers.length,
  layers: model.layers.length,
  samples: whole.totals.samples,
  runtime: whole.totals.runtime,
  withoutValid: whole.totals.layersWithoutValidMapping,
};

process.stdout.write(JSON.stringify({ repeats: REPEATS, loadBefore, loadAfter: loadavg(), runs, resnet50 }) + '\n');
