import { createRng, type Dim, type Mapping, type MappingLevel, type Problem } from '@gamma-ts/search-space';
import { describe, expect, it } from 'vitest';
import { analyzeMaestro, diagnoseMaestro, type MaestroHardware } from '../src/maestro/index.js';

// Behaviour of the MAESTRO engine beyond the golden file: the worked example of shared/docs/maestro-model.md §10
// (numbers traced by hand there), the cases where MAESTRO would crash, and robustness on arbitrary mappings.

const DIMS: readonly Dim[] = ['K', 'C', 'Y', 'X', 'R', 'S'];

function level(parallel: Dim, clusterSize: number | null, loops: [Dim, number][]): MappingLevel {
  return { parallel, clusterSize, loops: loops.map(([dim, tile]) => ({ dim, tile })) };
}

const GAMMA_HW: MaestroHardware = {
  numPEs: 168,
  nocBandwidth: 81_920_000,
  nocHops: 1,
  nocHopLatency: 1,
  offchipBandwidth: 2 ** 30,
};

describe('worked example (maestro-model.md §10, depthwise)', () => {
  const problem: Problem = {
    op: 'DSCONV',
    name: 'dw',
    K: 1,
    C: 32,
    Y: 112,
    X: 112,
    R: 3,
    S: 3,
    strideY: 1,
    strideX: 1,
    repeat: 1,
  };
  const mapping: Mapping = {
    levels: [
      level('C', null, [['C', 8], ['Y', 10], ['X', 110], ['R', 3], ['S', 3], ['K', 1]]),
      level('X', 11, [['X', 10], ['Y', 2], ['C', 1], ['R', 3], ['S', 3], ['K', 1]]),
    ],
  };
  const a = analyzeMaestro(problem, mapping, GAMMA_HW);

  it('gives the traced runtime and MAC count', () => {
    expect(a.runtime).toBe(79_212);
    expect(a.macs).toBe(3_484_800);
  });

  it('gives the traced buffer sizes, including the edge sub-cluster that writes nothing back', () => {
    expect(a.perTensor.input.l2Size).toBe(86_016);
    expect(a.perTensor.weight.l2Size).toBe(576);
    expect(a.perTensor.output.l2Size).toBe(52_800);
    expect(a.l2Size).toBe(139_392);
    expect([a.perTensor.input.l1Size, a.perTensor.weight.l1Size, a.perTensor.output.l1Size]).toEqual([96, 18, 96]);
    expect(a.l1Size).toBe(210);
  });

  it('gives the traced counts and the L2-only CSV energy of a 2-level mapping', () => {
    expect(a.counts.l2InputRead).toBe(401_408);
    expect(a.counts.l2InputWrite).toBe(401_408);
    expect(a.counts.l2WeightRead).toBe(288);
    expect(a.counts.l2OutputWrite).toBe(290_400);
    expect(a.counts.l2OutputRead).toBe(387_200);
    expect(a.counts.l1InputRead).toBe(3_484_800);
    expect(a.maestroEnergyNj).toBeCloseTo(4681.76, 1);
  });
});

describe('where MAESTRO would crash', () => {
  const conv: Problem = {
    op: 'CONV',
    name: 'c',
    K: 16,
    C: 16,
    Y: 10,
    X: 10,
    R: 3,
    S: 3,
    strideY: 1,
    strideX: 1,
    repeat: 1,
  };

  it('reports no sub-clusters, with NaN numbers, when the cluster sizes need more PEs than there are', () => {
    const mapping: Mapping = {
      levels: [
        level('K', null, [['K', 4], ['C', 16], ['Y', 8], ['X', 8], ['R', 3], ['S', 3]]),
        level('C', 200, [['K', 4], ['C', 1], ['Y', 8], ['X', 8], ['R', 3], ['S', 3]]),
      ],
    };
    const { analysis, crash } = diagnoseMaestro(conv, mapping, GAMMA_HW);
    expect(crash).toBe('no-sub-clusters');
    expect(Number.isNaN(analysis.runtime)).toBe(true);
  });

  it('reports a plain analysis as crash-free', () => {
    const mapping: Mapping = { levels: [level('K', null, [['K', 1], ['C', 16], ['Y', 8], ['X', 8], ['R', 3], ['S', 3]])] };
    const { analysis, crash } = diagnoseMaestro(conv, mapping, GAMMA_HW);
    expect(crash).toBeNull();
    expect(analysis.macs).toBe(16 * 16 * 9 * 8 * 8);
  });

  it('flags the off-chip division by zero when every case of the sub-cluster is skipped', () => {
    // An inner Y' tile larger than the outer one leaves the sub-cluster a 1-row remainder of a 3-row window:
    // negative partial sums in every sub-cluster case, all skipped by HEAD, so the top step's compute delay is
    // 0 — and MAESTRO's off-chip bandwidth computation divides by it.
    const mapping: Mapping = {
      levels: [
        level('K', null, [['K', 4], ['C', 16], ['Y', 8], ['X', 8], ['R', 3], ['S', 3]]),
        level('K', 4, [['K', 1], ['C', 16], ['Y', 9], ['X', 8], ['R', 3], ['S', 3]]),
      ],
    };
    const { analysis, crash } = diagnoseMaestro(conv, mapping, GAMMA_HW);
    expect(crash).toBe('offchip-divide-by-zero');
    expect(Number.isNaN(analysis.offchipBandwidthReq)).toBe(true);
    expect(analysis.runtime).toBeGreaterThanOrEqual(0);
  });
});

describe('robustness', () => {
  it('never throws on random well-formed mappings, and is deterministic', () => {
    const rng = createRng(20_240_601);
    const shapes: Problem[] = [
      { op: 'CONV', name: 'a', K: 64, C: 32, Y: 30, X: 30, R: 3, S: 3, strideY: 1, strideX: 1, repeat: 1 },
      { op: 'CONV', name: 'b', K: 32, C: 16, Y: 57, X: 57, R: 3, S: 3, strideY: 2, strideX: 2, repeat: 1 },
      { op: 'DSCONV', name: 'c', K: 1, C: 48, Y: 29, X: 29, R: 5, S: 5, strideY: 1, strideX: 1, repeat: 1 },
      { op: 'CONV', name: 'gemm', K: 96, C: 200, Y: 33, X: 1, R: 1, S: 1, strideY: 1, strideX: 1, repeat: 1 },
    ];
    let finite = 0;
    for (let n = 0; n < 500; n++) {
      const problem = shapes[rng.int(shapes.length)];
      const extent: Record<Dim, number> = {
        K: problem.op === 'DSCONV' ? 1 : problem.K,
        C: problem.C,
        Y: Math.floor((problem.Y - problem.R) / problem.strideY) + 1,
        X: Math.floor((problem.X - problem.S) / problem.strideX) + 1,
        R: problem.R,
        S: problem.S,
      };
      const levels: MappingLevel[] = [];
      let parent = extent;
      const numLevels = rng.intBetween(1, 3);
      for (let l = 0; l < numLevels; l++) {
        const order = [...DIMS];
        for (let i = order.length - 1; i > 0; i--) {
          const j = rng.int(i + 1);
          [order[i], order[j]] = [order[j], order[i]];
        }
        const tiles = { ...parent };
        for (const d of DIMS) tiles[d] = rng.intBetween(1, parent[d]);
        levels.push(
          level(
            DIMS[rng.int(6)],
            l === 0 ? null : rng.intBetween(1, 12),
            order.map((d) => [d, tiles[d]]),
          ),
        );
        parent = tiles;
      }
      const hw: MaestroHardware = { ...GAMMA_HW, numPEs: [16, 64, 168, 1024][rng.int(4)], nocBandwidth: [1, 64][rng.int(2)] };
      const mapping: Mapping = { levels };
      const first = analyzeMaestro(problem, mapping, hw);
      const second = analyzeMaestro(problem, mapping, hw);
      expect(second).toEqual(first);
      if (Number.isFinite(first.runtime)) finite++;
    }
    // Most random mappings fit the PEs and give finite numbers.
    expect(finite).toBeGreaterThan(250);
  });
});
