import type { Dim, LoopTile, Mapping, MappingLevel, Problem } from '@gamma-ts/search-space';
import type { EnergyBreakdown, Hardware, Metrics } from '@gamma-ts/cost-model';
import type {
  Budget,
  HistoryPoint,
  LayerResult,
  MetricConstraint,
  ModelTotals,
  OperatorRates,
  RunInfo,
  ScoredMapping,
  SearchResult,
} from '@gamma-ts/genetic-engine';
import { schema, type SchemaNamespace } from './results-schema.js';
import { allowedAlgorithms, allowedMetricNames, allowedObjectives, allowedStopReasons } from './allowed-values.js';
import { keepUnknownFields } from './unknown-fields.js';

/** A decoded message that violates the schema's meaning; `field` is a path such as `layers[2].best.mapping`. */
export class SchemaFieldError extends Error {
  override name = 'SchemaFieldError';
  constructor(
    readonly field: string,
    detail: string,
  ) {
    super(`field ${field}: ${detail}`);
  }
}

type Decoded<K extends keyof SchemaNamespace> = SchemaNamespace[K] extends abstract new (...args: never[]) => infer I ? I : never;

const PROTO_TO_DIM = new Map<number, Dim>([
  [schema.Dim.DIM_K, 'K'],
  [schema.Dim.DIM_C, 'C'],
  [schema.Dim.DIM_Y, 'Y'],
  [schema.Dim.DIM_X, 'X'],
  [schema.Dim.DIM_R, 'R'],
  [schema.Dim.DIM_S, 'S'],
]);

function present<T>(value: T | null | undefined, field: string): T {
  if (value === null || value === undefined) throw new SchemaFieldError(field, 'missing');
  return value;
}

function oneOf<T extends string>(value: string, allowed: readonly T[], field: string): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new SchemaFieldError(field, `'${value}' is not one of ${allowed.join(', ')}`);
  }
  return value as T;
}

/** A 64-bit protobuf integer as a number: protobufjs yields `Long` objects when the `long` package is loadable. */
function int64(value: number | { toNumber(): number }): number {
  return typeof value === 'number' ? value : value.toNumber();
}

function int64Map(values: Record<string, number | { toNumber(): number }>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [key, value] of Object.entries(values)) out[key] = int64(value);
  return out;
}

function dimOf(value: number, field: string): Dim {
  const dim = PROTO_TO_DIM.get(value);
  if (!dim) throw new SchemaFieldError(field, `dimension code ${value} is not one of K, C, Y, X, R, S`);
  return dim;
}

/** Records the message's unknown fields against the plain object made from it. */
function kept<T extends object>(message: { $unknowns?: Uint8Array[] }, value: T): T {
  keepUnknownFields(value, message.$unknowns);
  return value;
}

function hardwareFrom(m: Decoded<'Hardware'>, field: string): Hardware {
  const e = present(m.energy, `${field}.energy`) as Decoded<'EnergyConstants'>;
  return kept(m, {
    name: m.name,
    numPEs: m.numPes,
    l1CapacityElements: m.l1CapacityElements,
    l2CapacityElements: m.l2CapacityElements,
    nocBandwidth: m.nocBandwidth,
    nocHops: m.nocHops,
    nocHopLatency: m.nocHopLatency,
    offchipBandwidth: m.offchipBandwidth,
    wordBits: m.wordBits,
    energy: kept(e, { macNj: e.macNj, l1AccessNj: e.l1AccessNj, l2AccessNj: e.l2AccessNj, dramAccessNj: e.dramAccessNj }),
  });
}

function budgetFrom(m: Decoded<'Budget'>): Budget {
  // Optional fields: present only when the writer set them, so a round trip gives back the same keys.
  const budget: { samples?: number; generations?: number; timeMs?: number; patience?: number } = {};
  if (m.samples !== null && m.samples !== undefined) budget.samples = int64(m.samples);
  if (m.generations !== null && m.generations !== undefined) budget.generations = int64(m.generations);
  if (m.timeMs !== null && m.timeMs !== undefined) budget.timeMs = m.timeMs;
  if (m.patience !== null && m.patience !== undefined) budget.patience = int64(m.patience);
  return kept(m, budget);
}

function runFrom(m: Decoded<'Run'>): RunInfo {
  const rates = present(m.operatorRates, 'run.operatorRates') as Decoded<'OperatorRates'>;
  const operatorRates: OperatorRates = kept(rates, {
    crossover: rates.crossover,
    reorder: rates.reorder,
    tileMutation: rates.tileMutation,
    tileMutationLoci: rates.tileMutationLoci,
    parallelMutation: rates.parallelMutation,
    levelGrowth: rates.levelGrowth,
    levelAging: rates.levelAging,
  });
  const weights = m.objectiveWeights ? { objectiveWeights: [...(m.objectiveWeights.weights ?? [])] } : {};
  return kept(m, {
    seed: int64(m.seed),
    algorithm: oneOf(m.algorithm, allowedAlgorithms, 'run.algorithm'),
    hardware: hardwareFrom(present(m.hardware, 'run.hardware') as Decoded<'Hardware'>, 'run.hardware'),
    objectives: m.objectives.map((o, i) => oneOf(o, allowedObjectives, `run.objectives[${i}]`)),
    ...weights,
    constraints: m.constraints.map((c, i): MetricConstraint => {
      const decoded = c as Decoded<'MetricConstraint'>;
      return kept(decoded, { metric: oneOf(decoded.metric, allowedMetricNames, `run.constraints[${i}].metric`), max: decoded.max });
    }),
    budget: budgetFrom(present(m.budget, 'run.budget') as Decoded<'Budget'>),
    populationSize: m.populationSize,
    operatorRates,
    levels: { min: m.levelsMin, max: m.levelsMax },
    factorsOnly: m.factorsOnly,
    model: m.model,
    workers: m.workers,
    startedAt: m.startedAt,
    endedAt: m.endedAt,
    stopReason: oneOf(m.stopReason, allowedStopReasons, 'run.stopReason'),
  });
}

function problemFrom(m: Decoded<'Problem'>, field: string): Problem {
  let op: Problem['op'];
  if (m.op === schema.LayerOp.LAYER_OP_CONV) op = 'CONV';
  else if (m.op === schema.LayerOp.LAYER_OP_DSCONV) op = 'DSCONV';
  else throw new SchemaFieldError(`${field}.op`, `layer op code ${m.op} is not one of CONV, DSCONV`);
  return kept(m, {
    op,
    name: m.name,
    K: m.k,
    C: m.c,
    Y: m.y,
    X: m.x,
    R: m.r,
    S: m.s,
    strideY: m.strideY,
    strideX: m.strideX,
    repeat: m.repeat,
  });
}

function mappingFrom(m: Decoded<'Mapping'>, field: string): Mapping {
  const levels = m.levels.map((l, i): MappingLevel => {
    const level = l as Decoded<'MappingLevel'>;
    const levelField = `${field}.levels[${i}]`;
    const loops = level.loops.map((t, j): LoopTile => {
      const loop = t as Decoded<'LoopTile'>;
      return kept(loop, { dim: dimOf(loop.dim, `${levelField}.loops[${j}].dim`), tile: loop.tile });
    });
    return kept(level, {
      parallel: dimOf(level.parallel, `${levelField}.parallel`),
      clusterSize: level.clusterSize ?? null,
      loops,
    });
  });
  return kept(m, { levels });
}

function metricsFrom(m: Decoded<'Metrics'>): Metrics {
  return kept(m, {
    runtime: m.runtime,
    macs: m.macs,
    energy: m.energy,
    edp: m.edp,
    power: m.power,
    area: m.area,
    throughput: m.throughput,
    l2Traffic: m.l2Traffic,
    l1Size: m.l1Size,
    l2Size: m.l2Size,
    peUtilization: m.peUtilization,
  });
}

function energyFrom(m: Decoded<'EnergyBreakdown'>): EnergyBreakdown {
  return kept(m, {
    macNj: m.macNj,
    l1InputNj: m.l1InputNj,
    l1WeightNj: m.l1WeightNj,
    l1OutputNj: m.l1OutputNj,
    l2InputNj: m.l2InputNj,
    l2WeightNj: m.l2WeightNj,
    l2OutputNj: m.l2OutputNj,
    dramNj: m.dramNj,
    totalNj: m.totalNj,
  });
}

function scoredFrom(m: Decoded<'ScoredMapping'>, field: string): ScoredMapping {
  return kept(m, {
    mapping: mappingFrom(present(m.mapping, `${field}.mapping`) as Decoded<'Mapping'>, `${field}.mapping`),
    metrics: metricsFrom(present(m.metrics, `${field}.metrics`) as Decoded<'Metrics'>),
    energyBreakdown: energyFrom(present(m.energyBreakdown, `${field}.energyBreakdown`) as Decoded<'EnergyBreakdown'>),
  });
}

function historyFrom(m: Decoded<'HistoryPoint'>): HistoryPoint {
  return kept(m, { generation: m.generation, samples: int64(m.samples), best: [...m.best] });
}

function layerFrom(m: Decoded<'LayerResult'>, i: number): LayerResult {
  const field = `layers[${i}]`;
  return kept(m, {
    name: m.name,
    count: m.count,
    names: [...m.names],
    shape: problemFrom(present(m.shape, `${field}.shape`) as Decoded<'Problem'>, `${field}.shape`),
    lowerBound: m.lowerBound,
    best: m.best ? scoredFrom(m.best as Decoded<'ScoredMapping'>, `${field}.best`) : null,
    front: m.front.map((s, j) => scoredFrom(s as Decoded<'ScoredMapping'>, `${field}.front[${j}]`)),
    history: m.history.map((h) => historyFrom(h as Decoded<'HistoryPoint'>)),
    samples: int64(m.samples),
    validSamples: int64(m.validSamples),
    invalidReasons: int64Map(m.invalidReasons),
    stopReason: oneOf(m.stopReason, allowedStopReasons, `${field}.stopReason`),
  });
}

function totalsFrom(m: Decoded<'ModelTotals'>): ModelTotals {
  return kept(m, {
    runtime: m.runtime,
    energy: m.energy,
    macs: m.macs,
    samples: int64(m.samples),
    layersWithoutValidMapping: m.layersWithoutValidMapping,
  });
}

/** The search result held by a decoded `Results` message; throws `SchemaFieldError` naming a bad field. */
export function resultsFromProto(m: Decoded<'Results'>): SearchResult {
  return kept(m, {
    run: runFrom(present(m.run, 'run') as Decoded<'Run'>),
    layers: m.layers.map((l, i) => layerFrom(l as Decoded<'LayerResult'>, i)),
    totals: totalsFrom(present(m.totals, 'totals') as Decoded<'ModelTotals'>),
  });
}
