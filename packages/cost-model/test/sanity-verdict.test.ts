import { describe, expect, it } from 'vitest';
import { outputCols, outputRows, problemMacs, type Problem } from '@gamma-ts/search-space';
import { evaluationFromAnalysis } from '../src/evaluation-builder.js';
import { busyPEs } from '../src/lower-bound.js';
import { sanityReasons, NO_REASONS } from '../src/sanity-verdict.js';
import { EDGE_HARDWARE } from '../src/hardware-presets.js';
import type { Hardware } from '../src/hardware.js';
import type { MaestroAnalysis } from '../src/evaluation.js';
import { goldenAnalysis, goldenCases, goldenMapping, goldenProblem, type GoldenCase } from './golden-fixture.js';

// Capacities never bind for the golden cases: MAESTRO's own unconstrained default.
const unconstrained: Hardware = { ...EDGE_HARDWARE, l1CapacityElements: 2 ** 31 - 1, l2CapacityElements: 2 ** 31 - 1 };

function hwFor(c: GoldenCase): Hardware {
  return { ...unconstrained, ...c.hw };
}

// Brute force, independent of the closed form in compulsory-traffic.ts: mark every input row a window touches.
function rowsTouched(outputs: number, kernel: number, stride: number, inputExtent: number): number {
  const used = new Uint8Array(inputExtent);
  for (let o = 0; o < outputs; o++) for (let k = 0; k < kernel; k++) used[o * stride + k] = 1;
  return used.reduce((a, b) => a + b, 0);
}

function inputUsed(p: Problem): number {
  return p.C * rowsTouched(outputRows(p), p.R, p.strideY, p.Y) * rowsTouched(outputCols(p), p.S, p.strideX, p.X);
}

describe('sanity verdict on the golden cases (MAESTRO recorded numbers)', () => {
  const cases = goldenCases();
  const verdicts = cases.map((c) => ({ c, ev: evaluationFromAnalysis(goldenProblem(c), goldenMapping(c), hwFor(c), goldenAnalysis(c)) }));
  const codes = (ev: (typeof verdicts)[number]['ev']) => ev.reasons.map((r) => r.code);

  it('flags exactly the 35 cases whose runtime beats ⌈MACs / busy PEs⌉', () => {
    const flagged = verdicts.filter(({ ev }) => codes(ev).includes('runtime-below-bound'));
    expect(flagged).toHaveLength(35);
    for (const { c, ev } of flagged) {
      expect(c.expected.runtime).toBeLessThan(Math.ceil(c.expected.macs / ev.busyPEs));
      expect(ev.valid).toBe(false);
    }
    expect(flagged.map(({ c }) => c.id)).toContain('dev-0092');
    expect(flagged.map(({ c }) => c.id)).toContain('dev-s132');
  });

  it('flags each tensor whose L2 traffic is below compulsory, and only those', () => {
    let input = 0;
    let weight = 0;
    let output = 0;
    for (const { c, ev } of verdicts) {
      const p = goldenProblem(c);
      const k = p.op === 'DSCONV' ? 1 : p.K;
      const e = c.expected.counts;
      const inBelow = e.l2InputRead < inputUsed(p);
      const wBelow = e.l2WeightRead < k * p.C * p.R * p.S;
      const oBelow = e.l2OutputWrite < (p.op === 'DSCONV' ? p.C : p.K) * outputRows(p) * outputCols(p);
      expect(codes(ev).includes('input-below-compulsory'), c.id).toBe(inBelow);
      expect(codes(ev).includes('weight-below-compulsory'), c.id).toBe(wBelow);
      expect(codes(ev).includes('output-below-compulsory'), c.id).toBe(oBelow);
      input += Number(inBelow);
      weight += Number(wBelow);
      output += Number(oBelow);
    }
    // Each class occurs in the file ("about 10 %" of the cases have one of them).
    expect(input).toBeGreaterThan(0);
    expect(weight).toBeGreaterThan(0);
    expect(output).toBeGreaterThan(0);
    const any = verdicts.filter(({ ev }) => codes(ev).some((code) => code.endsWith('below-compulsory'))).length;
    expect(any / cases.length).toBeGreaterThan(0.05);
    expect(any / cases.length).toBeLessThan(0.15);
  });

  it('a 1×1 stride-2 layer only has to read the rows its windows touch', () => {
    const c = cases.find((x) => x.layer.R === 1 && x.layer.strideY === 2 && x.expected.counts.l2InputRead === inputUsed(goldenProblem(x)));
    expect(c).toBeDefined();
    const ev = verdicts.find((v) => v.c === c)!.ev;
    expect(c!.expected.counts.l2InputRead).toBeLessThan(c!.layer.C * c!.layer.Y * c!.layer.X);
    expect(codes(ev)).not.toContain('input-below-compulsory');
  });

  it('accepts the rest: true MACs and nothing non-physical in any golden case', () => {
    const valid = verdicts.filter(({ ev }) => ev.valid);
    expect(valid.length).toBeGreaterThan(cases.length * 0.8);
    for (const { ev } of verdicts) {
      expect(codes(ev)).not.toContain('macs-mismatch');
      expect(codes(ev)).not.toContain('non-physical-number');
      expect(ev.reasons.length === 0).toBe(ev.valid);
    }
  });
});

describe('sanity verdict on crafted analyses', () => {
  const c = goldenCases().find((x) => x.id === 'dev-0001')!;
  const problem = goldenProblem(c);
  const base = goldenAnalysis(c);
  const busy = busyPEs(problem, goldenMapping(c), c.hw.numPEs);

  it('returns the shared empty list for a sane analysis', () => {
    expect(sanityReasons(problem, unconstrained, base, busy)).toBe(NO_REASONS);
  });

  it('reports every reason that applies at once, with numbers', () => {
    const broken: MaestroAnalysis = {
      ...base,
      macs: base.macs - 7,
      runtime: 1,
      l1Size: 600,
      l2Size: 120_000,
      counts: { ...base.counts, l2InputRead: 1000, l2WeightRead: 100, l2OutputWrite: -5 },
    };
    const reasons = sanityReasons(problem, EDGE_HARDWARE, broken, busy);
    expect(reasons.map((r) => r.code)).toEqual([
      'macs-mismatch',
      'runtime-below-bound',
      'non-physical-number',
      'input-below-compulsory',
      'weight-below-compulsory',
      'output-below-compulsory',
      'l1-over-capacity',
      'l2-over-capacity',
    ]);
    const message = (code: string) => reasons.find((r) => r.code === code)!.message;
    expect(message('macs-mismatch')).toContain(`${problemMacs(problem)}`);
    expect(message('macs-mismatch')).toContain('(-7)');
    expect(message('non-physical-number')).toContain('counts.l2OutputWrite = -5');
    expect(message('l1-over-capacity')).toBe('L1 needs 600 elements per PE, capacity 512 (+88, +17.2 %)');
    expect(message('l2-over-capacity')).toBe('L2 needs 120000 elements, capacity 108000 (+12000, +11.1 %)');
    expect(message('input-below-compulsory')).toContain(`${32 * 112 * 112}`);
  });

  it('treats NaN and infinity as non-physical', () => {
    const nan = sanityReasons(problem, unconstrained, { ...base, peakNocBandwidth: Number.NaN }, busy);
    expect(nan.map((r) => r.code)).toEqual(['non-physical-number']);
    const inf = sanityReasons(problem, unconstrained, { ...base, runtime: Infinity }, busy);
    expect(inf.map((r) => r.code)).toEqual(['non-physical-number']);
    const neg = sanityReasons(problem, unconstrained, { ...base, perTensor: { ...base.perTensor, weight: { l1Size: -1, l2Size: 3 } } }, busy);
    expect(neg[0].message).toContain('perTensor.weight.l1Size = -1');
  });

  it('a runtime exactly at the bound is sane, one cycle less is not', () => {
    const bound = Math.ceil(problemMacs(problem) / busy);
    expect(sanityReasons(problem, unconstrained, { ...base, runtime: bound }, busy)).toHaveLength(0);
    expect(sanityReasons(problem, unconstrained, { ...base, runtime: bound - 1 }, busy).map((r) => r.code)).toEqual(['runtime-below-bound']);
  });

  it('an L1 or L2 requirement equal to the capacity fits', () => {
    const hw = { l1CapacityElements: base.l1Size, l2CapacityElements: base.l2Size };
    expect(sanityReasons(problem, hw, base, busy)).toHaveLength(0);
    expect(sanityReasons(problem, { ...hw, l2CapacityElements: base.l2Size - 1 }, base, busy)[0].code).toBe('l2-over-capacity');
  });
});
