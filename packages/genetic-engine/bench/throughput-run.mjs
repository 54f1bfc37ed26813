// Measures whole-search throughput on the BUILT engine (dist) in plain Node, as the `gamma` CLI runs it: under vitest
// every module of the main thread goes through vitest's module runner, which slows the engine's hot loops several
// times (see BENCHMARKS.md, cost model) and would measure the runner, not the engine. Run by throughput.bench.ts
// after `tsc -b`; prints one JSON object on stdout.
import { loadavg } from 'node:os';
import { getModel } from '@gamma-ts/model-zoo';
import { hardwarePreset } from '@gamma-ts/cost-model';
import { InlineEvaluator, WorkerPoolEvaluator, defaultWorkerCount, search } from '../dist/index.js';

const REPEATS = Number(process.env.GAMMA_BENCH_REPEATS ?? 5);
/** Worker counts to measure (0: the main thread alone), e.g. `GAMMA_BENCH_WORKERS=1,2`. */
const WORKER_COUNTS = (process.env.GAMMA_BENCH_WORKERS ?? '0,1,2').split(',').map(Number);
/** `GAMMA_BENCH_MAIN_EVALUATES=0|1` overrides whether the main thread joins the workers (default: when a core is free). */
const MAIN_EVALUATES = process.env.GAMMA_BENCH_MAIN_EVALUATES === undefined ? undefined : process.env.GAMMA_BENCH_MAIN_EVALUATES === '1';
/**
 * Samples of the search each pool runs before it is measured (`GAMMA_BENCH_WARMUP`; 0: none), to warm up every
 * thread's JIT: two whole searches' worth, since the later generations reach mapping shapes (more levels, other tiles)
 * that the first ones do not, and each new shape costs V8 a round of deoptimisation and recompilation on the cores the
 * search is using (`--trace-opt` after a 2 000-sample warm-up: 95, 23, 9, 1 and 5 recompilations in the next five
 * searches). The cold case is measured on its own (`GAMMA_BENCH_WARMUP=0`, the bench's last row).
 */
const WARMUP_SAMPLES = Number(process.env.GAMMA_BENCH_WARMUP ?? 20_000);
/** `GAMMA_BENCH_RESNET50=0` skips the whole-model run. */
const RESNET50 = process.env.GAMMA_BENCH_RESNET50 !== '0';
const request = { model: getModel('resnet18'), layer: 'layer2.0.conv2', hardware: hardwarePreset('edge'), objective: { objectives: ['latency'] }, seed: 1 };

/**
 * Counts the mappings that reach the evaluator (cache misses), for any evaluator, and for a pool each batch's
 * overhead: the time the evaluators were given to it over their time inside `evaluate`, minus 1 (the evaluators: the
 * workers, from the batch's opening to its end, and the main thread when it evaluates too, from the batch's close and
 * while it encodes mappings for the workers; see `PoolStats.assignedMs`). For a batch evaluated whole this is its
 * wall time over the evaluators' mean time inside `evaluate`, minus 1.
 */
function overheadOf(before, after) {
  return after.busyMs > before.busyMs ? (after.assignedMs - before.assignedMs) / (after.busyMs - before.busyMs) - 1 : null;
}

function counting(evaluator) {
  const counter = {
    workers: evaluator.workers,
    evaluations: 0,
    batchOverheads: [],
    async evaluateBatch(problem, hardware, mappings) {
      counter.evaluations += mappings.length;
      const before = evaluator.poolStats?.();
      const outcomes = await evaluator.evaluateBatch(problem, hardware, mappings);
      const overhead = before ? overheadOf(before, evaluator.poolStats()) : null;
      if (overhead !== null) counter.batchOverheads.push(overhead);
      return outcomes;
    },
    // A whole-model search's rounds come as multi-problem batches; measured the same way.
    ...(evaluator.evaluateProblems && {
      async evaluateProblems(hardware, parts) {
        counter.evaluations += parts.reduce((n, p) => n + p.mappings.length, 0);
        const before = evaluator.poolStats?.();
        const outcomes = await evaluator.evaluateProblems(hardware, parts);
        const overhead = before ? overheadOf(before, evaluator.poolStats()) : null;
        if (overhead !== null) counter.batchOverheads.push(overhead);
        return outcomes;
      },
    }),
    // Batches the search fills while it breeds: measured from their opening to their end.
    ...(evaluator.openBatch && {
      openBatch(hardware, problems, expected) {
        const before = evaluator.poolStats?.();
        const batch = evaluator.openBatch(hardware, problems, expected);
        return {
          add(problemIndex, mapping) {
            counter.evaluations++;
            batch.add(problemIndex, mapping);
          },
          async close() {
            const outcomes = await batch.close();
            const overhead = before ? overheadOf(before, evaluator.poolStats()) : null;
            if (overhead !== null) counter.batchOverheads.push(overhead);
            return outcomes;
          },
        };
      },
    }),
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
for (const workers of WORKER_COUNTS) {
  const pool = workers === 0 ? new InlineEvaluator() : new WorkerPoolEvaluator(workers, { mainThreadEvaluates: MAIN_EVALUATES });
  const evaluator = counting(pool);
  if (WARMUP_SAMPLES > 0) await search({ ...request, budget: { samples: WARMUP_SAMPLES } }, { evaluator });
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
      evaluators: stats ? stats.evaluators : 1,
      wallMs,
      samples: layer.samples,
      evaluations: evaluator.evaluations - evaluationsBefore,
      best: layer.best?.metrics.runtime ?? null,
      // Pool wall time of the batches, the evaluators' time given to them and their time inside `evaluate` (Σ over evaluators).
      poolWallMs: stats ? stats.wallMs - statsBefore.wallMs : null,
      assignedMs: stats ? stats.assignedMs - statsBefore.assignedMs : null,
      busyMs: stats ? stats.busyMs - statsBefore.busyMs : null,
      medianBatchOverhead: median(evaluator.batchOverheads),
    });
  }
  await pool.close();
}

let resnet50 = null;
if (RESNET50) {
  const model = getModel('resnet50');
  // The CLI's default pool unless `GAMMA_BENCH_RESNET50_WORKERS=N`.
  const workers = Number(process.env.GAMMA_BENCH_RESNET50_WORKERS ?? defaultWorkerCount());
  const inner = new WorkerPoolEvaluator(workers, { mainThreadEvaluates: MAIN_EVALUATES });
  const pool = counting(inner);
  const started = performance.now();
  const whole = await search({ model, hardware: hardwarePreset('edge'), objective: { objectives: ['latency'] }, seed: 1, budget: { samples: 10_000 } }, { evaluator: pool });
  const wallMs = performance.now() - started;
  await pool.close();
  resnet50 = {
    workers,
    evaluators: inner.poolStats().evaluators,
    wallMs,
    medianBatchOverhead: median(pool.batchOverheads),
    batches: pool.batchOverheads.length,
    shapes: whole.layers.length,
    layers: model.layers.length,
    samples: whole.totals.samples,
    runtime: whole.totals.runtime,
    withoutValid: whole.totals.layersWithoutValidMapping,
  };
}

process.stdout.write(JSON.stringify({ repeats: REPEATS, loadBefore, loadAfter: loadavg(), runs, resnet50 }) + '\n');
