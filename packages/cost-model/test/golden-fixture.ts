import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Dim, Mapping, Problem } from '@gamma-ts/search-space';
import type { AccessCounts, MaestroAnalysis, TensorBufferSizes } from '../src/evaluation.js';

/** The shared golden file; GAMMA_GOLDEN_CASES overrides its location. */
export const GOLDEN_PATH =
  process.env.GAMMA_GOLDEN_CASES ?? fileURLToPath(new URL('../../../../shared/golden/maestro-cases.jsonl', import.meta.url));

export interface GoldenCase {
  readonly id: string;
  readonly layer: {
    readonly op: 'CONV' | 'DSCONV';
    readonly K: number;
    readonly C: number;
    readonly Y: number;
    readonly X: number;
    readonly R: number;
    readonly S: number;
    readonly strideY: number;
    readonly strideX: number;
    readonly name: string;
  };
  readonly hw: { numPEs: number; nocBandwidth: number; offchipBandwidth: number; nocHops: number; nocHopLatency: number };
  readonly genome: readonly { parallel: Dim; clusterSize: number | null; loops: readonly [Dim, number][] }[];
  readonly maestro: string;
  readonly expected: {
    readonly runtime: number;
    readonly macs: number;
    readonly l1Size: number;
    readonly l2Size: number;
    readonly counts: AccessCounts;
    readonly perTensor: TensorBufferSizes;
    readonly peakNocBandwidth: number;
    readonly offchipBandwidthReq: number;
    readonly energyCsvNj: number;
  };
}

let cache: GoldenCase[] | null = null;

export function goldenCases(): GoldenCase[] {
  cache ??= readFileSync(GOLDEN_PATH, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as GoldenCase);
  return cache;
}

export function goldenProblem(c: GoldenCase): Problem {
  const { op, K, C, Y, X, R, S, strideY, strideX, name } = c.layer;
  return { op, K, C, Y, X, R, S, strideY, strideX, name, repeat: 1 };
}

export function goldenMapping(c: GoldenCase): Mapping {
  return {
    levels: c.genome.map((g) => ({ parallel: g.parallel, clusterSize: g.clusterSize, loops: g.loops.map(([dim, tile]) => ({ dim, tile })) })),
  };
}

/** MAESTRO's recorded numbers for the case, as the engine would return them. */
export function goldenAnalysis(c: GoldenCase): MaestroAnalysis {
  const e = c.expected;
  return {
    runtime: e.runtime,
    macs: e.macs,
    l1Size: e.l1Size,
    l2Size: e.l2Size,
    counts: e.counts,
    perTensor: e.perTensor,
    peakNocBandwidth: e.peakNocBandwidth,
    offchipBandwidthReq: e.offchipBandwidthReq,
    maestroEnergyNj: e.energyCsvNj,
  };
}
