import { describe, expect, it } from 'vitest';
import { dimExtent, outputCols, outputRows, problemMacs } from '@gamma-ts/search-space';
import { evaluate } from '@gamma-ts/cost-model';
import { exportTimeloop, NonDivisorTileError, timeloopFactors, toTimeloopLayer } from '../src/index.js';
import { goldenRecords, sampleResult, type GoldenRecord } from './fixtures.js';

function factorizable(r: GoldenRecord): boolean {
  try {
    timeloopFactors(r.case.problem, r.case.mapping, r.case.hardware.numPEs);
    return true;
  } catch (error) {
    if (error instanceof NonDivisorTileError) return false;
    throw error;
  }
}

const exportable = goldenRecords().filter(factorizable);

interface Directive {
  readonly target: string;
  readonly type: string;
  readonly factors: Record<string, number>;
  /** Residual trip counts (`M=16,8` → 8); equal to the factor when the directive gives none. */
  readonly residuals: Record<string, number>;
  readonly permutation: string;
}

/** `factors: C=2 M=16,8 …` lines of a map.yaml, read the way Timeloop's parser (src/mapping/parser.cpp) reads them. */
function directives(mapYaml: string): Directive[] {
  const blocks = mapYaml.split('\n  - ').slice(1);
  return blocks
    .filter((b) => /type: (temporal|spatial)/.test(b))
    .map((b) => {
      const factors: Record<string, number> = {};
      const residuals: Record<string, number> = {};
      for (const [, dim, n, , r] of (b.match(/factors: (.*)/)?.[1] ?? '').matchAll(/([A-Za-z]+)=([0-9]+)(,([0-9]+))?/g)) {
        factors[dim] = Number(n);
        residuals[dim] = r === undefined ? Number(n) : Number(r);
      }
      return { target: b.match(/target: (\S+)/)![1], type: b.match(/type: (\S+)/)![1], factors, residuals, permutation: b.match(/permutation: (\S+)/)![1] };
    });
}

/**
 * Each dimension's size as Timeloop v3 checks it: loops outer → inner as a mixed-radix number whose last digit
 * may stop early, (((res₀ − 1)·f₁ + res₁ − 1)·f₂ + … + res_last − 1) + 1. Without residuals it is Π factors.
 */
function timeloopExtents(list: readonly Directive[]): Record<string, number> {
  const last: Record<string, number> = {};
  for (const d of list) for (const dim of Object.keys(d.factors)) last[dim] = (last[dim] ?? 0) * d.factors[dim] + d.residuals[dim] - 1;
  return Object.fromEntries(Object.entries(last).map(([dim, n]) => [dim, n + 1]));
}

/** Timeloop's component name for an ERT table key (the last path element, without an instance range). */
function ertComponent(key: string): string {
  return key.split('.').filter((part) => part.length > 0).pop()!.replace(/\[\d+$/, '').replace(/\[.*\]$/, '');
}

describe('timeloop factorisation of golden mappings', () => {
  it('finds exportable golden mappings of 1, 2 and 3 levels, including depthwise ones', () => {
    const levels = new Set(exportable.map((r) => r.case.mapping.levels.length));
    expect(levels).toEqual(new Set([1, 2, 3]));
    expect(exportable.some((r) => r.case.problem.op === 'DSCONV')).toBe(true);
    expect(exportable.length).toBeGreaterThan(100);
  });

  it('factors multiply exactly to every dimension, MACs match MAESTRO, PEs in use match the cost model', () => {
    for (const r of exportable) {
      const { problem, mapping, hardware } = r.case;
      const files = toTimeloopLayer(problem, mapping, hardware);
      const product = timeloopExtents(directives(files.map));
      const extents: Record<string, number> = {
        C: problem.C,
        R: problem.R,
        S: problem.S,
        P: outputRows(problem),
        Q: outputCols(problem),
        N: problem.repeat,
        ...(problem.op === 'DSCONV' ? {} : { M: problem.K }),
      };
      expect(product, r.id).toEqual(extents);
      expect(files.macs, r.id).toBe(problemMacs(problem));
      expect(files.macs, r.id).toBe(r.case.expected?.get('macs'));
      expect(files.busyPEs, r.id).toBe(evaluate(problem, mapping, hardware).busyPEs);
      expect(files.problem).toContain(`P: ${outputRows(problem)}\n`);
      expect(dimExtent(problem, 'Y')).toBe(outputRows(problem));
    }
  });

  it('spatial factors fit the fan-out and appear only where the architecture fans out', () => {
    for (const r of exportable.slice(0, 60)) {
      const { problem, mapping, hardware } = r.case;
      const factors = timeloopFactors(problem, mapping, hardware.numPEs);
      const spatial = directives(toTimeloopLayer(problem, mapping, hardware).map).filter((d) => d.type === 'spatial');
      expect(spatial.length, r.id).toBe(factors.levels.filter((l) => l.fanout > 1).length);
      for (const level of factors.levels) expect(level.spatial.factor).toBeLessThanOrEqual(level.fanout);
    }
  });
});

describe('partial last folds (Timeloop v3 residual factors)', () => {
  const partial = exportable.find((r) => timeloopFactors(r.case.problem, r.case.mapping, r.case.hardware.numPEs).levels.some((l) => l.spatial.lastFold !== l.spatial.factor))!;

  it('a partial last fold at the outermost split is written as factor,residual on the spatial directive', () => {
    const { problem, mapping, hardware } = partial.case;
    const factors = timeloopFactors(problem, mapping, hardware.numPEs);
    const i = factors.levels.findIndex((l) => l.spatial.lastFold !== l.spatial.factor);
    const { dim, factor, lastFold } = factors.levels[i].spatial;
    expect(lastFold).toBeGreaterThan(0);
    expect(lastFold).toBeLessThan(factor);
    const files = toTimeloopLayer(problem, mapping, hardware);
    const spatial = directives(files.map).filter((d) => d.type === 'spatial');
    const withResidual = spatial.filter((d) => Object.keys(d.factors).some((k) => d.residuals[k] !== d.factors[k]));
    expect(withResidual).toHaveLength(1);
    expect(withResidual[0].factors[dim]).toBe(factor);
    expect(withResidual[0].residuals[dim]).toBe(lastFold);
    expect(files.map).toContain(`${dim}=${factor},${lastFold}`);
    expect(files.partialLastFold).toBe(true);
    // Timeloop counts a spatial loop's full factor as instances in use; MAESTRO's busy PEs agree.
    expect(files.busyPEs).toBe(evaluate(problem, mapping, hardware).busyPEs);
  });

  it('the hand-checked case: 112 rows over 6 sub-clusters are 19 folds of 6 and a last of 4', () => {
    const base = exportable.find((r) => r.case.mapping.levels.length === 1 && r.case.problem.op === 'CONV')!;
    const problem = { ...base.case.problem, Y: 114, X: 114, R: 3, S: 3, strideY: 1, strideX: 1 };
    expect(outputRows(problem)).toBe(112);
    const loops = (['K', 'C', 'Y', 'X', 'R', 'S'] as const).map((dim) => ({ dim, tile: dim === 'Y' ? 1 : dimExtent(problem, dim) }));
    const mapping = { levels: [{ parallel: 'Y' as const, clusterSize: null, loops }] };
    const factors = timeloopFactors(problem, mapping, 6);
    expect(factors.levels[0].spatial).toEqual({ dim: 'P', factor: 6, lastFold: 4 });
    expect(factors.levels[0].temporal.factors.P).toBe(19);
    expect(factors.busyPEs).toBe(6);
    const files = toTimeloopLayer(problem, mapping, { ...base.case.hardware, numPEs: 6 });
    expect(files.map).toContain('P=6,4');
    expect(files.partialLastFold).toBe(true);
    const whole = { levels: [{ ...mapping.levels[0], loops: loops.map((l) => (l.dim === 'Y' ? { dim: 'Y' as const, tile: 112 / 8 } : l)) }] };
    expect(toTimeloopLayer(problem, whole, { ...base.case.hardware, numPEs: 8 }).partialLastFold).toBe(false);
    expect(timeloopExtents(directives(files.map)).P).toBe(112);
  });

  it('refuses a partial fold repeated in every tile of an outer split, with a hint that fits a --factors-only search', () => {
    const bad = goldenRecords().find((r) => {
      try {
        timeloopFactors(r.case.problem, r.case.mapping, r.case.hardware.numPEs);
        return false;
      } catch (error) {
        return error instanceof NonDivisorTileError && error.detail.includes('partial last fold in each');
      }
    })!;
    const { problem, mapping, hardware } = bad.case;
    expect(() => toTimeloopLayer(problem, mapping, hardware)).toThrowError(
      /^layer '.*': level [1-9] spreads \d+ .* tiles over \d+ sub-clusters, leaving a partial last fold in each of the \d+ level-\d tiles .*--levels 1\.\.1/,
    );
    expect(() => exportTimeloop(sampleResult([bad.id]))).toThrowError(/one-level mappings \(--levels 1\.\.1\) always export/);
  });
});

describe('depthwise layers', () => {
  it('a K-parallel level spreads C (as the cost model counts it), never the M that a depthwise shape lacks', () => {
    const dw = exportable.find((r) => r.case.problem.op === 'DSCONV' && r.case.mapping.levels.length === 1)!;
    const problem = dw.case.problem;
    const loops = (['K', 'C', 'Y', 'X', 'R', 'S'] as const).map((dim) => ({ dim, tile: dim === 'C' ? 1 : dimExtent(problem, dim) }));
    const mapping = { levels: [{ parallel: 'K' as const, clusterSize: null, loops }] };
    const hardware = { ...dw.case.hardware, numPEs: problem.C };
    const files = toTimeloopLayer(problem, mapping, hardware);
    const spatial = directives(files.map).filter((d) => d.type === 'spatial');
    expect(spatial).toHaveLength(1);
    expect(spatial[0].factors.C).toBe(problem.C);
    expect(spatial[0].permutation).not.toContain('M');
    expect(files.map).not.toMatch(/M=|permutation: \S*M/);
    expect(files.busyPEs).toBe(problem.C);
    expect(files.busyPEs).toBe(evaluate(problem, mapping, hardware).busyPEs);
  });
});

describe('timeloop file format (Timeloop v3.0.3, v0.3 YAML with hyphenated keys)', () => {
  const threeLevel = exportable.find((r) => r.case.mapping.levels.length === 3 && r.case.problem.op === 'CONV')!;
  const files = toTimeloopLayer(threeLevel.case.problem, threeLevel.case.mapping, threeLevel.case.hardware);

  it('uses the hyphenated v3 keys and none of the v4 front-end spellings', () => {
    const all = [files.arch, files.problem, files.map, files.ert].join('\n');
    for (const key of ['word-bits:', 'block-size:', 'data-spaces:', 'read-write: True', 'entries:']) expect(all).toContain(key);
    for (const key of ['datawidth', 'data_spaces', 'read_write', 'block_size', 'n_banks', 'depth:', '!Component', 'nodes:']) expect(all).not.toContain(key);
    expect(files.arch).toMatch(/^architecture:\n {2}version: 0\.3\n {2}subtree:\n/);
    expect(files.ert).toMatch(/^ERT:\n {2}version: 0\.3\n {2}tables:\n/);
  });

  it('every mapping target is a storage level of the architecture, and every ERT table resolves to a level', () => {
    const levelNames = [...files.arch.matchAll(/- name: ([A-Za-z0-9]+)\n\s+class:/g)].map((m) => m[1]);
    expect(levelNames).toEqual(['DRAM', 'GlobalBuffer', 'Cluster1', 'Cluster2', 'L1', 'MAC']);
    const targets = new Set([...files.map.matchAll(/target: (\S+)/g)].map((m) => m[1]));
    for (const target of targets) expect(levelNames).toContain(target);
    const tables = [...files.ert.matchAll(/- name: (System\.\S+)/g)].map((m) => ertComponent(m[1]));
    expect(tables).toEqual(levelNames);
  });

  it('cluster levels are buffers of 0 entries (v3.0.3 aborts on a buffer without a size)', () => {
    const clusters = [...files.arch.matchAll(/- name: (Cluster\d)\n\s+class: SRAM\n\s+attributes:\n\s+entries: (\d+)\n/g)];
    expect(clusters.map((m) => [m[1], m[2]])).toEqual([['Cluster1', '0'], ['Cluster2', '0']]);
    const sized = [...files.arch.matchAll(/class: (\w+)\n\s+attributes:\n\s+(\S+):/g)].filter((m) => m[1] !== 'DRAM' && m[1] !== 'intmac');
    for (const m of sized) expect(m[2]).toBe('entries');
  });

  it('cluster levels bypass every tensor; DRAM, the global buffer and L1 keep them', () => {
    expect(files.map).toContain('  - target: Cluster1\n    type: datatype\n    keep: []\n    bypass:\n      - Weights\n      - Inputs\n      - Outputs\n');
    expect(files.map).toContain('  - target: L1\n    type: datatype\n    keep:\n      - Weights\n      - Inputs\n      - Outputs\n    bypass: []\n');
  });

  it('capacities, word size and per-access energies (pJ) come from the hardware', () => {
    const hw = threeLevel.case.hardware;
    expect(files.arch).toContain(`entries: ${hw.l2CapacityElements}\n`);
    expect(files.arch).toContain(`entries: ${hw.l1CapacityElements}\n`);
    expect(files.arch).toContain(`word-bits: ${hw.wordBits}\n`);
    expect(files.ert).toContain(`energy: ${Number((hw.energy.l2AccessNj * 1000).toPrecision(12))}\n`);
    expect(files.ert).toContain(`- name: mac_random\n          arguments: null\n          energy: ${Number((hw.energy.macNj * 1000).toPrecision(12))}\n`);
  });

  it('a depthwise layer has no M: outputs project onto C', () => {
    const dw = exportable.find((r) => r.case.problem.op === 'DSCONV')!;
    const dwFiles = toTimeloopLayer(dw.case.problem, dw.case.mapping, dw.case.hardware);
    expect(dwFiles.problem).toContain('dimensions: [ C, R, S, P, Q, N ]');
    expect(dwFiles.problem).toMatch(/name: Outputs\n {8}projection:\n {10}- \[ \[ N \] \]\n {10}- \[ \[ C \] \]/);
    expect(dwFiles.map).not.toMatch(/M=/);
  });
});

describe('exportTimeloop', () => {
  it('refuses a mapping with non-divisor tiles and points to --factors-only', () => {
    const notExportable = goldenRecords().find((r) => !factorizable(r))!;
    const { problem, mapping, hardware } = notExportable.case;
    expect(() => toTimeloopLayer(problem, mapping, hardware)).toThrowError(NonDivisorTileError);
    expect(() => toTimeloopLayer(problem, mapping, hardware)).toThrowError(
      new RegExp(`^layer '${problem.name}': level \\d .*cannot be exported; search with --factors-only`),
    );
  });

  it('writes one folder per mapped layer with the four YAML files and a README of expected MACs and PEs', () => {
    const ids = exportable.slice(0, 2).map((r) => r.id);
    const result = sampleResult(ids);
    const files = exportTimeloop(result);
    const dirs = [...new Set(files.filter((f) => f.path.includes('/')).map((f) => f.path.split('/')[0]))];
    expect(dirs).toEqual([`01-${result.layers[0].name}`, `02-${result.layers[1].name}`]);
    for (const dir of dirs) {
      expect(files.filter((f) => f.path.startsWith(`${dir}/`)).map((f) => f.path.slice(dir.length + 1)).sort()).toEqual(['ERT.yaml', 'arch.yaml', 'map.yaml', 'problem.yaml']);
    }
    const readme = files.find((f) => f.path === 'README.md')!.content;
    expect(readme).toContain('TIMELOOP_DISABLE_SPATIAL_EXTRAPOLATION=1 timeloop-model *.yaml');
    const expected = files.find((f) => f.path === 'expected.tsv')!.content.split('\n');
    const first = toTimeloopLayer(result.layers[0].shape, result.layers[0].best!.mapping, result.run.hardware);
    expect(expected[0]).toBe('layer\tmacs\tutilized_pes');
    expect(expected[1]).toBe(`01-${result.layers[0].name}\t${first.macs}\t${first.busyPEs}`);
    expect(expected).toHaveLength(dirs.length + 2);
    const script = files.find((f) => f.path === 'run-timeloop.sh')!;
    expect(script.executable).toBe(true);
    expect(script.content).toMatch(/^#!\/bin\/sh\n/);
    expect(script.content).toContain('export TIMELOOP_DISABLE_SPATIAL_EXTRAPOLATION=1\n');
    expect(script.content).toContain('"${TIMELOOP_MODEL:-timeloop-model}" *.yaml');
    expect(readme).toContain(`| 01-${result.layers[0].name} | ${result.layers[0].best!.metrics.macs} |`);
    expect(readme).toContain('No valid mapping, not exported: unmapped.');
  });

  it('names the failing layer when a result holds a non-divisor mapping', () => {
    const bad = goldenRecords().find((r) => !factorizable(r))!;
    const result = sampleResult([exportable[0].id, bad.id]);
    expect(() => exportTimeloop(result)).toThrowError(`layer '${bad.case.problem.name}'`);
  });
});
