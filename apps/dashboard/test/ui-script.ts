// A scripted search used by the UI tests: three unique layers, numbers chosen so every derived figure is easy to
// check by hand (lower bounds, gaps, trips, shares).
import type { Hardware } from '@gamma-ts/cost-model';
import type { HistoryPoint, LayerResult, ScoredMapping, SearchEvent, SearchResult } from '@gamma-ts/genetic-engine';
import type { Mapping, Problem } from '@gamma-ts/search-space';
import type { DashboardRunInfo } from '../src/ui/dashboard-state.js';

export const hardware: Hardware = {
  name: 'edge',
  numPEs: 168,
  l1CapacityElements: 512,
  l2CapacityElements: 108_000,
  nocBandwidth: 64,
  nocHops: 1,
  nocHopLatency: 1,
  offchipBandwidth: 16,
  wordBits: 8,
  energy: { macNj: 0.001, l1AccessNj: 0.002, l2AccessNj: 0.03, dramAccessNj: 0.2 },
};

export const run: DashboardRunInfo = {
  seed: 7,
  algorithm: 'gamma',
  hardware,
  objectives: ['latency'],
  constraints: [],
  budget: { samples: 1000 },
  populationSize: 100,
  operatorRates: { crossover: 0.8, reorder: 0.1, tileMutation: 0.2, tileMutationLoci: 2, parallelMutation: 0.1, levelGrowth: 0.05, levelAging: 0.05 },
  levels: { min: 2, max: 2 },
  factorsOnly: false,
  model: 'resnet18',
  workers: 1,
  startedAt: '2025-01-01T00:00:00.000Z',
};

/** conv2_x: K=C=64, 56×56 output, 3×3. MACs = 64·64·56·56·9 = 115 605 504; ⌈MACs/168⌉ = 688 128. */
export const conv2: Problem = { op: 'CONV', name: 'conv2_x', K: 64, C: 64, Y: 58, X: 58, R: 3, S: 3, strideY: 1, strideX: 1, repeat: 1 };
export const conv2Macs = 115_605_504;
export const conv2LowerBound = 688_128;

/** L0: K over 21 sub-clusters of 8; L1: C over 8 PEs. */
export const conv2Mapping: Mapping = {
  levels: [
    {
      parallel: 'K',
      clusterSize: null,
      loops: [
        { dim: 'K', tile: 4 },
        { dim: 'C', tile: 16 },
        { dim: 'Y', tile: 8 },
        { dim: 'X', tile: 56 },
        { dim: 'R', tile: 3 },
        { dim: 'S', tile: 3 },
      ],
    },
    {
      parallel: 'C',
      clusterSize: 8,
      loops: [
        { dim: 'K', tile: 1 },
        { dim: 'C', tile: 2 },
        { dim: 'Y', tile: 1 },
        { dim: 'X', tile: 56 },
        { dim: 'R', tile: 3 },
        { dim: 'S', tile: 3 },
      ],
    },
  ],
};

export function scored(runtime: number, energy: number, macs: number, mapping: Mapping = conv2Mapping): ScoredMapping {
  // Energy split: MAC 40 %, L1 input 10 %, L1 weight 5 %, L1 output 5 %, L2 input 20 %, L2 weight 10 %, L2 output 5 %, off-chip 5 %.
  return {
    mapping,
    metrics: {
      runtime,
      macs,
      energy,
      edp: energy * runtime,
      power: 12.5,
      area: 3.2e6,
      throughput: macs / runtime,
      l2Traffic: 250_000,
      l1Size: 384,
      l2Size: 120_000,
      peUtilization: 0.75,
    },
    energyBreakdown: {
      macNj: energy * 0.4,
      l1InputNj: energy * 0.1,
      l1WeightNj: energy * 0.05,
      l1OutputNj: energy * 0.05,
      l2InputNj: energy * 0.2,
      l2WeightNj: energy * 0.1,
      l2OutputNj: energy * 0.05,
      dramNj: energy * 0.05,
      totalNj: energy,
    },
  };
}

export const layerSpecs = [
  { name: 'conv1', count: 1, macs: 118_013_952 },
  { name: 'conv2_x', count: 4, macs: conv2Macs },
  { name: 'fc', count: 1, macs: 512_000 },
] as const;

function generation(layerIndex: number, gen: number, samples: number, runtime: number, validRate: number, reasons: Record<string, number>): SearchEvent {
  const macs = layerSpecs[layerIndex]?.macs ?? 0;
  return {
    type: 'generation',
    layerIndex,
    generation: gen,
    samples,
    validRate,
    best: { generation: gen, samples, best: [runtime] },
    bestMapping: scored(runtime, runtime * 2, macs),
    front: [],
    invalidReasons: reasons,
    evaluationsPerSecond: 5000 + gen,
  };
}

function layerResult(index: number, runtime: number, history: HistoryPoint[], shape: Problem | null): LayerResult {
  const spec = layerSpecs[index];
  if (spec === undefined) throw new Error(`no layer ${index}`);
  return {
    name: spec.name,
    count: spec.count,
    names: [spec.name],
    shape: shape ?? { ...conv2, name: spec.name },
    lowerBound: Math.ceil(spec.macs / hardware.numPEs),
    best: scored(runtime, runtime * 2, spec.macs),
    front: [],
    history,
    samples: 1000,
    validSamples: 600,
    invalidReasons: { 'l2-over-capacity': 300, 'l1-over-capacity': 100 },
    stopReason: 'samples',
  };
}

const conv1History: HistoryPoint[] = [
  { generation: 1, samples: 250, best: [2_000_000] },
  { generation: 2, samples: 500, best: [1_200_000] },
  { generation: 4, samples: 1000, best: [900_000] },
];

/** Events up to the middle of layer 2 (conv2_x, 500 of 1000 samples). */
export const midRunEvents: readonly SearchEvent[] = [
  { type: 'run-start', layers: layerSpecs.map((l) => ({ ...l, lowerBound: Math.ceil(l.macs / hardware.numPEs) })), seed: 7 },
  { type: 'layer-start', layerIndex: 0, name: 'conv1' },
  generation(0, 1, 250, 2_000_000, 0.5, { 'l2-over-capacity': 100 }),
  generation(0, 2, 500, 1_200_000, 0.55, { 'l2-over-capacity': 180 }),
  { type: 'layer-end', layerIndex: 0, result: layerResult(0, 900_000, conv1History, null) },
  { type: 'checkpoint', path: '/tmp/run/checkpoint.pb' },
  { type: 'layer-start', layerIndex: 1, name: 'conv2_x' },
  generation(1, 1, 250, 3_000_000, 0.4, { 'l2-over-capacity': 120, 'l1-over-capacity': 30 }),
  // Runtime 800 000 against the bound 688 128: gap +16.3 %.
  generation(1, 2, 500, 800_000, 0.62, { 'l2-over-capacity': 150, 'l1-over-capacity': 40, 'runtime-below-bound': 10 }),
];

const conv2History: HistoryPoint[] = [
  { generation: 1, samples: 250, best: [3_000_000] },
  { generation: 2, samples: 500, best: [800_000] },
  { generation: 4, samples: 1000, best: [750_000] },
];
const fcHistory: HistoryPoint[] = [{ generation: 1, samples: 1000, best: [4000] }];

export const finalResult: SearchResult = {
  run: { ...run, endedAt: '2025-01-01T00:01:30.000Z', stopReason: 'samples' },
  layers: [
    layerResult(0, 900_000, conv1History, null),
    layerResult(1, 750_000, conv2History, conv2),
    layerResult(2, 4000, fcHistory, null),
  ],
  totals: { runtime: 900_000 + 4 * 750_000 + 4000, energy: 2 * (900_000 + 4 * 750_000 + 4000), macs: 118_013_952 + 4 * conv2Macs + 512_000, samples: 3000, layersWithoutValidMapping: 0 },
};

/** The whole run, ending with run-end. */
export const fullRunEvents: readonly SearchEvent[] = [
  ...midRunEvents,
  generation(1, 4, 1000, 750_000, 0.6, { 'l2-over-capacity': 300, 'l1-over-capacity': 100 }),
  { type: 'layer-end', layerIndex: 1, result: finalResult.layers[1] as LayerResult },
  { type: 'layer-start', layerIndex: 2, name: 'fc' },
  generation(2, 1, 1000, 4000, 0.6, {}),
  { type: 'layer-end', layerIndex: 2, result: finalResult.layers[2] as LayerResult },
  { type: 'run-end', result: finalResult },
];
