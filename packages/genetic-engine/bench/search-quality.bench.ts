import { afterAll, beforeAll, expect, it } from 'vitest';
import { getModel, type Model } from '@gamma-ts/model-zoo';
import { hardwarePreset } from '@gamma-ts/cost-model';
import { WorkerPoolEvaluator, search, type Algorithm, type LayerResult, type Objective } from '../src/index.js';
import { buildWorkerDependencies } from '../test/build-workers.js';
import { fmt, median, report } from './bench-report.js';

// The issue's protocol: edge hardware, 10 000 samples, 5 seeds, latency and energy, these layers.
const LAYERS: readonly [string, string][] = [
  ['resnet18', 'layer1.0.conv1'],
  ['resnet18', 'layer2.0.conv2'],
  ['resnet18', 'layer3.0.conv2'],
  ['resnet18', 'layer4.0.conv2'],
  ['mobilenet_v2', 'features.1.conv.0.0'],
  ['mobilenet_v2', 'features.1.conv.1'],
  ['vgg16', 'features.0'],
  ['vgg16', 'features.17'],
];
const OBJECTIVES: readonly Objective[] = ['latency', 'energy'];
const ALGORITHMS: readonly Algorithm[] = ['gamma', 'random', 'standard-ga', 'annealing'];
const SEEDS = [1, 2, 3, 4, 5];
const SAMPLES = Number(process.env.GAMMA_BENCH_SAMPLES ?? 10_000);

let pool: WorkerPoolEvaluator;
beforeAll(() => {
  buildWorkerDependencies();
  pool = new WorkerPoolEvaluator(2);
});
afterAll(() => pool.close());

function samplesToWithinOnePercent(layer: LayerResult): number {
  const final = layer.history[layer.history.length - 1]?.best[0];
  if (final === undefined) return NaN;
  return layer.history.find((h) => h.best.length > 0 && h.best[0] <= final * 1.01)!.samples;
}

it('search quality: GAMMA against the baselines', async () => {
  const models = new Map<string, Model>();
  const rows: string[] = [];
  const failures: string[] = [];
  const started = performance.now();
  for (const [modelName, layerName] of LAYERS) {
    const model = models.get(modelName) ?? getModel(modelName);
    models.set(modelName, model);
    for (const objective of OBJECTIVES) {
      const medians = new Map<Algorithm, number>();
      for (const algorithm of ALGORITHMS) {
        const layers: LayerResult[] = [];
        for (const seed of SEEDS) {
          const result = await search(
            { model, layer: layerName, hardware: hardwarePreset('edge'), objective: { objectives: [objective] }, algorithm, seed, budget: { samples: SAMPLES } },
            { evaluator: pool },
          );
          layers.push(result.layers[0]);
        }
        const values = layers.map((l) => l.history[l.history.length - 1]?.best[0] ?? Infinity);
        const lb = layers[0].lowerBound;
        const med = median(values);
        medians.set(algorithm, med);
        const validRate = layers.reduce((s, l) => s + l.validSamples, 0) / layers.reduce((s, l) => s + l.samples, 0);
        rows.push(
          `| ${modelName} ${layerName} | ${objective} | ${algorithm} | ${fmt(Math.min(...values))} | ${fmt(med)} | ` +
            `${objective === 'latency' ? fmt(Math.min(...values) / lb, 4) : ''} | ${(validRate * 100).toFixed(1)} % | ${fmt(median(layers.map(samplesToWithinOnePercent)))} |`,
        );
      }
      const g = medians.get('gamma')!;
      for (const rival of ['random', 'standard-ga'] as const) {
        if (!(g < medians.get(rival)!)) failures.push(`${modelName} ${layerName} ${objective}: GAMMA median ${fmt(g)} does not beat ${rival} ${fmt(medians.get(rival)!)}`);
      }
    }
  }
  const minutes = ((performance.now() - started) / 60000).toFixed(1);
  await report(
    'search-quality',
    [
      `### Search quality (edge, ${SAMPLES} samples, seeds ${SEEDS.join(', ')}; ${minutes} min on 2 workers)`,
      '',
      '| layer | objective | algorithm | best | median | best / lower bound | valid samples | samples to within 1 % (median) |',
      '|---|---|---|---|---|---|---|---|',
      ...rows,
      '',
      failures.length === 0 ? 'GAMMA\'s median beats random search and the standard GA on every layer and objective.' : `Not met:\n${failures.map((f) => `- ${f}`).join('\n')}`,
    ].join('\n'),
  );
  expect(failures).toEqual([]);
});
