import { describe, expect, it } from 'vitest';
import { DEFAULT_ENERGY_CONSTANTS, energyBreakdown, offchipElements } from '../src/energy-model.js';
import type { AccessCounts } from '../src/evaluation.js';

const counts: AccessCounts = {
  l1InputRead: 100,
  l1InputWrite: 20,
  l1WeightRead: 100,
  l1WeightWrite: 10,
  l1OutputRead: 100,
  l1OutputWrite: 100,
  l2InputRead: 20,
  l2InputWrite: 16,
  l2WeightRead: 10,
  l2WeightWrite: 9,
  l2OutputRead: 4,
  l2OutputWrite: 8,
};

describe('energy model', () => {
  it('defaults are MAESTRO’s constants and 200 MACs per DRAM access', () => {
    expect(DEFAULT_ENERGY_CONSTANTS.macNj).toBe(0.00023);
    expect(DEFAULT_ENERGY_CONSTANTS.l1AccessNj).toBeCloseTo(0.0003864, 12);
    expect(DEFAULT_ENERGY_CONSTANTS.l2AccessNj).toBeCloseTo(0.0042803, 12);
    expect(DEFAULT_ENERGY_CONSTANTS.dramAccessNj).toBeCloseTo(0.046, 12);
  });

  it('off-chip traffic: inputs and weights in once, final outputs out once', () => {
    expect(offchipElements(counts, 4)).toBe(16 + 9 + 4);
  });

  it('matches a hand computation', () => {
    const e = energyBreakdown(counts, 100, 4, DEFAULT_ENERGY_CONSTANTS);
    expect(e.macNj).toBeCloseTo(0.023, 12);
    expect(e.l1InputNj).toBeCloseTo(0.046368, 12); // 120 accesses × 0.0003864
    expect(e.l1WeightNj).toBeCloseTo(0.042504, 12); // 110 ×
    expect(e.l1OutputNj).toBeCloseTo(0.07728, 12); // 200 ×
    expect(e.l2InputNj).toBeCloseTo(0.1540908, 12); // 36 × 0.0042803
    expect(e.l2WeightNj).toBeCloseTo(0.0813257, 12); // 19 ×
    expect(e.l2OutputNj).toBeCloseTo(0.0513636, 12); // 12 ×
    expect(e.dramNj).toBeCloseTo(1.334, 12); // 29 × 0.046
    expect(e.totalNj).toBeCloseTo(1.8099321, 12);
  });

  it('scales every term by the repetitions and follows overridden constants', () => {
    const one = energyBreakdown(counts, 100, 4, DEFAULT_ENERGY_CONSTANTS);
    const three = energyBreakdown(counts, 100, 4, DEFAULT_ENERGY_CONSTANTS, 3);
    for (const key of Object.keys(one) as (keyof typeof one)[]) expect(three[key]).toBeCloseTo(3 * one[key], 12);
    const noDram = energyBreakdown(counts, 100, 4, { ...DEFAULT_ENERGY_CONSTANTS, dramAccessNj: 0 });
    expect(noDram.dramNj).toBe(0);
    expect(noDram.totalNj).toBeCloseTo(one.totalNj - 1.334, 12);
  });
});
