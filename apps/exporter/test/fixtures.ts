import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Mapping, Problem } from '@gamma-ts/search-space';
import { evaluate, parseGoldenCase, type GoldenCase, type Hardware } from '@gamma-ts/cost-model';
import type { LayerResult, ScoredMapping, SearchResult } from '@gamma-ts/genetic-engine';

// ../shared sits beside the checkout (as in CI).
export const GOLDEN_FILE = fileURLToPath(new URL('../../../../shared/golden/maestro-cases.jsonl', import.meta.url));

export interface GoldenRecord {
  readonly id: string;
  readonly maestro: string;
  readonly case: GoldenCase;
}

let cached: GoldenRecord[] | null = null;

/** All golden cases with their MAESTRO text. */
export function goldenRecords(): GoldenRecord[] {
  if (cached) return cached;
  cached = readFileSync(GOLDEN_FILE, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line, i) => {
      const json = JSON.parse(line) as { id: string; maestro: string };
      return { id: json.id, maestro: json.maestro, case: parseGoldenCase(json, `${GOLDEN_FILE}:${i + 1}`) };
    });
  return cached;
}

/** The cost model's judgement of a mapping, as a search would record it. */
export function scored(problem: Problem, mapping: Mapping, hw: Hardware): ScoredMapping {
  const evaluation = evaluate(problem, mapping, hw);
  if (!evaluation.metrics || !evaluation.energy) throw new Error(`fixture mapping of ${problem.name} could not be analysed`);
  return { mapping, metrics: evaluation.metrics, energyBreakdown: evaluation.energy };
}

/** A layer result built from a real (golden) mapping, with a made-up but consistent search history. */
export function layerFromCase(c: GoldenCase, hw: Hardware, extra: Partial<LayerResult> = {}): LayerResult {
  const best = scored(c.problem, c.mapping, hw);
  const evaluation = evaluate(c.problem, c.mapping, hw);
  return {
    name: c.problem.name,
    count: 2,
    names: [c.problem.name, `${c.problem.name}_b`],
    shape: c.problem,
    lowerBound: evaluation.lowerBoundCycles,
    best,
    front: [],
    history: [
      { generation: 0, samples: 200, best: [best.metrics.runtime * 1.5] },
      { generation: 1, samples: 400, best: [best.metrics.runtime * 1.2] },
      { generation: 2, samples: 600, best: [best.metrics.runtime] },
    ],
    samples: 600,
    validSamples: 451,
    invalidReasons: { 'l2-over-capacity': 120, 'macs-mismatch': 29 },
    stopReason: 'samples',
    ...extra,
  };
}

/** A complete search result over a few golden cases on the case's hardware. */
export function sampleResult(ids: readonly string[] = ['dev-0001', 'dev-0002', 'dev-0003']): SearchResult {
  const records = goldenRecords();
  const cases = ids.map((id) => {
    const record = records.find((r) => r.id === id);
    if (!record) throw new Error(`no golden case ${id}`);
    return record.case;
  });
  const hw = cases[0].hardware;
  // Each layer keeps the hardware its golden case was drawn for, so that every mapping is analysable.
  const layers = cases.map((c) => layerFromCase(c, c.hardware));
  const noBest: LayerResult = { ...layerFromCase(cases[0], hw), name: 'unmapped', names: ['unmapped'], best: null, validSamples: 0, history: [], count: 1 };
  const all = [...layers, noBest];
  return {
    run: {
      seed: 12345,
      algorithm: 'gamma',
      hardware: hw,
      objectives: ['latency'],
      constraints: [{ metric: 'l2Size', max: 1e6 }],
      budget: { samples: 600, patience: 20 },
      populationSize: 200,
      operatorRates: { crossover: 0.5, reorder: 0.1, tileMutation: 0.3, tileMutationLoci: 0.2, parallelMutation: 0.1, levelGrowth: 0.05, levelAging: 0.05 },
      levels: { min: 1, max: 3 },
      factorsOnly: false,
      model: 'golden-sample',
      workers: 0,
      startedAt: '2024-01-02T03:04:05.000Z',
      endedAt: '2024-01-02T03:05:06.000Z',
      stopReason: 'samples',
    },
    layers: all,
    totals: {
      runtime: layers.reduce((s, l) => s + (l.best?.metrics.runtime ?? 0) * l.count, 0),
      energy: layers.reduce((s, l) => s + (l.best?.metrics.energy ?? 0) * l.count, 0),
      macs: layers.reduce((s, l) => s + (l.best?.metrics.macs ?? 0) * l.count, 0),
      samples: all.reduce((s, l) => s + l.samples, 0),
      layersWithoutValidMapping: 1,
    },
  };
}
