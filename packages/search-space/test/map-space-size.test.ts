import { describe, expect, it } from 'vitest';
import {
  ConstraintConflictError,
  bigintLog10,
  mapSpaceSize,
  toMaestroText,
  isValidMapping,
  type Dim,
  type FlexibilityConstraints,
  type Mapping,
  type MappingLevel,
  type Problem,
  type SpaceOptions,
} from '../src/index.js';

// K = 3, C = 2, Y' = 2, X' = 1, R = 2, S = 1.
const tiny: Problem = { op: 'CONV', name: 'tiny', K: 3, C: 2, Y: 3, X: 1, R: 2, S: 1, strideY: 1, strideX: 1, repeat: 1 };
// The last two differ only in where K sits.
const ORDERS: Dim[][] = [
  ['S', 'R', 'X', 'Y', 'C', 'K'],
  ['K', 'C', 'Y', 'X', 'R', 'S'],
  ['C', 'K', 'Y', 'X', 'R', 'S'],
];

/** Every level the enumeration tries, valid or not: the given parallel dims and orders × tiles K 1..3, C 1..2, Y 1..2, R 1..2. */
function* candidateLevels(clusterSize: number | null, parallels: readonly Dim[], orders: readonly Dim[][]): Generator<MappingLevel> {
  for (const parallel of parallels)
    for (const order of orders)
      for (let K = 1; K <= 3; K++)
        for (let C = 1; C <= 2; C++)
          for (let Y = 1; Y <= 2; Y++)
            for (let R = 1; R <= 2; R++) {
              const tiles: Record<Dim, number> = { K, C, Y, X: 1, R, S: 1 };
              yield { parallel, clusterSize, loops: order.map((dim) => ({ dim, tile: tiles[dim] })) };
            }
}

/** Brute force: the number of distinct MAESTRO texts among the valid mappings of 1 or 2 levels. */
function bruteForce(problem: Problem, options: SpaceOptions, parallels: readonly Dim[] = ['K', 'Y'], orders = ORDERS.slice(0, 2)): number {
  const texts = new Set<string>();
  const consider = (m: Mapping): void => {
    if (isValidMapping(problem, m, options)) texts.add(toMaestroText(problem, m));
  };
  for (const outer of candidateLevels(null, parallels, orders)) {
    consider({ levels: [outer] });
    for (let c = 1; c <= 3; c++) for (const inner of candidateLevels(c, parallels, orders)) consider({ levels: [outer, inner] });
  }
  return texts.size;
}

function limited(extra: FlexibilityConstraints['perLevel'] = [{}, {}]): FlexibilityConstraints {
  return { perLevel: (extra ?? []).map((level) => ({ parallel: ['K', 'Y'] as Dim[], order: ORDERS.slice(0, 2), ...level })) };
}

describe('mapSpaceSize', () => {
  it('equals a brute-force count of valid mappings', () => {
    const options: SpaceOptions = { numPEs: 2, levels: { min: 1, max: 2 }, constraints: limited() };
    const expected = bruteForce(tiny, options);
    expect(expected).toBeGreaterThan(200);
    expect(mapSpaceSize(tiny, options).size).toBe(BigInt(expected));
  });

  it('equals the brute-force count under factorsOnly and tile / cluster constraints', () => {
    const factors: SpaceOptions = { numPEs: 2, levels: { min: 1, max: 2 }, factorsOnly: true, constraints: limited() };
    expect(mapSpaceSize(tiny, factors).size).toBe(BigInt(bruteForce(tiny, factors)));
    const constrained: SpaceOptions = {
      numPEs: 3,
      levels: { min: 1, max: 2 },
      constraints: limited([{ tiles: { K: [2, 3], Y: { min: 2 } } }, { tiles: { K: { max: 2 } }, clusterSize: [2, 3] }]),
    };
    expect(mapSpaceSize(tiny, constrained).size).toBe(BigInt(bruteForce(tiny, constrained)));
  });

  it('counts depthwise layers as distinct dataflows (K is not written)', () => {
    const dw: Problem = { ...tiny, op: 'DSCONV', K: 1 };
    const options: SpaceOptions = { numPEs: 2, levels: { min: 1, max: 2 }, constraints: { perLevel: [{ parallel: ['C', 'Y'], order: ORDERS }, { parallel: ['C', 'Y'], order: ORDERS }] } };
    // ORDERS[1] and ORDERS[2] differ only in where K sits, so they write the same text.
    expect(mapSpaceSize(dw, options).size).toBe(BigInt(bruteForce(dw, options, ['C', 'Y'], ORDERS)));
  });

  it('gives the closed form without constraints', () => {
    // One level: 6 parallel dims × 720 orders × K·C·Y'·X' tiles (R/S fixed).
    const vgg: Problem = { op: 'CONV', name: 'vgg', K: 64, C: 64, Y: 226, X: 226, R: 3, S: 3, strideY: 1, strideX: 1, repeat: 1 };
    expect(mapSpaceSize(vgg, { numPEs: 256, levels: { min: 1, max: 1 } }).size).toBe(4320n * 64n * 64n * 224n * 224n);
    // Two levels: nested chains C(E+1, 2) per dim, cluster sizes 1..numPEs.
    const chains = (e: bigint): bigint => (e * (e + 1n)) / 2n;
    const two = 4320n ** 2n * chains(64n) ** 2n * chains(224n) ** 2n * 256n;
    const { size, log10 } = mapSpaceSize(vgg, { numPEs: 256 });
    expect(size).toBe(two);
    expect(log10).toBeCloseTo(Math.log10(Number(two)), 9);
  });

  it('counts three-level cluster tuples whose product fits the PEs', () => {
    const p: Problem = { ...tiny, K: 1, C: 1, Y: 2, R: 2 }; // every tile is 1: only orders, parallel dims and clusters vary
    // pairs (c1, c2) with c1·c2 ≤ 4: 4 + 2 + 1 + 1 = 8
    expect(mapSpaceSize(p, { numPEs: 4, levels: { min: 3, max: 3 } }).size).toBe(4320n ** 3n * 8n);
  });

  it('throws a ConstraintConflictError when nothing is valid', () => {
    const options: SpaceOptions = { numPEs: 4, factorsOnly: true, constraints: { perLevel: [{ tiles: { K: 2 } }] } };
    expect(() => mapSpaceSize(tiny, options)).toThrow(ConstraintConflictError);
    expect(() => mapSpaceSize(tiny, options)).toThrow(/level 0 K tile: fixed to 2 has no divisor of 3/);
  });

  it('computes log10 of huge sizes', () => {
    expect(bigintLog10(10n ** 72n)).toBeCloseTo(72, 12);
    expect(bigintLog10(0n)).toBe(-Infinity);
  });
});
