import { describe, expect, it } from 'vitest';
import { getModel } from '@gamma-ts/model-zoo';
import { createRng, problemFromLayer, sampleMapping, type Mapping, type Problem } from '@gamma-ts/search-space';
import { energyLowerBound, evaluate, hardwarePreset, HardwareError, parseGoldenCase, type Hardware } from '../src/index.js';
import { goldenCases } from './golden-fixture.js';

const RELATIVE = 1e-9;
const edge = hardwarePreset('edge');

function conv(shape: Partial<Problem>): Problem {
  return { op: 'CONV', name: 't', K: 4, C: 4, Y: 6, X: 6, R: 3, S: 3, strideY: 1, strideX: 1, repeat: 1, ...shape };
}

describe('energyLowerBound on the golden cases', () => {
  const results = goldenCases().map((json, i) => {
    const c = parseGoldenCase(json, `golden:${i + 1}`);
    return { c, ev: evaluate(c.problem, c.mapping, c.hardware) };
  });
  const valid = results.filter(({ ev }) => ev.valid);

  it('is at most the energy of every valid case', () => {
    expect(valid.length).toBeGreaterThan(1400);
    let tightest = Infinity;
    for (const { c, ev } of valid) {
      const bound = energyLowerBound(c.problem, c.hardware);
      expect(bound).toBeGreaterThan(0);
      expect(bound).toBeLessThanOrEqual(ev.metrics!.energy * (1 + RELATIVE));
      tightest = Math.min(tightest, ev.metrics!.energy / bound);
    }
    // Not vacuous: some golden mappings come close (MAESTRO's own defaults are not energy-optimal).
    expect(tightest).toBeLessThan(1.5);
  });

  it('the one count not proved from validity alone holds: L1 output reads and writes are never below the MACs', () => {
    for (const { ev } of valid) {
      const { counts, macs } = ev.maestro!;
      expect(counts.l1OutputRead).toBeGreaterThanOrEqual(macs);
      expect(counts.l1OutputWrite).toBeGreaterThanOrEqual(macs);
    }
  });
});

describe('energyLowerBound is attained', () => {
  // Seeded random search; each layer reaches the bound within the first few hundred samples.
  const layers: readonly Problem[] = [
    conv({ name: '3x3' }),
    conv({ op: 'DSCONV', name: 'depthwise', K: 1, C: 8, Y: 10, X: 10 }),
    conv({ name: '1x1-stride-2', K: 8, Y: 9, X: 9, R: 1, S: 1, strideY: 2, strideX: 2 }),
  ];
  for (const problem of layers) {
    it(`by a sampled mapping of ${problem.name}, and never undercut`, () => {
      const bound = energyLowerBound(problem, edge);
      const rng = createRng(1);
      let attained: Mapping | null = null;
      for (let i = 0; i < 2000 && attained === null; i++) {
        const mapping = sampleMapping(problem, { numPEs: edge.numPEs, levels: { min: 1, max: 2 } }, rng);
        const ev = evaluate(problem, mapping, edge);
        if (!ev.valid) continue;
        const energy = ev.metrics!.energy;
        expect(energy).toBeGreaterThanOrEqual(bound * (1 - RELATIVE));
        if (Math.abs(energy - bound) <= bound * RELATIVE) attained = mapping;
      }
      expect(attained).not.toBeNull();
    });
  }

  it('scales with the repetitions like metrics.energy', () => {
    const problem = conv({});
    expect(energyLowerBound({ ...problem, repeat: 3 }, edge)).toBeCloseTo(3 * energyLowerBound(problem, edge), 9);
  });
});

describe('the benchmark ties on edge are at the bound', () => {
  // Best energies every algorithm reached (nJ, as rounded in the benchmark).
  const ties = [
    ['mobilenet_v2', 'features.1.conv.0.0', 51182.47],
    ['mobilenet_v2', 'features.1.conv.1', 44438.67],
    ['resnet18', 'layer1.0.conv1', 230075.1],
  ] as const;
  for (const [model, name, best] of ties) {
    it(`${model} ${name}: bound ≤ ${best} nJ within rounding`, () => {
      const layer = getModel(model).layers.find((l) => l.name === name);
      expect(layer).toBeDefined();
      const bound = energyLowerBound(problemFromLayer(layer!), edge);
      expect(bound).toBeLessThanOrEqual(best);
      expect(best / bound - 1).toBeLessThan(1e-6);
    });
  }
});

describe('bad input', () => {
  const mapping: Mapping = {
    levels: [{ parallel: 'K', clusterSize: null, loops: (['K', 'C', 'Y', 'X', 'R', 'S'] as const).map((dim) => ({ dim, tile: 1 })) }],
  };

  for (const [what, problem] of [
    ['a zero K', conv({ K: 0 })],
    ['a fractional stride', conv({ strideY: 1.5 })],
    ['a kernel wider than the input', conv({ S: 7 })],
    ['a zero repeat', conv({ repeat: 0 })],
  ] as const) {
    it(`${what}: the same message evaluate gives`, () => {
      const ev = evaluate(problem, mapping, edge);
      expect(ev.reasons[0].code).toBe('structural');
      expect(() => energyLowerBound(problem, edge)).toThrow(RangeError);
      expect(() => energyLowerBound(problem, edge)).toThrow(ev.reasons[0].message);
    });
  }

  it('malformed hardware: a HardwareError naming the field and its range', () => {
    const negative: Hardware = { ...edge, energy: { ...edge.energy, l2AccessNj: -1 } };
    expect(() => energyLowerBound(conv({}), negative)).toThrow(HardwareError);
    expect(() => energyLowerBound(conv({}), negative)).toThrow("field 'energy.l2AccessNj' must be a finite number ≥ 0 (nJ), got -1");
    expect(() => energyLowerBound(conv({}), { ...edge, numPEs: 0 })).toThrow("field 'numPEs' must be an integer in [1, 16777216], got 0");
    expect(() => energyLowerBound(conv({}), { ...edge, energy: { ...edge.energy, macNj: Number.NaN } })).toThrow('energy.macNj');
  });
});
