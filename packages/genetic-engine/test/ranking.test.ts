import { describe, expect, it } from 'vitest';
import type { Metrics } from '@gamma-ts/cost-model';
import { crowdingDistance, dominates, nonDominatedSort, nsgaOrder } from '../src/nsga2.js';
import { rankIndividuals, selectParents } from '../src/selection.js';
import { selectElites } from '../src/elitism.js';
import { updateArchive } from '../src/pareto-archive.js';
import { scoreOutcome } from '../src/scoring.js';
import type { Individual } from '../src/individual.js';
import { twoLevel } from './fixtures.js';

const metrics = (runtime: number, energy: number): Metrics => ({
  runtime, energy, macs: 1000, edp: runtime * energy, power: energy / runtime, area: 1, throughput: 1000 / runtime, l2Traffic: 10, l1Size: 5, l2Size: 50, peUtilization: 0.5,
});
const ind = (key: string, runtime: number, e: number, valid = true, penalty = 0): Individual => ({
  mapping: twoLevel, key, valid, reasons: valid ? [] : ['l2-over-capacity'], metrics: valid ? metrics(runtime, e) : null, costs: valid ? [runtime, e] : [], penalty,
});

describe('NSGA-II', () => {
  it('sorts into non-dominated fronts', () => {
    const costs = [[1, 5], [2, 2], [5, 1], [3, 3], [6, 6], [2, 2]];
    expect(dominates([1, 1], [1, 2])).toBe(true);
    expect(dominates([1, 2], [1, 2])).toBe(false);
    expect(nonDominatedSort(costs)).toEqual([[0, 1, 2, 5], [3], [4]]);
  });

  it('gives boundary points infinite crowding distance and orders by front then distance', () => {
    const costs = [[1, 4], [2, 3], [2.5, 2.5], [4, 1]];
    const d = crowdingDistance(costs, [0, 1, 2, 3]);
    expect(d[0]).toBe(Infinity);
    expect(d[3]).toBe(Infinity);
    expect(d[2]).toBeCloseTo(4 / 3);
    expect(d[1]).toBeCloseTo(1);
    expect(nsgaOrder([...costs, [9, 9]])).toEqual([0, 3, 2, 1, 4]);
  });
});

describe('ranking and selection', () => {
  it('ranks every valid individual above every invalid one, invalid ones by penalty', () => {
    const pop = [ind('a', 50, 1, false, 2e6), ind('b', 900, 9), ind('c', 10, 1, false, 0.1), ind('d', 100, 1)];
    const ranked = rankIndividuals(pop, { objectives: ['latency'] });
    expect(ranked.map((i) => i.key)).toEqual(['d', 'b', 'c', 'a']);
  });

  it('ranks a weighted product by Π costᵢ^wᵢ', () => {
    const pop = [ind('a', 10, 100), ind('b', 100, 5)];
    expect(rankIndividuals(pop, { objectives: ['latency', 'energy'], weights: [1, 1] }).map((i) => i.key)).toEqual(['b', 'a']);
    expect(rankIndividuals(pop, { objectives: ['latency', 'energy'], weights: [2, 1] }).map((i) => i.key)).toEqual(['a', 'b']);
  });

  it('selects the best 40 % of the population among unique valid individuals as parents and 5 % as elites', () => {
    const pop = Array.from({ length: 40 }, (_, i) => ind(`k${i % 20}`, 100 + i, 1, i < 30));
    const ranked = rankIndividuals(pop, { objectives: ['latency'] });
    // 20 unique keys, all valid at least once (i < 30): 40 % of a population of 40 is 16 parents, each key once.
    const parents = selectParents(ranked, 40);
    expect(new Set(parents.map((p) => p.key)).size).toBe(parents.length);
    expect(parents.every((p) => p.valid)).toBe(true);
    expect(parents.length).toBe(16);
    expect(parents[0].key).toBe('k0');
    // Fewer unique valid individuals than 40 % of the population: all of them (GAMMA caps at the valid count).
    expect(selectParents(ranked, 100).length).toBe(20);
    expect(selectElites(ranked, 40).map((e) => e.key)).toEqual(['k0', 'k1']);
  });

  it('falls back to the individuals closest to validity when none is valid', () => {
    const pop = [ind('a', 1, 1, false, 5), ind('b', 1, 1, false, 0.2), ind('c', 1, 1, false, 3)];
    expect(selectParents(rankIndividuals(pop, { objectives: ['latency'] }), 5).map((p) => p.key)).toEqual(['b', 'c']);
    expect(selectElites(rankIndividuals(pop, { objectives: ['latency'] }), 100)).toEqual([]);
  });
});

describe('constraints and scoring', () => {
  it('turns a metric over its upper bound into an invalid individual with a graded penalty', () => {
    const outcome = { valid: true, reasons: [], metrics: metrics(200, 3) };
    const ok = scoreOutcome(twoLevel, 'k', outcome, { objectives: ['energy'] }, [{ metric: 'runtime', max: 250 }]);
    expect(ok.valid).toBe(true);
    expect(ok.costs).toEqual([3]);
    const over = scoreOutcome(twoLevel, 'k', outcome, { objectives: ['energy'] }, [{ metric: 'runtime', max: 100 }]);
    expect(over.valid).toBe(false);
    expect(over.reasons).toEqual(['constraint:runtime']);
    expect(over.penalty).toBeCloseTo(1);
    const rejected = scoreOutcome(twoLevel, 'k', { valid: false, reasons: ['l1-over-capacity'], metrics: null }, { objectives: ['energy'] }, []);
    expect(rejected.reasons).toEqual(['l1-over-capacity']);
    expect(rejected.penalty).toBeGreaterThan(over.penalty);
  });

  it('inverts throughput so that more throughput ranks first', () => {
    const outcome = (runtime: number) => ({ valid: true, reasons: [], metrics: metrics(runtime, 1) });
    const fast = scoreOutcome(twoLevel, 'f', outcome(10), { objectives: ['throughput'] }, []);
    const slow = scoreOutcome(twoLevel, 's', outcome(100), { objectives: ['throughput'] }, []);
    expect(rankIndividuals([slow, fast], { objectives: ['throughput'] })[0].key).toBe('f');
  });
});

describe('Pareto archive', () => {
  it('keeps only non-dominated valid points and reports change', () => {
    let { archive, changed } = updateArchive([], [ind('a', 10, 10), ind('b', 5, 20), ind('c', 20, 20), ind('x', 1, 1, false)]);
    expect(changed).toBe(true);
    expect(archive.map((a) => a.key)).toEqual(['b', 'a']);
    ({ archive, changed } = updateArchive(archive, [ind('d', 10, 10), ind('e', 30, 30)]));
    expect(changed).toBe(false);
    ({ archive, changed } = updateArchive(archive, [ind('f', 4, 4)]));
    expect(archive.map((a) => a.key)).toEqual(['f']);
  });

  it('truncates the most crowded points beyond its capacity', () => {
    const points = Array.from({ length: 12 }, (_, i) => ind(`p${i}`, i + 1, 13 - (i + 1) + (i === 5 ? 0 : 0)));
    const { archive } = updateArchive([], points, 5);
    expect(archive.length).toBe(5);
    expect(archive[0].key).toBe('p0');
    expect(archive[4].key).toBe('p11');
  });
});
