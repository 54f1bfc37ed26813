import { describe, expect, it } from 'vitest';
import { canonicalKey, createRng, isValidMapping, repair, sampleMapping, type Mapping } from '@gamma-ts/search-space';
import { DEFAULT_OPERATOR_RATES } from '../src/operator-rates.js';
import { gammaInitialProposals, gammaSearch, uniqueSurvivors } from '../src/gamma-search.js';
import { unitBaseMapping } from '../src/unit-base-mapping.js';
import { drawTile } from '../src/tile-draw.js';
import type { StrategyContext } from '../src/strategy.js';
import type { Individual } from '../src/individual.js';
import { conv3x3, tilesOf, twoLevel } from './fixtures.js';

function strategyCtx(seed = 1, seeds: readonly Mapping[] = []): StrategyContext {
  const rng = createRng(seed);
  const space = { numPEs: 168 };
  return {
    problem: conv3x3, space, rng, spec: { objectives: ['latency'] }, populationSize: 20, rates: DEFAULT_OPERATOR_RATES,
    generation: 0, expectedGenerations: 5, seeds,
    repair: (m) => repair(conv3x3, m, space),
    sample: () => sampleMapping(conv3x3, space, rng),
  };
}

const scored = (mapping: Mapping, key: string, runtime: number): Individual => ({
  mapping, key, valid: true, reasons: [], metrics: null, costs: [runtime], penalty: 0,
});

describe('GAMMA strategy', () => {
  it('starts from unit-base genomes: inner tiles 1 (R/S full), cluster size within the parent tile and the PEs', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const ctx = strategyCtx(seed);
      const m = unitBaseMapping(ctx);
      expect(isValidMapping(conv3x3, m, ctx.space)).toBe(true);
      const inner = tilesOf(m, 1);
      expect(inner).toMatchObject({ K: 1, C: 1, Y: 1, X: 1, R: 3, S: 3 });
      expect(m.levels[1].clusterSize).toBeLessThanOrEqual(Math.min(tilesOf(m, 0)[m.levels[1].parallel], 168));
      expect(tilesOf(unitBaseMapping(ctx, true), 0)).toMatchObject({ K: 1, C: 1, Y: 1, X: 1 });
    }
  });

  it('puts warm-start seeds first in the first generation, then two all-unit genomes', () => {
    const ctx = strategyCtx(2, [twoLevel]);
    const first = gammaInitialProposals(10, ctx);
    expect(first.length).toBe(10);
    expect(first[0]).toEqual(repair(conv3x3, twoLevel, ctx.space));
    expect(tilesOf(first[1], 0)).toMatchObject({ K: 1, C: 1, Y: 1, X: 1 });
    expect(tilesOf(first[3], 0)).not.toMatchObject({ K: 1, C: 1, Y: 1, X: 1 });
  });

  it('keeps each mapping once in the next population, best first', () => {
    const ctx = strategyCtx();
    const evaluated = [scored(twoLevel, 'a', 5), scored(twoLevel, 'a', 5), scored(twoLevel, 'b', 3), scored(twoLevel, 'b', 3), scored(twoLevel, 'c', 9)];
    const next = uniqueSurvivors({ population: [] }, evaluated, ctx);
    expect(next.population.map((i) => i.key)).toEqual(['b', 'a', 'c']);
  });

  it('makes every child from two different parents', () => {
    // Crossover only: two parents that differ in every searchable tile give children that equal neither parent;
    // a pair drawn with repetition would give copies.
    const ctx = { ...strategyCtx(3), rates: { ...DEFAULT_OPERATOR_RATES, crossover: 1, reorder: 0, tileMutation: 0, parallelMutation: 0, levelGrowth: 0, levelAging: 0 } };
    const a = repair(conv3x3, twoLevel, ctx.space);
    const b = repair(conv3x3, { levels: twoLevel.levels.map((l) => ({ ...l, loops: l.loops.map((t) => (t.dim === 'R' || t.dim === 'S' ? t : { ...t, tile: 1 })) })) }, ctx.space);
    const children = gammaSearch.propose({ population: [scored(a, canonicalKey(a), 1), scored(b, canonicalKey(b), 2)] }, 40, ctx);
    expect(children.length).toBe(40);
    for (const child of children) expect([canonicalKey(a), canonicalKey(b)]).not.toContain(canonicalKey(child));
  });
});

describe('tile draw', () => {
  it('stays in [1, bound], mixes uniform, divisor and local draws, and only divisors with factorsOnly', () => {
    const rng = createRng(5);
    const values = Array.from({ length: 3000 }, () => drawTile(40, 100, false, rng));
    expect(values.every((v) => v >= 1 && v <= 100)).toBe(true);
    const near = values.filter((v) => Math.abs(v - 40) <= 10).length / values.length;
    // Local steps (1/3) plus the uniform and divisor draws that land near 40: well above the 21 % of uniform alone.
    expect(near).toBeGreaterThan(0.4);
    const divisorShare = values.filter((v) => 100 % v === 0).length / values.length;
    expect(divisorShare).toBeGreaterThan(0.33);
    for (let i = 0; i < 500; i++) expect(96 % drawTile(12, 96, true, rng)).toBe(0);
    expect(drawTile(7, 1, false, rng)).toBe(1);
    // A current tile above a freshly shrunk bound still yields a tile within the bound.
    for (let i = 0; i < 200; i++) expect(drawTile(90, 8, false, rng)).toBeLessThanOrEqual(8);
  });
});
