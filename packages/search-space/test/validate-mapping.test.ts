import { describe, expect, it } from 'vitest';
import { mappingFromGenome, problemFromGolden, validateMapping, type Mapping, type Problem, type SpaceOptions } from '../src/index.js';
import { loadGoldenCases } from './golden-cases.js';

const problem: Problem = { op: 'CONV', name: 'p', K: 16, C: 8, Y: 12, X: 12, R: 3, S: 3, strideY: 1, strideX: 1, repeat: 1 };
// Y' = X' = 10.
const valid: Mapping = mappingFromGenome([
  { parallel: 'K', clusterSize: null, loops: [['K', 8], ['C', 8], ['Y', 10], ['X', 5], ['R', 3], ['S', 3]] },
  { parallel: 'X', clusterSize: 4, loops: [['C', 2], ['K', 4], ['Y', 3], ['X', 5], ['R', 3], ['S', 3]] },
]);

function codes(m: Mapping, options: SpaceOptions = { numPEs: 16 }): string[] {
  return validateMapping(problem, m, options).map((v) => `${v.code}@${v.level ?? '-'}${v.dim ?? ''}`);
}

function edit(change: (genome: { parallel: string; clusterSize: number | null; loops: [string, number][] }[]) => void): Mapping {
  const genome = JSON.parse(JSON.stringify(valid.levels.map((l) => ({ ...l, loops: l.loops.map((x) => [x.dim, x.tile]) }))));
  change(genome);
  return mappingFromGenome(genome);
}

describe('validateMapping', () => {
  it('accepts every golden genome for its layer and PE count (1..3 levels)', () => {
    for (const c of loadGoldenCases()) {
      const violations = validateMapping(problemFromGolden(c.layer), mappingFromGenome(c.genome), { numPEs: c.hw.numPEs, levels: { min: 1, max: 3 } });
      expect(violations, c.id).toEqual([]);
    }
  });

  it('accepts a valid mapping', () => {
    expect(codes(valid)).toEqual([]);
  });

  it('reports tiles above the parent tile or the output extent, in output coordinates', () => {
    expect(codes(edit((g) => (g[0].loops[2][1] = 11)))).toEqual(['tile-range@0Y']);
    expect(codes(edit((g) => (g[1].loops[1][1] = 9)))).toEqual(['tile-range@1K']);
  });

  it('reports partial R/S tiles', () => {
    expect(codes(edit((g) => (g[1].loops[4][1] = 1)))).toEqual(['tile-partial-kernel@1R']);
  });

  it('reports the cluster product, a cluster size on level 0, and the level count', () => {
    expect(codes(edit((g) => (g[1].clusterSize = 17)))).toEqual(['cluster-product@-']);
    expect(codes(edit((g) => (g[0].clusterSize = 2)))).toEqual(['cluster-size@0']);
    expect(codes(edit((g) => g.pop()))).toEqual(['level-count@-']);
    expect(codes(edit((g) => g.pop()), { numPEs: 16, levels: { min: 1, max: 2 } })).toEqual([]);
  });

  it('reports duplicated dimensions and depthwise K-parallel levels', () => {
    expect(codes(edit((g) => (g[1].loops[0][0] = 'K')))).toContain('loop-dims@1');
    const dw: Problem = { ...problem, op: 'DSCONV', K: 1 };
    const m = edit((g) => {
      g[0].loops[0][1] = 1;
      g[1].loops[1][1] = 1;
    });
    expect(validateMapping(dw, m, { numPEs: 16 }).map((v) => v.code)).toEqual(['depthwise-k-parallel']);
  });

  it('reports tiles that do not divide their parent under factorsOnly', () => {
    const found = validateMapping(problem, valid, { numPEs: 16, factorsOnly: true }).map((v) => `${v.dim}@${v.level}`);
    // 5 | 10, 8 | 16, 8 | 8 hold; 3 ∤ 10, 2 | 8, 4 | 8 hold, 5 | 5.
    expect(found).toEqual(['Y@1']);
  });

  it('reports constraint violations with the constraint name', () => {
    const options = {
      numPEs: 16,
      constraints: { name: 'acc', perLevel: [{ parallel: 'C' as const }, { order: ['K', 'C', 'Y', 'X', 'R', 'S'] as const, tiles: { Y: [1, 2] }, clusterSize: [2, 8] }] },
    };
    const violations = validateMapping(problem, valid, options);
    expect(violations.map((v) => v.code)).toEqual(['constraint-parallel', 'constraint-order', 'constraint-tile', 'constraint-cluster']);
    expect(violations[0].message).toBe('level 0: parallel K; acc allow C');
  });
});
