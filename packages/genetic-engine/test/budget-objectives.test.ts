import { describe, expect, it } from 'vitest';
import { budgetStop, nextBatchSize, resolveBudget } from '../src/budget.js';
import { parseObjectiveSpec, objectiveMode, validateObjectiveSpec } from '../src/objective-spec.js';
import { search } from '../src/model-search.js';
import { tinyRequest } from './search-fixtures.js';
import { resolveOperatorRates, DEFAULT_OPERATOR_RATES } from '../src/operator-rates.js';
import { layerSeed } from '../src/default-seed.js';

const progress = { samples: 0, generations: 0, elapsedMs: 0, generationsWithoutImprovement: 0 };

describe('budget', () => {
  it('defaults to 10 000 samples and names the limit that stopped the search', () => {
    expect(resolveBudget()).toEqual({ samples: 10000 });
    expect(budgetStop({ samples: 10000 }, { ...progress, samples: 9999 })).toBeNull();
    expect(budgetStop({ samples: 10000 }, { ...progress, samples: 10000 })).toBe('samples');
    expect(budgetStop({ generations: 3 }, { ...progress, generations: 3 })).toBe('generations');
    expect(budgetStop({ timeMs: 50 }, { ...progress, elapsedMs: 51 })).toBe('time');
    expect(budgetStop({ patience: 4, samples: 1e6 }, { ...progress, generationsWithoutImprovement: 4 })).toBe('patience');
  });

  it('cuts the last generation to the samples left', () => {
    expect(nextBatchSize({ samples: 450 }, 400, 200)).toBe(50);
    expect(nextBatchSize({ generations: 5 }, 400, 200)).toBe(200);
  });

  it('rejects bad limits with the field named', () => {
    expect(() => resolveBudget({ samples: 0 })).toThrow(/budget\.samples/);
    expect(() => resolveBudget({ patience: 1.5 })).toThrow(/budget\.patience/);
  });
});

describe('objective spec', () => {
  it('parses single, Pareto and weighted-product objectives', () => {
    expect(parseObjectiveSpec('latency')).toEqual({ objectives: ['latency'] });
    expect(objectiveMode(parseObjectiveSpec('latency,energy'))).toBe('pareto');
    expect(parseObjectiveSpec('latency*energy^2')).toEqual({ objectives: ['latency', 'energy'], weights: [1, 2] });
    expect(parseObjectiveSpec('L2Traffic').objectives).toEqual(['l2Traffic']);
  });

  it('names the allowed values on bad input', () => {
    expect(() => parseObjectiveSpec('speed', '--objective')).toThrow(/--objective: unknown objective 'speed'; allowed: latency, energy/);
    expect(() => parseObjectiveSpec('latency,energy,power,area')).toThrow(/at most 3/);
    expect(() => parseObjectiveSpec('latency*energy^-1')).toThrow(/positive/);
  });

  it('rejects an objective given twice in a spec built in code, as the parser does', async () => {
    expect(() => validateObjectiveSpec({ objectives: ['latency', 'energy', 'latency'] })).toThrow("objectives: latency appears twice; each objective at most once");
    await expect(search(tinyRequest({ objective: { objectives: ['energy', 'energy'] } }), { workers: 0 })).rejects.toThrow(/energy appears twice/);
  });
});

describe('operator rates and seeds', () => {
  it("uses GAMMA's rates by default and validates overrides", () => {
    expect(DEFAULT_OPERATOR_RATES).toMatchObject({ crossover: 0.57, reorder: 0.47, tileMutation: 0.53, tileMutationLoci: 3, parallelMutation: 0.1, levelGrowth: 0.57, levelAging: 0.27 });
    expect(resolveOperatorRates({ reorder: 0 }).reorder).toBe(0);
    expect(() => resolveOperatorRates({ crossover: 1.5 })).toThrow(/operatorRates\.crossover/);
  });

  it('derives distinct per-layer seeds from one seed', () => {
    const seeds = new Set(Array.from({ length: 50 }, (_, i) => layerSeed(1, i)));
    expect(seeds.size).toBe(50);
    expect(layerSeed(1, 3)).toBe(layerSeed(1, 3));
    expect(layerSeed(2, 3)).not.toBe(layerSeed(1, 3));
  });
});
