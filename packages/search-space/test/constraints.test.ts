import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CONSTRAINT_PRESET_NAMES,
  ConstraintConflictError,
  InputFormatError,
  constraintPreset,
  createRng,
  loadConstraintsFile,
  mapSpaceSize,
  mappingFromGenome,
  parseConstraints,
  sampleMapping,
  type Problem,
} from '../src/index.js';

const problem: Problem = { op: 'CONV', name: 'p', K: 64, C: 32, Y: 30, X: 30, R: 3, S: 3, strideY: 1, strideX: 1, repeat: 1 };

function message(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(InputFormatError);
    return (error as Error).message;
  }
  throw new Error('expected an InputFormatError');
}

describe('parseConstraints', () => {
  it('reads every form: fixed and set parallel dims, one or several orders, tile numbers, lists and ranges', () => {
    const c = parseConstraints({
      name: 'acc',
      levels: { min: 1, max: 3 },
      perLevel: [
        { parallel: 'K', order: ['K', 'C', 'Y', 'X', 'R', 'S'], tiles: { K: 4, Y: [1, 2, 4], X: { max: 8 } } },
        { parallel: ['C', 'X'], order: [['C', 'K', 'Y', 'X', 'R', 'S'], ['K', 'C', 'Y', 'X', 'R', 'S']], clusterSize: { min: 2, max: 16 } },
      ],
    });
    expect(c.perLevel?.[1].order).toHaveLength(2);
    expect(c.perLevel?.[0].tiles?.X).toEqual({ min: undefined, max: 8 });
  });

  it('names the field and the allowed values', () => {
    expect(message(() => parseConstraints({ perLevel: [{ parallel: 'Q' }] }, 'acc.json'))).toBe(
      'acc.json: perLevel[0].parallel: must be one of K, C, Y, X, R, S, got "Q"',
    );
    expect(message(() => parseConstraints({ perLevel: [{ order: ['K', 'C', 'Y', 'X', 'R', 'R'] }] }, 'acc.json'))).toBe(
      'acc.json: perLevel[0].order: must list every dimension once; missing S',
    );
    expect(message(() => parseConstraints({ perLevel: [{ tiles: { K: 0 } }] }, 'acc.json'))).toBe(
      'acc.json: perLevel[0].tiles.K: must be a positive integer, got 0',
    );
    expect(message(() => parseConstraints({ perLevel: [{ clusterSize: 4 }] }, 'acc.json'))).toMatch(/perLevel\[0\]\.clusterSize: the outermost level has no Cluster/);
    expect(message(() => parseConstraints({ levels: 5 }, 'acc.json'))).toMatch(/levels: at most 4 levels/);
    expect(message(() => parseConstraints({ perLevl: [] }, 'acc.json'))).toBe('acc.json: perLevl: unknown field; allowed: name, levels, perLevel');
    expect(message(() => parseConstraints({ perLevel: [{ tiles: { K: { min: 4, max: 2 } } }] }, 'acc.json'))).toMatch(/min 4 exceeds max 2/);
  });

  it('loads files with errors naming the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'constraints-'));
    const good = join(dir, 'good.json');
    writeFileSync(good, JSON.stringify({ levels: 2, perLevel: [{ parallel: 'K' }] }));
    expect(loadConstraintsFile(good).levels).toBe(2);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{ "levels": ');
    expect(message(() => loadConstraintsFile(bad))).toMatch(new RegExp(`^${bad}: file: is not valid JSON`));
    expect(message(() => loadConstraintsFile(join(dir, 'missing.json')))).toMatch(/missing\.json: file: no such file/);
  });
});

describe('constraints in the space', () => {
  it('fixes the level count from the constraints when the options leave it open, and reports conflicts', () => {
    const constraints = { levels: 3 };
    expect(sampleMapping(problem, { numPEs: 64, constraints }, createRng(1)).levels).toHaveLength(3);
    expect(() => sampleMapping(problem, { numPEs: 64, levels: { min: 1, max: 2 }, constraints }, createRng(1))).toThrow(ConstraintConflictError);
  });

  it('caps tile values at the dimension and rejects unsatisfiable cluster sizes', () => {
    const options = { numPEs: 16, constraints: { perLevel: [{ tiles: { K: 1000 } }, { clusterSize: 32 }] } };
    expect(() => mapSpaceSize(problem, options)).toThrow(/cluster sizes multiply to 32, more than the 16 PEs/);
    const capped = { numPEs: 64, constraints: { perLevel: [{ tiles: { K: 1000 } }] } };
    const sample = sampleMapping(problem, capped, createRng(2));
    expect(sample.levels[0].loops.find((l) => l.dim === 'K')?.tile).toBe(64);
  });

  it('expresses each preset as the dataflow it names', () => {
    expect(CONSTRAINT_PRESET_NAMES).toEqual(['nvdla', 'eyeriss', 'shidiannao', 'tpu']);
    const shapes = CONSTRAINT_PRESET_NAMES.map((name) => {
      const m = sampleMapping(problem, { numPEs: 256, constraints: constraintPreset(name, 256) }, createRng(3));
      return `${name}: ${m.levels.map((l) => `${l.parallel}${l.clusterSize ?? ''}/${l.loops.map((x) => x.dim).join('')}`).join(' ')}`;
    });
    expect(shapes[0]).toMatch(/^nvdla: K\/KCRSYX C\d+\/KCRSYX$/);
    expect(shapes[1]).toMatch(/^eyeriss: Y\/KCYRXS C\d+\/KCYRXS$/);
    expect(shapes[2]).toMatch(/^shidiannao: Y\/KYXCRS X\d+\/KYXCRS$/);
    expect(shapes[3]).toBe('tpu: K/KCRSYX C16/KCRSYX');
    expect(() => constraintPreset('simba', 64)).toThrow('constraints: preset: unknown preset \'simba\'; presets: nvdla, eyeriss, shidiannao, tpu');
  });

  it('lets a depthwise layer run on a K-parallel preset through C', () => {
    const dw: Problem = { ...problem, op: 'DSCONV', K: 1 };
    const m = sampleMapping(dw, { numPEs: 64, constraints: constraintPreset('nvdla', 64) }, createRng(4));
    expect(m.levels.map((l) => l.parallel)).toEqual(['C', 'C']);
  });

  it('reads golden-style genomes with errors naming the field', () => {
    expect(() => mappingFromGenome([{ parallel: 'K', clusterSize: null, loops: [['K', 0]] }], 'g.json')).toThrow(
      'g.json: genome[0].loops[0] tile: must be a positive integer, got 0',
    );
    expect(() => mappingFromGenome([{ parallel: 'Z', clusterSize: null, loops: [] }], 'g.json')).toThrow(
      'g.json: genome[0].parallel: must be one of K, C, Y, X, R, S, got "Z"',
    );
    expect(() => mappingFromGenome([], 'g.json')).toThrow('g.json: genome: must be a non-empty array of levels, got []');
  });
});
