import { describe, expect, it } from 'vitest';
import {
  CONSTRAINT_PRESET_NAMES,
  DIMS,
  constraintPreset,
  createRng,
  repair,
  restoreRng,
  sampleMapping,
  validateMapping,
  type Dim,
  type FlexibilityConstraints,
  type Mapping,
  type MappingLevel,
  type Rng,
  type SpaceOptions,
} from '../src/index.js';
import { randomProblem } from './random-problems.js';

/** A mapping with no regard for validity: wrong level counts, duplicate dims, wild tiles and cluster sizes. */
function randomGarbage(rng: Rng): Mapping {
  const levels: MappingLevel[] = [];
  const count = rng.intBetween(0, 5);
  for (let i = 0; i < count; i++) {
    const loopCount = rng.intBetween(4, 7);
    const loops = Array.from({ length: loopCount }, () => ({
      dim: DIMS[rng.int(6)],
      tile: [0, -3, 1.5, Number.NaN, 1e9][rng.int(12)] ?? rng.intBetween(1, 400),
    }));
    const clusterSize = [null, 0, 2.7, 1e6][rng.int(8)] ?? rng.intBetween(1, 300);
    levels.push({ parallel: DIMS[rng.int(6)], clusterSize, loops });
  }
  return { levels };
}

function randomOptions(rng: Rng, constraints?: FlexibilityConstraints): SpaceOptions {
  const min = rng.intBetween(1, 4);
  const max = rng.intBetween(min, 4);
  return {
    numPEs: [1, 16, 64, 168, 256, 1024][rng.int(6)],
    levels: constraints?.levels !== undefined ? undefined : { min, max },
    factorsOnly: rng.int(2) === 0,
    constraints,
  };
}

/** Random constraints that every layer can meet: tile sets always contain 1; cluster minima are 1. */
function randomConstraints(rng: Rng): FlexibilityConstraints {
  const perLevel = Array.from({ length: rng.intBetween(1, 4) }, (_, i) => {
    const dims = DIMS.filter(() => rng.int(2) === 0);
    const order = DIMS.slice().reverse();
    order.push(...order.splice(0, rng.int(6)));
    const tiles: { [D in Dim]?: number | number[] | { min?: number; max?: number } } = {};
    for (const d of ['K', 'C', 'Y', 'X'] as const) {
      const kind = rng.int(5);
      if (kind === 1) tiles[d] = [1, rng.intBetween(1, 64), rng.intBetween(1, 64)];
      if (kind === 2) tiles[d] = { max: rng.intBetween(1, 32) };
      if (kind === 3 && i === 3) tiles[d] = 1;
    }
    return {
      parallel: dims.length > 0 ? dims : undefined,
      order: rng.int(2) === 0 ? [order, DIMS.slice()] : undefined,
      tiles,
      clusterSize: i > 0 && rng.int(2) === 0 ? [1, rng.intBetween(2, 20)] : undefined,
    };
  });
  return { name: 'random', perLevel, levels: rng.int(3) === 0 ? { min: 1, max: rng.intBetween(1, 4) } : undefined };
}

describe('space properties (seeded)', () => {
  it('repair always yields a valid mapping, and keeps valid ones as they are', () => {
    const rng = createRng(1);
    for (let n = 0; n < 400; n++) {
      const problem = randomProblem(rng, n);
      const options = randomOptions(rng);
      const repaired = repair(problem, randomGarbage(rng), options);
      expect(validateMapping(problem, repaired, options), `case ${n}`).toEqual([]);
      expect(repair(problem, repaired, options)).toBe(repaired);
    }
  });

  it('samples are always valid and reproducible from the seed', () => {
    const rng = createRng(2);
    for (let n = 0; n < 400; n++) {
      const problem = randomProblem(rng, n);
      const options = randomOptions(rng);
      const state = rng.state();
      const sample = sampleMapping(problem, options, rng);
      expect(validateMapping(problem, sample, options), `case ${n}`).toEqual([]);
      const again = sampleMapping(problem, options, restoreRng(state));
      expect(again).toEqual(sample);
    }
  });

  it('sampling and repair never violate random constraints', () => {
    const rng = createRng(3);
    for (let n = 0; n < 300; n++) {
      const problem = randomProblem(rng, n);
      const options = randomOptions(rng, randomConstraints(rng));
      const sample = sampleMapping(problem, options, rng);
      expect(validateMapping(problem, sample, options), `sample ${n}`).toEqual([]);
      const repaired = repair(problem, randomGarbage(rng), options);
      expect(validateMapping(problem, repaired, options), `repair ${n}`).toEqual([]);
    }
  });

  it('sampling and repair never violate the presets', () => {
    const rng = createRng(4);
    for (let n = 0; n < 200; n++) {
      const problem = randomProblem(rng, n);
      const numPEs = [16, 64, 168, 1024][rng.int(4)];
      const options: SpaceOptions = { numPEs, constraints: constraintPreset(CONSTRAINT_PRESET_NAMES[n % 4], numPEs), factorsOnly: rng.int(2) === 0 };
      expect(validateMapping(problem, sampleMapping(problem, options, rng), options), `sample ${n}`).toEqual([]);
      expect(validateMapping(problem, repair(problem, randomGarbage(rng), options), options), `repair ${n}`).toEqual([]);
    }
  });

  it('repair moves an out-of-bounds tile to the nearest bound and keeps the rest', () => {
    const problem = randomProblem(createRng(5), 0);
    const options: SpaceOptions = { numPEs: 64 };
    const sample = sampleMapping(problem, options, createRng(6));
    const broken: Mapping = {
      levels: sample.levels.map((l, i) => (i === 1 ? { ...l, loops: l.loops.map((x) => (x.dim === 'C' ? { ...x, tile: 10_000 } : x)) } : l)),
    };
    const fixed = repair(problem, broken, options);
    const cParent = sample.levels[0].loops.find((x) => x.dim === 'C')?.tile;
    expect(fixed.levels[1].loops.find((x) => x.dim === 'C')?.tile).toBe(cParent);
    expect(fixed.levels[0]).toEqual(sample.levels[0]);
    expect(fixed.levels[1].loops.map((x) => x.dim)).toEqual(sample.levels[1].loops.map((x) => x.dim));
  });
});
