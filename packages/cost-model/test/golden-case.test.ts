import { describe, expect, it } from 'vitest';
import { InputFormatError } from '@gamma-ts/search-space';
import { GOLDEN_FIELDS, goldenMismatches, parseGoldenCase, sameToSixDigits, UNCONSTRAINED_CAPACITY_ELEMENTS } from '../src/golden-case.js';
import { HardwareError } from '../src/hardware-file.js';
import { goldenAnalysis, goldenCases, goldenMapping, goldenProblem } from './golden-fixture.js';

describe('golden-format cases', () => {
  const raw = goldenCases();

  it('reads every golden case into the same problem, mapping and hardware', () => {
    for (const [i, json] of raw.entries()) {
      const c = parseGoldenCase(json, `golden:${i + 1}`);
      // String comparison keeps 1 646 deep comparisons fast; key order is the readers' own.
      if (JSON.stringify(c.problem) !== JSON.stringify(goldenProblem(json))) expect(c.problem).toEqual(goldenProblem(json));
      if (JSON.stringify(c.mapping) !== JSON.stringify(goldenMapping(json))) expect(c.mapping).toEqual(goldenMapping(json));
      const hw = c.hardware;
      const same =
        c.id === json.id &&
        hw.numPEs === json.hw.numPEs &&
        hw.nocBandwidth === json.hw.nocBandwidth &&
        hw.offchipBandwidth === json.hw.offchipBandwidth &&
        hw.nocHops === json.hw.nocHops &&
        hw.nocHopLatency === json.hw.nocHopLatency &&
        hw.l1CapacityElements === UNCONSTRAINED_CAPACITY_ELEMENTS &&
        c.expected?.size === GOLDEN_FIELDS.length;
      if (!same) expect({ id: c.id, hw, fields: c.expected?.size }).toEqual({ id: json.id, hw: json.hw, fields: GOLDEN_FIELDS.length });
    }
  });

  it('MAESTRO’s own numbers match every field; a changed one is named', () => {
    const json = raw[0];
    const c = parseGoldenCase(json, 'golden:1');
    expect(goldenMismatches(goldenAnalysis(json), c.expected!)).toEqual([]);
    const off = goldenAnalysis(json);
    const wrong = { ...off, runtime: off.runtime + 1, counts: { ...off.counts, l2OutputRead: 0 }, maestroEnergyNj: off.maestroEnergyNj * 1.00001 };
    expect(goldenMismatches(wrong, c.expected!)).toEqual(['runtime', 'counts.l2OutputRead', 'maestroEnergyNj']);
    expect(goldenMismatches(null, c.expected!)).toHaveLength(GOLDEN_FIELDS.length);
  });

  it('compares energy to 6 significant digits', () => {
    expect(sameToSixDigits(6676.6712, 6676.67)).toBe(true);
    expect(sameToSixDigits(6676.68, 6676.67)).toBe(false);
  });

  it('reads the maestro text when there is no genome, and compares only the expected fields given', () => {
    const json = raw[0];
    const c = parseGoldenCase({ id: 'm', layer: json.layer, hw: json.hw, maestro: json.maestro, expected: { runtime: 5 } }, 'f:1');
    expect(c.mapping).toEqual(goldenMapping(json));
    expect([...c.expected!.keys()]).toEqual(['runtime']);
  });

  it('names the line and field of bad input', () => {
    const json = raw[0];
    expect(() => parseGoldenCase({ ...json, genome: undefined, maestro: undefined }, 'f:3')).toThrow('f:3 (dev-0001): genome: is missing');
    expect(() => parseGoldenCase({ ...json, id: 7 }, 'f:3')).toThrow(InputFormatError);
    expect(() => parseGoldenCase({ ...json, hw: { ...json.hw, numPEs: 0 } }, 'f:3')).toThrow(HardwareError);
    expect(() => parseGoldenCase({ ...json, hw: { ...json.hw, numPEs: 0 } }, 'f:3')).toThrow("f:3 (dev-0001): hw: field 'numPEs' must be an integer");
    expect(() => parseGoldenCase({ ...json, expected: { runtime: 'fast' } }, 'f:3')).toThrow('f:3 (dev-0001): expected.runtime: must be a number');
    expect(() => parseGoldenCase({ ...json, layer: { ...json.layer, op: 'FC' } }, 'f:3')).toThrow('f:3 (dev-0001): layer: op');
  });
});
