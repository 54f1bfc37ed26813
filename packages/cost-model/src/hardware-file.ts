import { isRecord } from '@gamma-ts/search-space';
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { EnergyConstants, Hardware } from './hardware.js';
import { DEFAULT_ENERGY_CONSTANTS } from './energy-model.js';
import { HARDWARE_PRESET_NAMES, hardwarePreset, isHardwarePresetName } from './hardware-presets.js';

/** A hardware description that cannot be used; the message names the source, the field and the allowed values. */
export class HardwareError extends Error {
  override name = 'HardwareError';
  constructor(
    readonly source: string,
    readonly field: string | null,
    message: string,
  ) {
    super(field === null ? `${source}: ${message}` : `${source}: field '${field}' ${message}`);
  }
}

/** MAESTRO stores these in C++ `int`. */
const INT_MAX = 2 ** 31 - 1;

interface IntegerField {
  readonly min: number;
  readonly max: number;
}

const INTEGER_FIELDS = {
  numPEs: { min: 1, max: 2 ** 24 },
  l1CapacityElements: { min: 1, max: INT_MAX },
  l2CapacityElements: { min: 1, max: INT_MAX },
  nocBandwidth: { min: 1, max: INT_MAX },
  nocHops: { min: 0, max: 1024 },
  nocHopLatency: { min: 0, max: 1024 },
  offchipBandwidth: { min: 1, max: INT_MAX },
  wordBits: { min: 1, max: 64 },
} as const satisfies Record<string, IntegerField>;

type IntegerFieldName = keyof typeof INTEGER_FIELDS;
const INTEGER_FIELD_NAMES = Object.keys(INTEGER_FIELDS) as IntegerFieldName[];
const ENERGY_FIELD_NAMES: readonly (keyof EnergyConstants)[] = ['macNj', 'l1AccessNj', 'l2AccessNj', 'dramAccessNj'];
const TOP_FIELD_NAMES: readonly string[] = ['extends', 'name', ...INTEGER_FIELD_NAMES, 'energy'];

function rejectUnknownFields(source: string, object: Record<string, unknown>, allowed: readonly string[], prefix: string): void {
  for (const key of Object.keys(object)) {
    if (!allowed.includes(key)) {
      throw new HardwareError(source, prefix + key, `is not a hardware field; fields: ${allowed.map((f) => prefix + f).join(', ')}`);
    }
  }
}

function integerField(source: string, name: IntegerFieldName, value: unknown): number {
  const { min, max } = INTEGER_FIELDS[name];
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new HardwareError(source, name, `must be an integer in [${min}, ${max}], got ${JSON.stringify(value)}`);
  }
  return value;
}

function energyField(source: string, name: keyof EnergyConstants, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new HardwareError(source, `energy.${name}`, `must be a finite number ≥ 0 (nJ), got ${JSON.stringify(value)}`);
  }
  return value;
}

function defaultName(source: string): string {
  const file = basename(source);
  const stem = file.slice(0, file.length - extname(file).length);
  return stem.length > 0 ? stem : 'custom';
}

/**
 * Validates a hardware description (the JSON file format, see README). With `"extends": "edge" | "cloud"` every
 * field is optional and defaults to that preset's; without it every field but `name` and `energy` is required.
 * `name` defaults to the source's file name without extension; missing energy constants default to the base
 * preset's, or to MAESTRO's (`DEFAULT_ENERGY_CONSTANTS`).
 */
export function parseHardware(json: unknown, source: string): Hardware {
  if (!isRecord(json)) {
    throw new HardwareError(source, null, `a hardware description must be a JSON object, got ${Array.isArray(json) ? 'an array' : JSON.stringify(json)}`);
  }
  rejectUnknownFields(source, json, TOP_FIELD_NAMES, '');
  let base: Hardware | null = null;
  if (json.extends !== undefined) {
    if (typeof json.extends !== 'string' || !isHardwarePresetName(json.extends)) {
      throw new HardwareError(source, 'extends', `must be one of ${HARDWARE_PRESET_NAMES.join(', ')}, got ${JSON.stringify(json.extends)}`);
    }
    base = hardwarePreset(json.extends);
  }
  const values = {} as Record<IntegerFieldName, number>;
  for (const name of INTEGER_FIELD_NAMES) {
    const raw = json[name];
    if (raw === undefined) {
      if (base === null) {
        const { min, max } = INTEGER_FIELDS[name];
        throw new HardwareError(source, name, `is missing (an integer in [${min}, ${max}]; or give "extends": "edge" | "cloud")`);
      }
      values[name] = base[name];
    } else {
      values[name] = integerField(source, name, raw);
    }
  }
  const baseEnergy = base?.energy ?? DEFAULT_ENERGY_CONSTANTS;
  let energy: EnergyConstants = baseEnergy;
  if (json.energy !== undefined) {
    if (!isRecord(json.energy)) {
      throw new HardwareError(source, 'energy', `must be an object with ${ENERGY_FIELD_NAMES.join(', ')} (nJ), got ${JSON.stringify(json.energy)}`);
    }
    rejectUnknownFields(source, json.energy, ENERGY_FIELD_NAMES, 'energy.');
    const e = json.energy;
    energy = {
      macNj: e.macNj === undefined ? baseEnergy.macNj : energyField(source, 'macNj', e.macNj),
      l1AccessNj: e.l1AccessNj === undefined ? baseEnergy.l1AccessNj : energyField(source, 'l1AccessNj', e.l1AccessNj),
      l2AccessNj: e.l2AccessNj === undefined ? baseEnergy.l2AccessNj : energyField(source, 'l2AccessNj', e.l2AccessNj),
      dramAccessNj: e.dramAccessNj === undefined ? baseEnergy.dramAccessNj : energyField(source, 'dramAccessNj', e.dramAccessNj),
    };
  }
  let name = defaultName(source);
  if (json.name !== undefined) {
    if (typeof json.name !== 'string' || json.name.trim().length === 0) {
      throw new HardwareError(source, 'name', `must be a non-empty string, got ${JSON.stringify(json.name)}`);
    }
    name = json.name;
  }
  return { name, ...values, energy };
}

/** Reads and validates a hardware JSON file. */
export function loadHardwareFile(path: string): Hardware {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new HardwareError(path, null, code === 'ENOENT' ? 'no such hardware file' : `cannot read the hardware file (${code ?? String(error)})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new HardwareError(path, null, `not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  return parseHardware(json, path);
}

/** A preset name (`edge`, `cloud`) or the path of a hardware JSON file. */
export function resolveHardware(nameOrPath: string): Hardware {
  if (isHardwarePresetName(nameOrPath)) return hardwarePreset(nameOrPath);
  if (nameOrPath.endsWith('.json') || nameOrPath.includes('/') || nameOrPath.includes('\\')) return loadHardwareFile(nameOrPath);
  throw new HardwareError(nameOrPath, null, `unknown hardware; use ${HARDWARE_PRESET_NAMES.join(', ')} or the path of a .json hardware file`);
}
