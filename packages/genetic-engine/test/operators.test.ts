import { describe, expect, it } from 'vitest';
import { DIMS, dimExtent, type Mapping } from '@gamma-ts/search-space';
import { crossover } from '../src/crossover.js';
import { reorder } from '../src/reorder.js';
import { tileMutation } from '../src/tile-mutation.js';
import { parallelMutation } from '../src/parallel-mutation.js';
import { levelGrowth } from '../src/level-growth.js';
import { levelAging } from '../src/level-aging.js';
import { uniformCrossover } from '../src/uniform-crossover.js';
import { geneMutation, mutateOneGene } from '../src/gene-mutation.js';
import { tileBound } from '../src/loop-tiles.js';
import { divisorsOf as divisors } from '@gamma-ts/search-space';
import { conv3x3, ctxFor, depthwise, level, tilesOf, twoLevel } from './fixtures.js';

const other: Mapping = {
  levels: [level('Y', null, { K: 64, C: 32, Y: 28, X: 56, R: 3, S: 3 }, ['C', 'K', 'Y', 'X', 'R', 'S']), level('X', 16, { K: 2, C: 32, Y: 1, X: 7, R: 3, S: 3 })],
};

const sortedDims = (m: Mapping, i: number) => m.levels[i].loops.map((l) => l.dim).sort();

describe('crossover', () => {
  it('exchanges one dimension at every level and nothing else', () => {
    let swapped = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const [a, b] = crossover(twoLevel, other, 1, ctxFor(conv3x3, seed));
      const changed = DIMS.filter((d) => tilesOf(a, 0)[d] !== tilesOf(twoLevel, 0)[d] || tilesOf(a, 1)[d] !== tilesOf(twoLevel, 1)[d]);
      expect(changed.length).toBeLessThanOrEqual(1);
      for (const d of changed) {
        for (const i of [0, 1]) {
          expect(tilesOf(a, i)[d]).toBe(tilesOf(other, i)[d]);
          expect(tilesOf(b, i)[d]).toBe(tilesOf(twoLevel, i)[d]);
        }
        swapped++;
      }
      // Orders and parallel dims stay with their own parent.
      expect(a.levels.map((l) => l.parallel)).toEqual(twoLevel.levels.map((l) => l.parallel));
      expect(a.levels[1].loops.map((l) => l.dim)).toEqual(twoLevel.levels[1].loops.map((l) => l.dim));
    }
    expect(swapped).toBeGreaterThan(10);
  });

  it('returns the parents unchanged at rate 0', () => {
    const [a, b] = crossover(twoLevel, other, 0, ctxFor(conv3x3));
    expect(a).toBe(twoLevel);
    expect(b).toBe(other);
  });
});

describe('reorder', () => {
  it('swaps exactly two loops of one level', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const m = reorder(twoLevel, 1, ctxFor(conv3x3, seed));
      const diffs = m.levels.map((l, i) => l.loops.filter((loop, j) => loop.dim !== twoLevel.levels[i].loops[j].dim).length);
      expect(diffs.filter((d) => d > 0)).toEqual([2]);
      expect(sortedDims(m, 0)).toEqual([...DIMS].sort());
      // Tiles travel with their dims.
      expect(tilesOf(m, 0)).toEqual(tilesOf(twoLevel, 0));
    }
  });
});

describe('tile mutation', () => {
  it('draws tiles within the parent tile, never touches R/S', () => {
    let changes = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const m = tileMutation(twoLevel, 1, 3, ctxFor(conv3x3, seed));
      for (let i = 0; i < m.levels.length; i++) {
        const t = tilesOf(m, i);
        expect(t.R).toBe(3);
        expect(t.S).toBe(3);
        for (const d of ['K', 'C', 'Y', 'X'] as const) {
          expect(t[d]).toBeGreaterThanOrEqual(1);
          // A level-1 tile is drawn within the level-0 tile of that moment: the original one or a mutated one.
          const bound = i === 0 ? dimExtent(conv3x3, d) : Math.max(tilesOf(twoLevel, 0)[d], tilesOf(m, 0)[d]);
          expect(t[d]).toBeLessThanOrEqual(bound);
          if (t[d] !== tilesOf(twoLevel, i)[d]) changes++;
        }
        expect(m.levels[i].clusterSize === null).toBe(i === 0);
      }
    }
    expect(changes).toBeGreaterThan(60);
  });

  it('redraws a level header: a parallel dim, and below the top a cluster size dividing min(parent tile, PEs)', () => {
    let headers = 0;
    for (let seed = 1; seed <= 200; seed++) {
      const m = tileMutation(twoLevel, 1, 1, ctxFor(conv3x3, seed));
      expect(['K', 'C', 'Y', 'X']).toContain(m.levels[0].parallel);
      expect(m.levels[0].clusterSize).toBeNull();
      const inner = m.levels[1];
      if (inner.parallel === twoLevel.levels[1].parallel && inner.clusterSize === twoLevel.levels[1].clusterSize) continue;
      headers++;
      expect(Math.min(tilesOf(twoLevel, 0)[inner.parallel], 168) % inner.clusterSize!).toBe(0);
      expect(tilesOf(m, 1)).toEqual(tilesOf(twoLevel, 1));
    }
    expect(headers).toBeGreaterThan(5);
  });

  it('picks divisors of the parent tile with factorsOnly', () => {
    for (let seed = 1; seed <= 60; seed++) {
      // One locus: with several, a later change of the parent tile may leave an earlier child tile for repair to fix.
      const m = tileMutation(twoLevel, 1, 1, ctxFor(conv3x3, seed, { factorsOnly: true }));
      for (let i = 0; i < m.levels.length; i++) {
        for (const d of ['K', 'C', 'Y', 'X'] as const) {
          const t = tilesOf(m, i)[d];
          if (t !== tilesOf(twoLevel, i)[d]) expect(tileBound(conv3x3, m, i, d) % t).toBe(0);
        }
      }
    }
  });

  it('never mutates K of a depthwise layer', () => {
    const dw: Mapping = { levels: [level('C', null, { K: 1, C: 32, Y: 112, X: 112, R: 3, S: 3 })] };
    for (let seed = 1; seed <= 30; seed++) expect(tilesOf(tileMutation(dw, 1, 3, ctxFor(depthwise, seed)), 0).K).toBe(1);
  });
});

describe('parallel mutation', () => {
  it('swaps the unrolled dimensions of two adjacent levels, nothing else', () => {
    const m = parallelMutation(twoLevel, 1, ctxFor(conv3x3));
    expect(m.levels.map((l) => l.parallel)).toEqual(['C', 'K']);
    expect(m.levels.map((l) => l.loops)).toEqual(twoLevel.levels.map((l) => l.loops));
    expect(m.levels.map((l) => l.clusterSize)).toEqual([null, 8]);
    const three: Mapping = { levels: [...twoLevel.levels, level('Y', 2, { K: 1, C: 1, Y: 1, X: 1, R: 3, S: 3 })] };
    const seen = new Set<string>();
    for (let seed = 1; seed <= 30; seed++) seen.add(parallelMutation(three, 1, ctxFor(conv3x3, seed)).levels.map((l) => l.parallel).join(''));
    expect([...seen].sort()).toEqual(['CKY', 'KYC']);
    const dw: Mapping = { levels: [level('C', null, { C: 32, Y: 112, X: 112, R: 3, S: 3 })] };
    expect(parallelMutation(dw, 1, ctxFor(depthwise))).toBe(dw);
    expect(parallelMutation(twoLevel, 0, ctxFor(conv3x3))).toBe(twoLevel);
  });
});

describe('level growth and aging', () => {
  it('adds an innermost level within the innermost tiles, only below the maximum', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const m = levelGrowth(twoLevel, 1, ctxFor(conv3x3, seed));
      expect(m.levels.length).toBe(3);
      const t = tilesOf(m, 2);
      for (const d of DIMS) expect(t[d]).toBeLessThanOrEqual(tilesOf(twoLevel, 1)[d]);
      expect(m.levels[2].clusterSize).toBeGreaterThanOrEqual(1);
      expect(sortedDims(m, 2)).toEqual([...DIMS].sort());
    }
    expect(levelGrowth(twoLevel, 1, ctxFor(conv3x3, 1, { levels: { min: 2, max: 2 } }))).toBe(twoLevel);
  });

  it('drops the innermost level, only above the minimum', () => {
    expect(levelAging(twoLevel, 1, ctxFor(conv3x3)).levels).toEqual([twoLevel.levels[0]]);
    expect(levelAging(twoLevel, 1, ctxFor(conv3x3, 1, { levels: { min: 2, max: 3 } }))).toBe(twoLevel);
  });

  it('keep to the level range the flexibility constraints leave of the requested one', () => {
    // 1..3 requested, but the accelerator has exactly two levels: neither operator may leave two.
    const fixedTwo = { levels: { min: 1, max: 3 }, constraints: { levels: 2 } };
    for (let seed = 1; seed <= 10; seed++) {
      expect(levelGrowth(twoLevel, 1, ctxFor(conv3x3, seed, fixedTwo))).toBe(twoLevel);
      expect(levelAging(twoLevel, 1, ctxFor(conv3x3, seed, fixedTwo))).toBe(twoLevel);
    }
    // The generic operator's level-count gene too (one gene at a time, so over 60 draws it is drawn several times).
    for (let seed = 1; seed <= 60; seed++) expect(mutateOneGene(twoLevel, ctxFor(conv3x3, seed, fixedTwo)).levels).toHaveLength(2);
  });
});

describe('generic operators of the baselines', () => {
  it('uniform crossover takes every gene from one of the parents', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const c = uniformCrossover(twoLevel, other, ctxFor(conv3x3, seed));
      for (let i = 0; i < c.levels.length; i++) {
        expect([twoLevel.levels[i].parallel, other.levels[i].parallel]).toContain(c.levels[i].parallel);
        expect(sortedDims(c, i)).toEqual([...DIMS].sort());
        for (const d of DIMS) expect([tilesOf(twoLevel, i)[d], tilesOf(other, i)[d]]).toContain(tilesOf(c, i)[d]);
      }
    }
  });

  it('gene mutation keeps a permutation of the six dims and tiles within the extents', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const ctx = ctxFor(conv3x3, seed);
      for (const m of [geneMutation(twoLevel, ctx, 0.3), mutateOneGene(twoLevel, ctx)]) {
        for (let i = 0; i < m.levels.length; i++) {
          expect(sortedDims(m, i)).toEqual([...DIMS].sort());
          for (const d of DIMS) expect(tilesOf(m, i)[d]).toBeLessThanOrEqual(dimExtent(conv3x3, d));
        }
      }
    }
  });
});

describe('operators are deterministic', () => {
  it('the same seed gives the same child', () => {
    const run = () => {
      const ctx = ctxFor(conv3x3, 7);
      const [a] = crossover(twoLevel, other, 0.57, ctx);
      return levelAging(levelGrowth(reorder(parallelMutation(tileMutation(a, 0.53, 3, ctx), 0.1, ctx), 0.47, ctx), 0.57, ctx), 0.27, ctx);
    };
    expect(run()).toEqual(run());
  });

  it('divisors lists every divisor in order', () => {
    expect(divisors(12)).toEqual([1, 2, 3, 4, 6, 12]);
    expect(divisors(1)).toEqual([1]);
    expect(divisors(49)).toEqual([1, 7, 49]);
  });
});
