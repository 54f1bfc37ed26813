import { beforeAll, expect, it } from 'vitest';
import { getModel } from '@gamma-ts/model-zoo';
import { hardwarePreset } from '@gamma-ts/cost-model';
import { WorkerPoolEvaluator, search, type SearchEvent } from '../src/index.js';
import { buildWorkerDependencies } from '../test/build-workers.js';
import { fmt, report } from './bench-report.js';

beforeAll(() => buildWorkerDependencies());

it('throughput with 1 and 2 workers, pool overhead, and a whole ResNet-50 search', async () => {
  const lines: string[] = ['### Search throughput (edge, latency, ResNet-18 layer2.0.conv2, 10 000 samples, seed 1)', '', '| workers | wall time | samples/s | evaluations/s (cache misses) | pool overhead |', '|---|---|---|---|---|'];
  const request = { model: getModel('resnet18'), layer: 'layer2.0.conv2', hardware: hardwarePreset('edge'), objective: { objectives: ['latency' as const] }, seed: 1 };
  for (const workers of [1, 2]) {
    const pool = new WorkerPoolEvaluator(workers);
    await search({ ...request, budget: { samples: 400 } }, { evaluator: pool }); // warm up the workers' JIT
    const before = pool.poolStats();
    const t = performance.now();
    const result = await search(request, { evaluator: pool });
    const wall = (performance.now() - t) / 1000;
    const s = pool.poolStats();
    const evaluations = s.evaluations - before.evaluations;
    const poolWall = s.wallMs - before.wallMs;
    const busyPerWorker = (s.busyMs - before.busyMs) / workers;
    // Time a batch spends beyond the workers' own evaluation time: messaging, cloning and uneven chunks.
    const overhead = 1 - busyPerWorker / poolWall;
    lines.push(`| ${workers} | ${wall.toFixed(2)} s | ${fmt(result.layers[0].samples / wall)} | ${fmt(evaluations / wall)} | ${(overhead * 100).toFixed(1)} % |`);
    await pool.close();
  }

  const model = getModel('resnet50');
  let evaluatedLayers = 0;
  const t = performance.now();
  const result = await search(
    { model, hardware: hardwarePreset('edge'), objective: { objectives: ['latency'] }, seed: 1, budget: { samples: 10_000 } },
    { workers: 2, onEvent: (e: SearchEvent) => void (e.type === 'layer-end' && evaluatedLayers++) },
  );
  const wall = (performance.now() - t) / 1000;
  lines.push(
    '',
    `ResNet-50 whole model (${result.layers.length} unique shapes of ${model.layers.length} layers, 10 000 samples each, latency, edge, 2 workers): ` +
      `**${wall.toFixed(1)} s** wall time, ${fmt(result.totals.samples)} samples, total ${fmt(result.totals.runtime)} cycles, ` +
      `${result.totals.layersWithoutValidMapping} shapes without a valid mapping.`,
  );
  await report('throughput', lines.join('\n'));
  expect(evaluatedLayers).toBe(result.layers.length);
  expect(wall).toBeLessThan(60);
});
