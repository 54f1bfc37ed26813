import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { conv } from '@gamma-ts/model-zoo';
import { EDGE_HARDWARE, evaluate } from '@gamma-ts/cost-model';
import { search, type SearchResult } from '@gamma-ts/genetic-engine';
import { problemMacs, toMaestroText } from '@gamma-ts/search-space';
import { decodeResults, encodeResults, exportMaestro, exportTimeloop, readResults, toCsv, toResultsJson, toSvg, writeResults } from '../src/index.js';

const model = {
  name: 'tiny',
  layers: [
    conv({ name: 'c1', outChannels: 16, inChannels: 8, inputHeight: 14, inputWidth: 14, kernelHeight: 3, padding: 1 }),
    conv({ name: 'c2', outChannels: 32, inChannels: 16, inputHeight: 14, inputWidth: 14, kernelHeight: 1 }),
    conv({ name: 'c3', outChannels: 32, inChannels: 16, inputHeight: 14, inputWidth: 14, kernelHeight: 1 }),
  ],
};

let single: SearchResult;
let pareto: SearchResult;

beforeAll(async () => {
  const common = { model, hardware: EDGE_HARDWARE, seed: 7, budget: { samples: 240 }, populationSize: 24, factorsOnly: true };
  single = await search({ ...common, objective: { objectives: ['latency'] } }, { workers: 0 });
  pareto = await search({ ...common, objective: { objectives: ['latency', 'energy'] } }, { workers: 0 });
});

describe('exports of a real seeded search', () => {
  it('round-trips results.pb exactly (single- and multi-objective)', async () => {
    for (const result of [single, pareto]) {
      const file = join(mkdtempSync(join(tmpdir(), 'gamma-real-')), 'results.pb');
      await writeResults(file, result);
      expect(await readResults(file)).toStrictEqual(result);
      expect(encodeResults(decodeResults(encodeResults(result)))).toEqual(encodeResults(result));
    }
    expect(single.layers).toHaveLength(2);
    expect(pareto.layers.some((l) => l.front.length > 0)).toBe(true);
  });

  it('maestro: each layer file is the search-space MAESTRO text of the best mapping', () => {
    const files = exportMaestro(single);
    for (const [i, layer] of single.layers.entries()) {
      const file = files.find((f) => f.path.startsWith(`layers/0${i + 1}-`))!;
      expect(file.content).toBe(toMaestroText(layer.shape, layer.best!.mapping));
    }
  });

  it('timeloop: a factors-only search exports, with MACs and PEs in use equal to the cost model', () => {
    const files = exportTimeloop(single);
    const readme = files.find((f) => f.path === 'README.md')!.content;
    for (const [i, layer] of single.layers.entries()) {
      const best = layer.best!;
      const evaluation = evaluate(layer.shape, best.mapping, single.run.hardware);
      expect(best.metrics.macs).toBe(problemMacs(layer.shape) * layer.shape.repeat);
      expect(readme).toContain(`| 0${i + 1}-${layer.name} | ${best.metrics.macs} | ${evaluation.busyPEs} |`);
      expect(files.filter((f) => f.path.startsWith(`0${i + 1}-${layer.name}/`))).toHaveLength(4);
    }
  });

  it('json, csv and svg carry the search', () => {
    const json = toResultsJson(pareto);
    expect(json.run.objectives).toEqual(['latency', 'energy']);
    expect(json.layers[0].front.length).toBe(pareto.layers[0].front.length);
    expect(toCsv(single).split('\r\n')).toHaveLength(single.layers.length + 2);
    const svg = toSvg(pareto);
    expect(svg.match(/<polyline /g)?.length).toBe(pareto.layers.filter((l) => l.history.length > 0).length);
    expect(svg).toContain('Pareto front');
  });
});
