import { describe, expect, it } from 'vitest';
import { canonicalKey, createRng, sampleMapping, type Mapping } from '@gamma-ts/search-space';
import type { Individual } from '../src/individual.js';
import { crossover } from '../src/crossover.js';
import { tileMutation } from '../src/tile-mutation.js';
import { parallelMutation } from '../src/parallel-mutation.js';
import { reorder } from '../src/reorder.js';
import { levelGrowth } from '../src/level-growth.js';
import { uniformCrossover } from '../src/uniform-crossover.js';
import { geneMutation } from '../src/gene-mutation.js';
import { isValidIndividual, selectParents, uniqueByKey } from '../src/selection.js';
import { selectElites } from '../src/elitism.js';
import { conv3x3, ctxFor, depthwise } from './fixtures.js';

// The operators copy levels on write and edit their own copies in place; these tests pin down that an input is never
// touched, and that the early-stopping selections equal their one-line definitions.

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

function frozenSamples(seed: number, count: number, problem = conv3x3): Mapping[] {
  const rng = createRng(seed);
  return Array.from({ length: count }, () => deepFreeze(sampleMapping(problem, { numPEs: 168, levels: { min: 1, max: 3 } }, rng)));
}

describe('variation operators leave their inputs alone', () => {
  for (const problem of [conv3x3, depthwise]) {
    it(`never modify a (deep-frozen) parent: ${problem.name}`, () => {
      const parents = frozenSamples(5, 40, problem);
      const before = JSON.stringify(parents);
      let changed = 0;
      for (let i = 0; i + 1 < parents.length; i++) {
        const ctx = ctxFor(problem, i + 1);
        const [a, b] = crossover(parents[i], parents[i + 1], 1, ctx);
        for (const m of [a, b, parents[i]]) {
          const mutated = tileMutation(m, 1, 6, ctx);
          if (canonicalKey(mutated) !== canonicalKey(m)) changed++;
          parallelMutation(mutated, 1, ctx);
          reorder(mutated, 1, ctx);
          levelGrowth(mutated, 1, ctx);
        }
        geneMutation(uniformCrossover(parents[i], parents[i + 1], ctx), ctx, 0.5);
      }
      expect(JSON.stringify(parents)).toBe(before);
      expect(changed).toBeGreaterThan(60);
    });
  }

  it('tile mutation returns its input when no locus fires, and a mapping sharing no edited level otherwise', () => {
    const [m] = frozenSamples(9, 1);
    expect(tileMutation(m, 0, 3, ctxFor(conv3x3, 1))).toBe(m);
    const mutated = tileMutation(m, 1, 3, ctxFor(conv3x3, 2));
    expect(mutated).not.toBe(m);
    mutated.levels.forEach((level, i) => {
      if (JSON.stringify(level) !== JSON.stringify(m.levels[i])) expect(level).not.toBe(m.levels[i]);
    });
  });
});

function individuals(seed: number, count: number): Individual[] {
  const rng = createRng(seed);
  const mappings = frozenSamples(seed, 12);
  return Array.from({ length: count }, () => {
    const mapping = mappings[rng.int(mappings.length)];
    const valid = rng.next() < 0.6;
    return { mapping, key: canonicalKey(mapping), valid, reasons: valid ? [] : ['structural'], metrics: null, costs: valid ? [rng.next()] : [], penalty: valid ? 0 : 1 };
  });
}

describe('selection with early stopping', () => {
  it('uniqueByKey(limit, keep) is the first `limit` kept first occurrences', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const list = individuals(seed, 30);
      const unique = uniqueByKey(list);
      expect(new Set(unique.map((i) => i.key)).size).toBe(unique.length);
      for (const limit of [0, 1, 3, 8, 100]) {
        expect(uniqueByKey(list, limit)).toEqual(unique.slice(0, limit));
        expect(uniqueByKey(list, limit, isValidIndividual)).toEqual(unique.filter((i) => i.valid).slice(0, limit));
      }
    }
  });

  it('parents and elites equal their definitions on unique, valid-first lists', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const list = individuals(seed, 30);
      const unique = uniqueByKey(list);
      const valid = unique.filter((i) => i.valid);
      for (const size of [2, 10, 25, 200]) {
        const count = Math.max(1, Math.floor(size * 0.4));
        expect(selectParents(list, size)).toEqual((valid.length > 0 ? valid : unique).slice(0, count));
        expect(selectElites(list, size)).toEqual(valid.slice(0, Math.floor(size * 0.05)));
      }
      const allInvalid = list.map((i) => ({ ...i, valid: false }));
      expect(selectParents(allInvalid, 10)).toEqual(uniqueByKey(allInvalid).slice(0, 4));
    }
  });
});
