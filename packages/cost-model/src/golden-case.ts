import {
  InputFormatError,
  describeValue,
  isRecord,
  mappingFromGenome,
  parseMaestroText,
  problemFromGolden,
  type Mapping,
  type Problem,
} from '@gamma-ts/search-space';
import type { Hardware } from './hardware.js';
import type { MaestroAnalysis } from './evaluation.js';
import { parseHardware } from './hardware-file.js';

/** MAESTRO's "unconstrained" buffer size (INT_MAX): golden cases give no capacities. */
export const UNCONSTRAINED_CAPACITY_ELEMENTS = 2 ** 31 - 1;

/** Bits per element assumed for a case whose `hw` gives none (for byte figures only). */
export const DEFAULT_CASE_WORD_BITS = 16;

/** One case of a file in the golden format (`shared/golden/README.md`): a layer, a mapping, a hardware, maybe MAESTRO's numbers. */
export interface GoldenCase {
  readonly id: string;
  readonly problem: Problem;
  readonly mapping: Mapping;
  readonly hardware: Hardware;
  /** `expected`, flattened to the compared field names (see `GOLDEN_FIELDS`); null when the case has none. */
  readonly expected: ReadonlyMap<GoldenField, number> | null;
}

/** The fields a golden case's `expected` can hold, in report order; `maestroEnergyNj` is `energyCsvNj`. */
export const GOLDEN_FIELDS = [
  'runtime',
  'macs',
  'l1Size',
  'l2Size',
  'counts.l1InputRead',
  'counts.l1InputWrite',
  'counts.l1WeightRead',
  'counts.l1WeightWrite',
  'counts.l1OutputRead',
  'counts.l1OutputWrite',
  'counts.l2InputRead',
  'counts.l2InputWrite',
  'counts.l2WeightRead',
  'counts.l2WeightWrite',
  'counts.l2OutputRead',
  'counts.l2OutputWrite',
  'perTensor.input.l1Size',
  'perTensor.input.l2Size',
  'perTensor.weight.l1Size',
  'perTensor.weight.l2Size',
  'perTensor.output.l1Size',
  'perTensor.output.l2Size',
  'peakNocBandwidth',
  'offchipBandwidthReq',
  'maestroEnergyNj',
] as const;

export type GoldenField = (typeof GOLDEN_FIELDS)[number];

function expectedPath(field: GoldenField): string[] {
  return field === 'maestroEnergyNj' ? ['energyCsvNj'] : field.split('.');
}

/** The value of a compared field in an analysis. */
export function analysisField(a: MaestroAnalysis, field: GoldenField): number {
  switch (field) {
    case 'runtime':
    case 'macs':
    case 'l1Size':
    case 'l2Size':
    case 'peakNocBandwidth':
    case 'offchipBandwidthReq':
    case 'maestroEnergyNj':
      return a[field];
  }
  const [group, name, sub] = field.split('.');
  if (group === 'counts') return a.counts[name as keyof MaestroAnalysis['counts']];
  return a.perTensor[name as keyof MaestroAnalysis['perTensor']][sub as 'l1Size' | 'l2Size'];
}

/** Equal when printed with 6 significant digits, as MAESTRO prints its CSV energy. */
export function sameToSixDigits(a: number, b: number): boolean {
  return Number(a.toPrecision(6)) === Number(b.toPrecision(6));
}

/** The fields of `expected` that the analysis does not reproduce (exactly; energy to 6 significant digits). */
export function goldenMismatches(analysis: MaestroAnalysis | null, expected: ReadonlyMap<GoldenField, number>): GoldenField[] {
  const bad: GoldenField[] = [];
  for (const [field, want] of expected) {
    if (analysis === null) {
      bad.push(field);
      continue;
    }
    const got = analysisField(analysis, field);
    if (field === 'maestroEnergyNj' ? !sameToSixDigits(got, want) : got !== want) bad.push(field);
  }
  return bad;
}

function readExpected(json: unknown, source: string): Map<GoldenField, number> {
  if (!isRecord(json)) throw new InputFormatError(source, 'expected', `must be an object, got ${describeValue(json)}`);
  const out = new Map<GoldenField, number>();
  for (const field of GOLDEN_FIELDS) {
    let value: unknown = json;
    const path = expectedPath(field);
    for (const key of path) value = isRecord(value) ? value[key] : undefined;
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new InputFormatError(source, `expected.${path.join('.')}`, `must be a number, got ${describeValue(value)}`);
    }
    out.set(field, value);
  }
  return out;
}

function readHardware(json: unknown, id: string, source: string): Hardware {
  if (!isRecord(json)) {
    throw new InputFormatError(source, 'hw', `must be an object { numPEs, nocBandwidth, offchipBandwidth, nocHops, nocHopLatency }, got ${describeValue(json)}`);
  }
  return parseHardware(
    {
      name: id,
      l1CapacityElements: UNCONSTRAINED_CAPACITY_ELEMENTS,
      l2CapacityElements: UNCONSTRAINED_CAPACITY_ELEMENTS,
      wordBits: DEFAULT_CASE_WORD_BITS,
      ...json,
    },
    `${source}: hw`,
  );
}

/**
 * Reads one case of a golden-format file: `id`, `layer`, `hw` (MAESTRO's five hardware fields; capacities, word
 * size and energies may be added in the hardware-file field names, otherwise capacities are unconstrained),
 * `genome` or else `maestro` (the `.m` text), and optionally `expected`. Errors name `source` and the field.
 */
export function parseGoldenCase(json: unknown, source: string): GoldenCase {
  if (!isRecord(json)) throw new InputFormatError(source, 'case', `must be a JSON object, got ${describeValue(json)}`);
  const id = typeof json.id === 'string' && json.id.length > 0 ? json.id : null;
  if (id === null) throw new InputFormatError(source, 'id', `must be a non-empty string, got ${describeValue(json.id)}`);
  const where = `${source} (${id})`;
  const problem = problemFromGolden(json.layer, `${where}: layer`);
  let mapping: Mapping;
  if (json.genome !== undefined) {
    mapping = mappingFromGenome(json.genome, `${where}: genome`);
  } else if (typeof json.maestro === 'string') {
    mapping = parseMaestroText(json.maestro, `${where}: maestro`).mapping;
  } else {
    throw new InputFormatError(where, 'genome', 'is missing, and there is no maestro text either; a case needs one of them');
  }
  const hardware = readHardware(json.hw, id, where);
  const expected = json.expected === undefined ? null : readExpected(json.expected, where);
  return { id, problem, mapping, hardware, expected };
}
