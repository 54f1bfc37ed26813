import { describe, expect, it } from 'vitest';
import { canonicalKey, createRng, sampleMapping, type Mapping } from '../src/index.js';

// canonicalKey writes usual mappings byte by byte and falls back to concatenation for anything else; both must give
// the text that concatenating the fields gives.
function concatenated(m: Mapping): string {
  return m.levels.map((l) => `${l.parallel}${l.clusterSize === null ? '' : l.clusterSize}:${l.loops.map((loop) => `${loop.tile}${loop.dim}`).join('')}`).join('|');
}

const layer = { op: 'CONV', name: 'c', K: 128, C: 96, Y: 30, X: 30, R: 3, S: 3, strideY: 1, strideX: 1, repeat: 1 } as const;

describe('canonicalKey', () => {
  it('writes levels, parallel dims, cluster sizes, loop order and tiles', () => {
    const m: Mapping = {
      levels: [
        { parallel: 'X', clusterSize: null, loops: [{ dim: 'C', tile: 14 }, { dim: 'S', tile: 3 }, { dim: 'Y', tile: 1 }, { dim: 'R', tile: 3 }, { dim: 'X', tile: 13 }, { dim: 'K', tile: 1000000 }] },
        { parallel: 'K', clusterSize: 18, loops: [{ dim: 'C', tile: 10 }, { dim: 'S', tile: 3 }, { dim: 'X', tile: 0 }, { dim: 'R', tile: 3 }, { dim: 'K', tile: 2 }, { dim: 'Y', tile: 1 }] },
      ],
    };
    expect(canonicalKey(m)).toBe('X:14C3S1Y3R13X1000000K|K18:10C3S0X3R2K1Y');
  });

  it('equals plain concatenation on sampled mappings of 1–4 levels', () => {
    const rng = createRng(3);
    const keys = new Set<string>();
    for (let i = 0; i < 500; i++) {
      const m = sampleMapping(layer, { numPEs: 1024, levels: { min: 1, max: 4 } }, rng);
      const key = canonicalKey(m);
      expect(key).toBe(concatenated(m));
      keys.add(key);
    }
    expect(keys.size).toBeGreaterThan(450);
  });

  it('gives the concatenated text for values outside the usual ones', () => {
    const odd = (tile: unknown, dim: unknown = 'K', clusterSize: unknown = 7): Mapping =>
      ({ levels: [{ parallel: 'C', clusterSize, loops: [{ dim, tile }] }] }) as unknown as Mapping;
    expect(canonicalKey(odd(NaN))).toBe('C7:NaNK');
    expect(canonicalKey(odd(2.5))).toBe('C7:2.5K');
    expect(canonicalKey(odd(-3))).toBe('C7:-3K');
    expect(canonicalKey(odd(-0))).toBe('C7:0K');
    expect(canonicalKey(odd(2147483647))).toBe('C7:2147483647K');
    expect(canonicalKey(odd(2147483648))).toBe('C7:2147483648K');
    expect(canonicalKey(odd(1e21))).toBe('C7:1e+21K');
    expect(canonicalKey(odd('3'))).toBe('C7:3K');
    expect(canonicalKey(odd(4, 'Ω'))).toBe('C7:4Ω');
    expect(canonicalKey(odd(4, 'KC'))).toBe('C7:4KC');
    expect(canonicalKey({ levels: [{ parallel: 'C', clusterSize: undefined, loops: [{ dim: 'K', tile: 4 }] }] } as unknown as Mapping)).toBe('Cundefined:4K');
    expect(canonicalKey({ levels: [] })).toBe('');
  });

  it('handles a mapping too long for the fast path', () => {
    const level = { parallel: 'Y', clusterSize: 1234567, loops: ['K', 'C', 'Y', 'X', 'R', 'S'].map((dim) => ({ dim, tile: 123456789 })) } as Mapping['levels'][number];
    const m: Mapping = { levels: Array.from({ length: 30 }, () => level) };
    expect(canonicalKey(m)).toBe(concatenated(m));
    expect(canonicalKey(m).length).toBe(30 * 69 + 29); // 'Y1234567:' + 6 × '123456789K', 29 separators
  });
});
