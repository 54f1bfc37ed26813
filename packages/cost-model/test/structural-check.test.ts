import { describe, expect, it } from 'vitest';
import type { Mapping, MappingLevel, Problem } from '@gamma-ts/search-space';
import { structuralViolation } from '../src/structural-check.js';

const conv: Problem = { op: 'CONV', name: 'c', K: 16, C: 8, Y: 10, X: 10, R: 3, S: 3, strideY: 1, strideX: 1, repeat: 1 };
const good: MappingLevel = {
  parallel: 'K',
  clusterSize: null,
  loops: [
    { dim: 'K', tile: 4 },
    { dim: 'C', tile: 8 },
    { dim: 'Y', tile: 8 },
    { dim: 'X', tile: 2 },
    { dim: 'R', tile: 3 },
    { dim: 'S', tile: 3 },
  ],
};
const inner: MappingLevel = { ...good, parallel: 'X', clusterSize: 2 };

function withTile(l: MappingLevel, dim: string, tile: number): MappingLevel {
  return { ...l, loops: l.loops.map((x) => (x.dim === dim ? { ...x, tile } : x)) };
}

describe('structuralViolation', () => {
  it('accepts a well-formed mapping', () => {
    expect(structuralViolation(conv, { levels: [good] }, 16)).toBeNull();
    expect(structuralViolation(conv, { levels: [good, inner] }, 16)).toBeNull();
  });

  it.each<[string, Mapping, number, string]>([
    ['no level', { levels: [] }, 16, 'has 0'],
    ['five levels', { levels: [good, inner, inner, inner, inner] }, 64, '1 to 4 levels'],
    ['outer clusterSize', { levels: [{ ...good, clusterSize: 2 }] }, 16, 'clusterSize null'],
    ['inner clusterSize null', { levels: [good, { ...inner, clusterSize: null }] }, 16, 'level 1: clusterSize'],
    ['cluster too big', { levels: [good, { ...inner, clusterSize: 17 }] }, 16, 'need 17 PEs, the hardware has 16'],
    ['tile 0', { levels: [withTile(good, 'K', 0)] }, 16, 'tile of K must be an integer in [1, 16], got 0'],
    ['fractional tile', { levels: [withTile(good, 'C', 1.5)] }, 16, 'tile of C'],
    ['tile above extent', { levels: [withTile(good, 'K', 17)] }, 16, 'in [1, 16], got 17'],
    ["Y' beyond the output", { levels: [withTile(good, 'Y', 9)] }, 16, "tile of Y' (output rows) must be an integer in [1, 8], got 9"],
    ['partial R', { levels: [withTile(good, 'R', 1)] }, 16, 'tile of R must be the full R = 3, got 1'],
    ['repeated dim', { levels: [{ ...good, loops: good.loops.map((l) => (l.dim === 'C' ? { ...l, dim: 'K' as const } : l)) }] }, 16, 'dimension K twice'],
    ['inner tile above the parent tile', { levels: [good, withTile(inner, 'X', 3)] }, 16, "level 1: tile of X' 3 exceeds level 0's tile 2"],
    ['five loops', { levels: [{ ...good, loops: good.loops.slice(1) }] }, 16, 'it has 5 loops'],
  ])('rejects %s', (_name, mapping, pes, message) => {
    expect(structuralViolation(conv, mapping, pes)).toContain(message);
  });

  it('rejects a layer that cannot exist', () => {
    expect(structuralViolation({ ...conv, repeat: 0 }, { levels: [good] }, 16)).toContain('repeat must be a positive integer');
    expect(structuralViolation({ ...conv, R: 11, S: 11 }, { levels: [good] }, 16)).toContain('larger than the input');
  });

  it('uses output coordinates for stride 2 and K = 1 for depthwise', () => {
    const s2: Problem = { ...conv, Y: 9, X: 9, strideY: 2, strideX: 2 }; // Y' = X' = 4
    expect(structuralViolation(s2, { levels: [withTile(withTile(good, 'Y', 4), 'X', 4)] }, 16)).toBeNull();
    expect(structuralViolation(s2, { levels: [withTile(withTile(good, 'Y', 5), 'X', 4)] }, 16)).toContain('[1, 4], got 5');
    const dw: Problem = { ...conv, op: 'DSCONV', K: 1 };
    expect(structuralViolation(dw, { levels: [good] }, 16)).toContain('tile of K must be an integer in [1, 1], got 4');
  });
});
