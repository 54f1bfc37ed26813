import { describe, expect, it } from 'vitest';
import type { MaestroAnalysis } from '../src/evaluation.js';
import { analyzeMaestro } from '../src/maestro/index.js';
import { goldenCases, goldenMapping, goldenProblem } from './golden-fixture.js';

// Parity of the MAESTRO engine with the real MAESTRO (HEAD 4eb08d1) on every shared golden case.

/** Integer fields compared exactly, as dotted paths into both `expected` and the analysis. */
const EXACT_FIELDS = [
  'runtime',
  'macs',
  'l1Size',
  'l2Size',
  ...[
    'l1InputRead',
    'l1InputWrite',
    'l1WeightRead',
    'l1WeightWrite',
    'l1OutputRead',
    'l1OutputWrite',
    'l2InputRead',
    'l2InputWrite',
    'l2WeightRead',
    'l2WeightWrite',
    'l2OutputRead',
    'l2OutputWrite',
  ].map((c) => `counts.${c}`),
  ...['input', 'weight', 'output'].flatMap((t) => [`perTensor.${t}.l1Size`, `perTensor.${t}.l2Size`]),
  'peakNocBandwidth',
  'offchipBandwidthReq',
] as const;

function at(obj: unknown, path: string): unknown {
  let cur = obj;
  for (const key of path.split('.')) cur = (cur as Record<string, unknown>)[key];
  return cur;
}

/** MAESTRO prints energy with 6 significant digits. */
function sameTo6Digits(actual: number, expected: number): boolean {
  return Number(actual.toPrecision(6)) === Number(expected.toPrecision(6));
}

const records = goldenCases();

describe('MAESTRO engine parity with the golden cases', () => {
  it('reads all 1 646 cases', () => {
    expect(records.length).toBe(1646);
  });

  it('matches MAESTRO on every field of every case', () => {
    const fields = [...EXACT_FIELDS, 'maestroEnergyNj'];
    const matches = new Map<string, number>(fields.map((f) => [f, 0]));
    const mismatches: string[] = [];
    for (const r of records) {
      let analysis: MaestroAnalysis;
      try {
        analysis = analyzeMaestro(goldenProblem(r), goldenMapping(r), r.hw);
      } catch (error) {
        mismatches.push(`${r.id}: threw ${String(error)}`);
        continue;
      }
      for (const f of EXACT_FIELDS) {
        const want = at(r.expected, f);
        const got = at(analysis, f);
        if (got === want) matches.set(f, (matches.get(f) ?? 0) + 1);
        else mismatches.push(`${r.id} ${f}: got ${String(got)}, MAESTRO ${String(want)}`);
      }
      if (sameTo6Digits(analysis.maestroEnergyNj, r.expected.energyCsvNj)) {
        matches.set('maestroEnergyNj', (matches.get('maestroEnergyNj') ?? 0) + 1);
      } else {
        mismatches.push(`${r.id} maestroEnergyNj: got ${analysis.maestroEnergyNj}, MAESTRO ${r.expected.energyCsvNj}`);
      }
    }
    const summary = fields.map((f) => `  ${f.padEnd(28)} ${matches.get(f)}/${records.length}`).join('\n');
    console.log(`MAESTRO golden parity, matches per field:\n${summary}`);
    if (mismatches.length > 0) console.log(`first mismatches:\n${mismatches.slice(0, 30).join('\n')}`);
    expect(mismatches.length, `${mismatches.length} mismatching fields`).toBe(0);
  });
});
