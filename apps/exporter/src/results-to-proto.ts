import type { Dim, Mapping, Problem } from '@gamma-ts/search-space';
import type { EnergyBreakdown, Hardware, Metrics } from '@gamma-ts/cost-model';
import type { HistoryPoint, LayerResult, ModelTotals, RunInfo, ScoredMapping, SearchResult } from '@gamma-ts/genetic-engine';
import {
  schema,
  type ProtoEnergyBreakdown,
  type ProtoHardware,
  type ProtoHistoryPoint,
  type ProtoLayerResult,
  type ProtoMapping,
  type ProtoMetrics,
  type ProtoModelTotals,
  type ProtoProblem,
  type ProtoResults,
  type ProtoRun,
  type ProtoScoredMapping,
} from './results-schema.js';
import { unknownFieldsOf } from './unknown-fields.js';

const DIM_TO_PROTO: Record<Dim, number> = {
  K: schema.Dim.DIM_K,
  C: schema.Dim.DIM_C,
  Y: schema.Dim.DIM_Y,
  X: schema.Dim.DIM_X,
  R: schema.Dim.DIM_R,
  S: schema.Dim.DIM_S,
};

/** Adds `$unknowns` (fields of a newer minor version kept from decoding) to a message being built. */
function withUnknowns<T extends object>(source: object, message: T): T & { $unknowns?: Uint8Array[] } {
  const unknowns = unknownFieldsOf(source);
  return unknowns ? { ...message, $unknowns: unknowns } : message;
}

function hardwareToProto(hw: Hardware): ProtoHardware {
  return withUnknowns(hw, {
    name: hw.name,
    numPes: hw.numPEs,
    l1CapacityElements: hw.l1CapacityElements,
    l2CapacityElements: hw.l2CapacityElements,
    nocBandwidth: hw.nocBandwidth,
    nocHops: hw.nocHops,
    nocHopLatency: hw.nocHopLatency,
    offchipBandwidth: hw.offchipBandwidth,
    wordBits: hw.wordBits,
    energy: withUnknowns(hw.energy, {
      macNj: hw.energy.macNj,
      l1AccessNj: hw.energy.l1AccessNj,
      l2AccessNj: hw.energy.l2AccessNj,
      dramAccessNj: hw.energy.dramAccessNj,
    }),
  });
}

function runToProto(run: RunInfo): ProtoRun {
  const budget = run.budget;
  return withUnknowns(run, {
    seed: run.seed,
    algorithm: run.algorithm,
    hardware: hardwareToProto(run.hardware),
    objectives: [...run.objectives],
    objectiveWeights: run.objectiveWeights ? { weights: [...run.objectiveWeights] } : null,
    constraints: run.constraints.map((c) => withUnknowns(c, { metric: c.metric, max: c.max })),
    budget: withUnknowns(budget, {
      samples: budget.samples ?? null,
      generations: budget.generations ?? null,
      timeMs: budget.timeMs ?? null,
      patience: budget.patience ?? null,
    }),
    populationSize: run.populationSize,
    operatorRates: withUnknowns(run.operatorRates, { ...run.operatorRates }),
    levelsMin: run.levels.min,
    levelsMax: run.levels.max,
    factorsOnly: run.factorsOnly,
    model: run.model,
    workers: run.workers,
    startedAt: run.startedAt,
    endedAt: run.endedAt,
    stopReason: run.stopReason,
  });
}

function problemToProto(p: Problem): ProtoProblem {
  return withUnknowns(p, {
    op: p.op === 'DSCONV' ? schema.LayerOp.LAYER_OP_DSCONV : schema.LayerOp.LAYER_OP_CONV,
    name: p.name,
    k: p.K,
    c: p.C,
    y: p.Y,
    x: p.X,
    r: p.R,
    s: p.S,
    strideY: p.strideY,
    strideX: p.strideX,
    repeat: p.repeat,
  });
}

function mappingToProto(m: Mapping): ProtoMapping {
  return withUnknowns(m, {
    levels: m.levels.map((level) =>
      withUnknowns(level, {
        parallel: DIM_TO_PROTO[level.parallel],
        clusterSize: level.clusterSize,
        loops: level.loops.map((loop) => withUnknowns(loop, { dim: DIM_TO_PROTO[loop.dim], tile: loop.tile })),
      }),
    ),
  });
}

function metricsToProto(m: Metrics): ProtoMetrics {
  return withUnknowns(m, { ...m });
}

function energyToProto(e: EnergyBreakdown): ProtoEnergyBreakdown {
  return withUnknowns(e, { ...e });
}

function scoredToProto(s: ScoredMapping): ProtoScoredMapping {
  return withUnknowns(s, {
    mapping: mappingToProto(s.mapping),
    metrics: metricsToProto(s.metrics),
    energyBreakdown: energyToProto(s.energyBreakdown),
  });
}

function historyToProto(h: HistoryPoint): ProtoHistoryPoint {
  return withUnknowns(h, { generation: h.generation, samples: h.samples, best: [...h.best] });
}

/** best runtime / lower bound; 0 without a best mapping. */
export function layerGap(layer: LayerResult): number {
  if (!layer.best || layer.lowerBound <= 0) return 0;
  return layer.best.metrics.runtime / layer.lowerBound;
}

function layerToProto(layer: LayerResult): ProtoLayerResult {
  return withUnknowns(layer, {
    name: layer.name,
    count: layer.count,
    names: [...layer.names],
    shape: problemToProto(layer.shape),
    lowerBound: layer.lowerBound,
    best: layer.best ? scoredToProto(layer.best) : null,
    front: layer.front.map(scoredToProto),
    history: layer.history.map(historyToProto),
    samples: layer.samples,
    validSamples: layer.validSamples,
    invalidReasons: { ...layer.invalidReasons },
    stopReason: layer.stopReason,
    gap: layerGap(layer),
  });
}

function totalsToProto(t: ModelTotals): ProtoModelTotals {
  return withUnknowns(t, {
    runtime: t.runtime,
    energy: t.energy,
    macs: t.macs,
    samples: t.samples,
    layersWithoutValidMapping: t.layersWithoutValidMapping,
  });
}

/** The `Results` message for a search result, with any unknown fields kept from decoding. */
export function resultsToProto(result: SearchResult): ProtoResults {
  return withUnknowns(result, {
    run: runToProto(result.run),
    layers: result.layers.map(layerToProto),
    totals: totalsToProto(result.totals),
  });
}
