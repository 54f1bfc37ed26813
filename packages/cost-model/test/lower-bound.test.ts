import { describe, expect, it } from 'vitest';
import type { Mapping, Problem } from '@gamma-ts/search-space';
import { busyLowerBoundCycles, busyPEs, lowerBoundCycles } from '../src/lower-bound.js';

const conv: Problem = { op: 'CONV', name: 'c', K: 64, C: 32, Y: 58, X: 58, R: 3, S: 3, strideY: 1, strideX: 1, repeat: 1 };

function level(parallel: 'K' | 'C' | 'Y' | 'X', clusterSize: number | null, tiles: Partial<Record<'K' | 'C' | 'Y' | 'X', number>>) {
  const t = { K: 64, C: 32, Y: 56, X: 56, ...tiles };
  return {
    parallel,
    clusterSize,
    loops: [
      { dim: 'K' as const, tile: t.K },
      { dim: 'C' as const, tile: t.C },
      { dim: 'Y' as const, tile: t.Y },
      { dim: 'X' as const, tile: t.X },
      { dim: 'R' as const, tile: 3 },
      { dim: 'S' as const, tile: 3 },
    ],
  };
}

describe('lowerBoundCycles', () => {
  it('is ⌈MACs / PEs⌉ over all repetitions', () => {
    const macs = 64 * 32 * 9 * 56 * 56;
    expect(lowerBoundCycles(conv, { numPEs: 168 })).toBe(Math.ceil(macs / 168));
    expect(lowerBoundCycles({ ...conv, repeat: 3 }, { numPEs: 168 })).toBe(Math.ceil((3 * macs) / 168));
  });
});

describe('busyPEs', () => {
  it('one level: min(PEs, tiles of the parallel dimension)', () => {
    // K in tiles of 4 → 16 tiles; 168 PEs → 16 busy.
    expect(busyPEs(conv, { levels: [level('K', null, { K: 4 })] }, 168)).toBe(16);
    // K in tiles of 1 → 64 tiles; 32 PEs → 32 busy.
    expect(busyPEs(conv, { levels: [level('K', null, { K: 1 })] }, 32)).toBe(32);
    // Non-dividing tile: ⌈56 / 10⌉ = 6 tiles of Y'.
    expect(busyPEs(conv, { levels: [level('Y', null, { Y: 10 })] }, 168)).toBe(6);
  });

  it('two levels: the outer level has ⌊PEs / cluster⌋ sub-clusters, the inner one its cluster size', () => {
    // Outer: 168 / 8 = 21 sub-clusters over C in tiles of 4 (8 tiles) → 8. Inner: cluster 8 over the K tile 64 in
    // tiles of 16 (4 tiles) → 4. Busy = 32.
    const m: Mapping = { levels: [level('C', null, { C: 4 }), level('K', 8, { C: 4, K: 16 })] };
    expect(busyPEs(conv, m, 168)).toBe(32);
    // The inner tiles count within the parent tile, not within the layer: Y' 7 inside an outer Y' tile of 14 → 2.
    const m2: Mapping = { levels: [level('K', null, { K: 1, Y: 14 }), level('Y', 4, { K: 1, Y: 7 })] };
    expect(busyPEs(conv, m2, 256)).toBe(64 * 2);
  });

  it('three levels multiply', () => {
    const m: Mapping = { levels: [level('K', null, { K: 8 }), level('C', 4, { K: 8, C: 8 }), level('X', 2, { K: 8, C: 8, X: 28 })] };
    // ⌊64 / 8⌋ = 8 sub-clusters, 8 K tiles → 8; C: min(4, 32/8 = 4) → 4; X: min(2, 56/28 = 2) → 2.
    expect(busyPEs(conv, m, 64)).toBe(64);
    expect(busyPEs(conv, m, 63)).toBe(7 * 4 * 2);
  });

  it('depthwise: a K parallel dimension spreads C', () => {
    const dw: Problem = { ...conv, op: 'DSCONV', K: 1 };
    expect(busyPEs(dw, { levels: [level('K', null, { K: 1, C: 2 })] }, 168)).toBe(16);
  });

  it('is 0 when the clusters need more PEs than there are', () => {
    expect(busyPEs(conv, { levels: [level('K', null, {}), level('C', 200, {})] }, 168)).toBe(0);
  });
});

describe('busyLowerBoundCycles', () => {
  it('is ⌈MACs / busy⌉ per repetition, times the repetitions', () => {
    const macs = 64 * 32 * 9 * 56 * 56;
    expect(busyLowerBoundCycles(conv, 7)).toBe(Math.ceil(macs / 7));
    expect(busyLowerBoundCycles({ ...conv, repeat: 2 }, 7)).toBe(2 * Math.ceil(macs / 7));
  });
});
