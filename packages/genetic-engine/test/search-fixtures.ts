import { conv, type Model } from '@gamma-ts/model-zoo';
import { hardwarePreset } from '@gamma-ts/cost-model';
import type { SearchRequest, SearchResult } from '../src/index.js';

/** Three layers, two unique shapes (one repeated), small enough for quick searches. */
export const tinyModel: Model = {
  name: 'tiny',
  layers: [
    conv({ name: 'a', outChannels: 32, inChannels: 16, inputHeight: 14, inputWidth: 14, kernelHeight: 3, padding: 1 }),
    conv({ name: 'b', outChannels: 64, inChannels: 32, inputHeight: 14, inputWidth: 14, kernelHeight: 3, padding: 1 }),
    conv({ name: 'c', outChannels: 32, inChannels: 16, inputHeight: 14, inputWidth: 14, kernelHeight: 3, padding: 1 }),
  ],
};

/** Six unique shapes: more than one round (`ROUND_SIZE` = 4), so the second round warm-starts from the first. */
export const sixShapeModel: Model = {
  name: 'six-shapes',
  layers: [16, 24, 32, 40, 48, 56].map((outChannels, i) =>
    conv({ name: `s${i}`, outChannels, inChannels: 16, inputHeight: 14, inputWidth: 14, kernelHeight: 3, padding: 1 }),
  ),
};

export function tinyRequest(overrides: Partial<SearchRequest> = {}): SearchRequest {
  return {
    model: tinyModel,
    hardware: hardwarePreset('edge'),
    objective: { objectives: ['latency'] },
    seed: 11,
    populationSize: 20,
    budget: { samples: 300 },
    ...overrides,
  };
}

/** The parts of a result that must not depend on workers, timing or interruption. */
export function comparable(result: SearchResult): unknown {
  const { startedAt: _s, endedAt: _e, workers: _w, ...run } = result.run;
  return { run, layers: result.layers, totals: result.totals };
}
