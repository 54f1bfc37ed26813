import { describe, expect, it } from 'vitest';
import { outputCols, outputRows, problemMacs, type Dim, type Mapping, type MappingLevel, type Problem } from '@gamma-ts/search-space';
import {
  acceleratorArea,
  acceleratorPower,
  EDGE_HARDWARE,
  evaluate,
  NO_REASONS,
  parseGoldenCase,
  type Hardware,
  type InvalidReasonCode,
} from '../src/index.js';
import { goldenCases } from './golden-fixture.js';

const unconstrained: Hardware = { ...EDGE_HARDWARE, l1CapacityElements: 2 ** 31 - 1, l2CapacityElements: 2 ** 31 - 1 };

function level(parallel: Dim, clusterSize: number | null, tiles: Record<Dim, number>): MappingLevel {
  return { parallel, clusterSize, loops: (['K', 'C', 'Y', 'X', 'R', 'S'] as const).map((dim) => ({ dim, tile: tiles[dim] })) };
}

function conv(shape: Partial<Problem>): Problem {
  return { op: 'CONV', name: 't', K: 4, C: 4, Y: 8, X: 8, R: 1, S: 1, strideY: 1, strideX: 1, repeat: 1, ...shape };
}

const codes = (reasons: readonly { code: InvalidReasonCode }[]) => reasons.map((r) => r.code);

describe('mappings MAESTRO gets wrong are rejected with the right reason', () => {
  it('stride 1, outer spatial edge with full tiles plus one partial tile: one tile too few', () => {
    // K = 20 over 4 PEs in tiles of 3: rem = 20 mod 12 = 8 > 3 and 8 mod 3 ≠ 0.
    const p = conv({ K: 20, Y: 6, X: 6 });
    const ev = evaluate(p, { levels: [level('K', null, { K: 3, C: 4, Y: 6, X: 6, R: 1, S: 1 })] }, { ...unconstrained, numPEs: 4 });
    expect(ev.maestro!.macs).toBe(problemMacs(p) - 3 * 4 * 6 * 6);
    expect(ev.valid).toBe(false);
    expect(codes(ev.reasons)).toContain('macs-mismatch');
    // The same layer with a dividing tile is fine.
    const ok = evaluate(p, { levels: [level('K', null, { K: 5, C: 4, Y: 6, X: 6, R: 1, S: 1 })] }, { ...unconstrained, numPEs: 4 });
    expect(ok.valid).toBe(true);
  });

  it('stride 1, a single partial Y′ tile with R > 1: R − 1 rows too many', () => {
    // Y' = 10 over 2 PEs in tiles of 4: the spatial edge step holds one partial tile of 2 rows.
    const p = conv({ Y: 12, X: 6, R: 3, S: 3 });
    const ev = evaluate(p, { levels: [level('Y', null, { K: 4, C: 4, Y: 4, X: 4, R: 3, S: 3 })] }, { ...unconstrained, numPEs: 2 });
    expect(ev.maestro!.macs).toBe(problemMacs(p) + 4 * 4 * 9 * 4 * 2);
    expect(codes(ev.reasons)).toContain('macs-mismatch');
  });

  it('stride 2 with R ≥ 2: X′ tiles of more than one output miscount, tiles of one are right', () => {
    const p = conv({ K: 4, C: 2, Y: 15, X: 15, R: 3, S: 3, strideY: 2, strideX: 2 });
    const hw = { ...unconstrained, numPEs: 4 };
    const wide = evaluate(p, { levels: [level('K', null, { K: 2, C: 2, Y: 1, X: 3, R: 3, S: 3 })] }, hw);
    expect(wide.maestro!.macs).not.toBe(problemMacs(p));
    expect(codes(wide.reasons)).toContain('macs-mismatch');
    const narrow = evaluate(p, { levels: [level('K', null, { K: 2, C: 2, Y: 1, X: 1, R: 3, S: 3 })] }, hw);
    expect(narrow.maestro!.macs).toBe(problemMacs(p));
    expect(codes(narrow.reasons)).not.toContain('macs-mismatch');
  });

  it('Y′/X′ tiles larger than the output never reach MAESTRO', () => {
    const p = conv({ Y: 10, X: 10, R: 3, S: 3 }); // Y' = X' = 8
    const ev = evaluate(p, { levels: [level('K', null, { K: 1, C: 4, Y: 9, X: 8, R: 3, S: 3 })] }, unconstrained);
    expect(ev.valid).toBe(false);
    expect(ev.maestro).toBeNull();
    expect(ev.metrics).toBeNull();
    expect(ev.reasons).toEqual([{ code: 'structural', message: "level 0: tile of Y' (output rows) must be an integer in [1, 8], got 9" }]);
  });

  it('an inner tile larger than its parent tile is structural (MAESTRO would divide by zero here)', () => {
    const p = conv({ K: 8, C: 6, Y: 9, X: 9, R: 3, S: 3 });
    const m: Mapping = {
      levels: [
        { parallel: 'Y', clusterSize: null, loops: [{ dim: 'S', tile: 3 }, { dim: 'K', tile: 8 }, { dim: 'Y', tile: 5 }, { dim: 'C', tile: 4 }, { dim: 'R', tile: 3 }, { dim: 'X', tile: 6 }] },
        { parallel: 'K', clusterSize: 3, loops: [{ dim: 'K', tile: 3 }, { dim: 'R', tile: 3 }, { dim: 'Y', tile: 6 }, { dim: 'S', tile: 3 }, { dim: 'C', tile: 6 }, { dim: 'X', tile: 3 }] },
      ],
    };
    const ev = evaluate(p, m, { ...unconstrained, numPEs: 16 });
    expect(ev.maestro).toBeNull();
    expect(ev.reasons).toEqual([
      { code: 'structural', message: "level 1: tile of Y' 6 exceeds level 0's tile 5 (a level works inside its parent's tile)" },
    ]);
  });

  it('more clustered PEs than the hardware has is structural', () => {
    const p = conv({});
    const t = { K: 4, C: 4, Y: 8, X: 8, R: 1, S: 1 };
    const ev = evaluate(p, { levels: [level('K', null, t), level('C', 200, t)] }, unconstrained);
    expect(codes(ev.reasons)).toEqual(['structural']);
    expect(ev.busyPEs).toBe(0);
    expect(ev.busyLowerBoundCycles).toBe(ev.lowerBoundCycles);
  });
});

describe('golden cases through evaluate', () => {
  const cases = goldenCases().map((json, i) => ({ json, c: parseGoldenCase(json, `golden:${i + 1}`) }));
  const results = cases.map(({ json, c }) => ({ json, c, ev: evaluate(c.problem, c.mapping, c.hardware) }));

  it('the 35 cases beating ⌈MACs / busy PEs⌉ are rejected as runtime-below-bound', () => {
    const flagged = results.filter(({ ev }) => codes(ev.reasons).includes('runtime-below-bound'));
    expect(flagged).toHaveLength(35);
    for (const { json, ev } of flagged) {
      expect(ev.valid).toBe(false);
      expect(json.expected.runtime).toBeLessThan(ev.busyLowerBoundCycles);
      // They do respect the weaker ⌈MACs / PEs⌉ bound: only the busy-PE bound catches them.
      expect(json.expected.runtime).toBeGreaterThanOrEqual(ev.lowerBoundCycles);
    }
  });

  it('cases reading less than the tensors from L2 are rejected with the tensor named', () => {
    for (const { json, c, ev } of results) {
      const p = c.problem;
      const e = json.expected.counts;
      const weight = (p.op === 'DSCONV' ? 1 : p.K) * p.C * p.R * p.S;
      const output = (p.op === 'DSCONV' ? p.C : p.K) * outputRows(p) * outputCols(p);
      expect(codes(ev.reasons).includes('weight-below-compulsory')).toBe(e.l2WeightRead < weight);
      expect(codes(ev.reasons).includes('output-below-compulsory')).toBe(e.l2OutputWrite < output);
      if (p.strideY === 1 && p.strideX === 1) {
        expect(codes(ev.reasons).includes('input-below-compulsory')).toBe(e.l2InputRead < p.C * p.Y * p.X);
      }
    }
    const below = results.filter(({ ev }) => codes(ev.reasons).some((code) => code.endsWith('-below-compulsory')));
    expect(below.length).toBeGreaterThan(100);
    expect(below.find(({ c }) => c.id === 'dev-0163')!.ev.reasons.map((r) => r.message)).toContain(
      'L2 weight reads 460800 are below the 589824 weight elements (78.1 %)',
    );
  });

  it('valid cases share the empty reason list', () => {
    const valid = results.filter(({ ev }) => ev.valid);
    expect(valid.length).toBeGreaterThan(1400);
    for (const { ev } of valid) expect(ev.reasons).toBe(NO_REASONS);
  });

  it('on the edge preset, buffers above its capacities are named with the excess', () => {
    const { c } = cases.find(({ c }) => c.id === 'dev-0001')!; // L1 3328 per PE, L2 78 988
    const ev = evaluate(c.problem, c.mapping, { ...EDGE_HARDWARE, numPEs: c.hardware.numPEs, l2CapacityElements: 50_000 });
    expect(ev.reasons.filter((r) => r.code.endsWith('over-capacity'))).toEqual([
      { code: 'l1-over-capacity', message: 'L1 needs 3328 elements per PE, capacity 512 (+2816, +550.0 %)' },
      { code: 'l2-over-capacity', message: 'L2 needs 78988 elements, capacity 50000 (+28988, +58.0 %)' },
    ]);
  });
});

describe('metrics', () => {
  const p = conv({ K: 16, C: 8, Y: 10, X: 10, R: 3, S: 3 });
  const m: Mapping = { levels: [level('K', null, { K: 2, C: 8, Y: 8, X: 2, R: 3, S: 3 }), level('X', 2, { K: 1, C: 4, Y: 2, X: 1, R: 3, S: 3 })] };
  const hw: Hardware = { ...EDGE_HARDWARE, numPEs: 16, nocBandwidth: 8 };
  const one = evaluate(p, m, hw);

  it('a valid small case: energy by hand from its counts', () => {
    expect(one.valid).toBe(true);
    const a = one.maestro!;
    const c = a.counts;
    const l1 = c.l1InputRead + c.l1InputWrite + c.l1WeightRead + c.l1WeightWrite + c.l1OutputRead + c.l1OutputWrite;
    const l2 = c.l2InputRead + c.l2InputWrite + c.l2WeightRead + c.l2WeightWrite + c.l2OutputRead + c.l2OutputWrite;
    const dram = 8 * 10 * 10 + 16 * 8 * 9 + 16 * 8 * 8; // input, weight, output tensors
    expect(c.l2InputWrite + c.l2WeightWrite).toBe(8 * 10 * 10 + 16 * 8 * 9);
    const hand = 0.00023 * a.macs + 0.00023 * 1.68 * l1 + 0.00023 * 18.61 * l2 + 0.00023 * 200 * dram;
    expect(one.metrics!.energy).toBeCloseTo(hand, 9);
    expect(one.energy!.dramNj).toBeCloseTo(0.046 * dram, 12);
    expect(one.energy!.totalNj).toBe(one.metrics!.energy);
    expect(one.metrics!.edp).toBe(one.metrics!.energy * one.metrics!.runtime);
    expect(one.metrics!.l2Traffic).toBe(l2);
    expect(one.metrics!.throughput).toBe(a.macs / a.runtime);
    expect(one.metrics!.peUtilization).toBe(a.macs / (a.runtime * 16));
    expect(one.metrics!.area).toBe(acceleratorArea(hw));
    expect(one.metrics!.power).toBe(acceleratorPower(hw));
    expect(one.busyPEs).toBe(8 * 2);
    expect(one.busyLowerBoundCycles).toBe(Math.ceil(problemMacs(p) / 16));
  });

  it('repetitions scale runtime, MACs, energy and traffic, not buffers', () => {
    const three = evaluate({ ...p, repeat: 3 }, m, hw);
    expect(three.maestro).toEqual(one.maestro);
    const a = one.metrics!;
    const b = three.metrics!;
    expect(b.runtime).toBe(3 * a.runtime);
    expect(b.macs).toBe(3 * a.macs);
    expect(b.energy).toBeCloseTo(3 * a.energy, 9);
    expect(b.l2Traffic).toBe(3 * a.l2Traffic);
    expect(b.edp).toBeCloseTo(9 * a.edp, 3);
    expect([b.l1Size, b.l2Size, b.throughput, b.peUtilization, b.area, b.power]).toEqual([a.l1Size, a.l2Size, a.throughput, a.peUtilization, a.area, a.power]);
    expect(three.lowerBoundCycles).toBe(Math.ceil((3 * problemMacs(p)) / 16));
    expect(three.busyLowerBoundCycles).toBe(3 * one.busyLowerBoundCycles);
  });

  it('energy constants follow the hardware', () => {
    const free = evaluate(p, m, { ...hw, energy: { macNj: 0, l1AccessNj: 0, l2AccessNj: 0, dramAccessNj: 1 } });
    expect(free.metrics!.energy).toBe(8 * 10 * 10 + 16 * 8 * 9 + 16 * 8 * 8);
    expect(free.maestro!.maestroEnergyNj).toBe(one.maestro!.maestroEnergyNj);
  });
});
