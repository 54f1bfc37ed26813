import { isRecord } from './json-record.js';
import { readFileSync } from 'node:fs';
import { DIMS, isDim, type Dim } from './dim.js';
import { InputFormatError, describeValue } from './input-format-error.js';

/** A number fixed, limited to a set, or limited to an inclusive range. */
export type ValueChoice = number | readonly number[] | { readonly min?: number; readonly max?: number };

/** What an accelerator fixes about one cluster level (outermost = index 0). Omitted = free. */
export interface LevelConstraints {
  /** The parallel (spatially mapped) dimension: fixed, or one of a set. */
  readonly parallel?: Dim | readonly Dim[];
  /** The loop order, outer → inner: one fixed order (six dims), or a list of allowed orders. */
  readonly order?: readonly Dim[] | readonly (readonly Dim[])[];
  /**
   * Tile sizes per dimension (Y/X in output coordinates). A value larger than the dimension means the whole
   * dimension (a 64-wide array still maps a 32-channel layer). R/S tiles are always the full kernel.
   */
  readonly tiles?: { readonly [D in Dim]?: ValueChoice };
  /** The `Cluster(n)` size before this level; not allowed on the outermost level. */
  readonly clusterSize?: ValueChoice;
}

/**
 * The flexibility of an accelerator (GAMMA's `mapping_cstr`): per level, any of the parallel dimension, the loop
 * order, tile sizes and the cluster size may be fixed or limited; the number of levels may be fixed or limited.
 * For depthwise layers, a K in `parallel` means C (a depthwise layer's channels are both its inputs and outputs).
 */
export interface FlexibilityConstraints {
  readonly name?: string;
  readonly levels?: number | { readonly min?: number; readonly max?: number };
  readonly perLevel?: readonly LevelConstraints[];
}

export const MAX_LEVELS = 4;

function checkKeys(o: Record<string, unknown>, allowed: readonly string[], source: string, at: string): void {
  for (const key of Object.keys(o)) {
    if (!allowed.includes(key)) throw new InputFormatError(source, `${at}${at ? '.' : ''}${key}`, `unknown field; allowed: ${allowed.join(', ')}`);
  }
}

function positiveInt(value: unknown, source: string, field: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new InputFormatError(source, field, `must be a positive integer, got ${describeValue(value)}`);
  }
  return value;
}

function parseValueChoice(value: unknown, source: string, field: string): ValueChoice {
  if (typeof value === 'number') return positiveInt(value, source, field);
  if (Array.isArray(value)) {
    if (value.length === 0) throw new InputFormatError(source, field, 'must not be an empty list');
    return value.map((v, i) => positiveInt(v, source, `${field}[${i}]`));
  }
  if (isRecord(value)) {
    checkKeys(value, ['min', 'max'], source, field);
    const min = value.min === undefined ? undefined : positiveInt(value.min, source, `${field}.min`);
    const max = value.max === undefined ? undefined : positiveInt(value.max, source, `${field}.max`);
    if (min !== undefined && max !== undefined && min > max) {
      throw new InputFormatError(source, field, `min ${min} exceeds max ${max}`);
    }
    return { min, max };
  }
  throw new InputFormatError(source, field, `must be a positive integer, a list of them or { "min", "max" }, got ${describeValue(value)}`);
}

function parseDim(value: unknown, source: string, field: string): Dim {
  if (!isDim(value)) throw new InputFormatError(source, field, `must be one of ${DIMS.join(', ')}, got ${describeValue(value)}`);
  return value;
}

function parseOrder(value: unknown, source: string, field: string): Dim[] {
  if (!Array.isArray(value) || value.length !== DIMS.length) {
    throw new InputFormatError(source, field, `must list all six dimensions ${DIMS.join(', ')} once each, got ${describeValue(value)}`);
  }
  const order = value.map((d, i) => parseDim(d, source, `${field}[${i}]`));
  const missing = DIMS.filter((d) => !order.includes(d));
  if (missing.length > 0) throw new InputFormatError(source, field, `must list every dimension once; missing ${missing.join(', ')}`);
  return order;
}

function parseLevel(value: unknown, index: number, source: string): LevelConstraints {
  const at = `perLevel[${index}]`;
  if (!isRecord(value)) throw new InputFormatError(source, at, `must be an object, got ${describeValue(value)}`);
  checkKeys(value, ['parallel', 'order', 'tiles', 'clusterSize'], source, at);
  const level: { -readonly [K in keyof LevelConstraints]: LevelConstraints[K] } = {};
  if (value.parallel !== undefined) {
    if (Array.isArray(value.parallel)) {
      if (value.parallel.length === 0) throw new InputFormatError(source, `${at}.parallel`, 'must not be an empty list');
      level.parallel = value.parallel.map((d, i) => parseDim(d, source, `${at}.parallel[${i}]`));
    } else {
      level.parallel = parseDim(value.parallel, source, `${at}.parallel`);
    }
  }
  if (value.order !== undefined) {
    const order = value.order;
    if (Array.isArray(order) && order.length > 0 && order.every((o) => Array.isArray(o))) {
      level.order = order.map((o, i) => parseOrder(o, source, `${at}.order[${i}]`));
    } else {
      level.order = parseOrder(order, source, `${at}.order`);
    }
  }
  if (value.tiles !== undefined) {
    if (!isRecord(value.tiles)) throw new InputFormatError(source, `${at}.tiles`, `must be an object keyed by dimension, got ${describeValue(value.tiles)}`);
    checkKeys(value.tiles, DIMS, source, `${at}.tiles`);
    const tiles: { [D in Dim]?: ValueChoice } = {};
    for (const [dim, choice] of Object.entries(value.tiles)) tiles[dim as Dim] = parseValueChoice(choice, source, `${at}.tiles.${dim}`);
    level.tiles = tiles;
  }
  if (value.clusterSize !== undefined) {
    if (index === 0) {
      throw new InputFormatError(source, `${at}.clusterSize`, 'the outermost level has no Cluster(n); constrain clusterSize from perLevel[1] on');
    }
    level.clusterSize = parseValueChoice(value.clusterSize, source, `${at}.clusterSize`);
  }
  return level;
}

/**
 * Checks constraints JSON (or a constraints object built in code) and returns it typed. Throws `InputFormatError`
 * naming the source, the field and the allowed values.
 */
export function parseConstraints(json: unknown, source = 'constraints'): FlexibilityConstraints {
  if (!isRecord(json)) throw new InputFormatError(source, 'constraints', `must be an object, got ${describeValue(json)}`);
  checkKeys(json, ['name', 'levels', 'perLevel'], source, '');
  const result: { -readonly [K in keyof FlexibilityConstraints]: FlexibilityConstraints[K] } = {};
  if (json.name !== undefined) {
    if (typeof json.name !== 'string') throw new InputFormatError(source, 'name', `must be a string, got ${describeValue(json.name)}`);
    result.name = json.name;
  }
  if (json.levels !== undefined) {
    const levels = parseValueChoice(json.levels, source, 'levels');
    if (Array.isArray(levels)) throw new InputFormatError(source, 'levels', 'must be a number or { "min", "max" }, not a list');
    const outOfRange = (n: number | undefined): boolean => n !== undefined && n > MAX_LEVELS;
    if (typeof levels === 'number' ? outOfRange(levels) : outOfRange((levels as { min?: number }).min) || outOfRange((levels as { max?: number }).max)) {
      throw new InputFormatError(source, 'levels', `at most ${MAX_LEVELS} levels are supported, got ${describeValue(json.levels)}`);
    }
    result.levels = levels as FlexibilityConstraints['levels'];
  }
  if (json.perLevel !== undefined) {
    if (!Array.isArray(json.perLevel) || json.perLevel.length > MAX_LEVELS) {
      throw new InputFormatError(source, 'perLevel', `must be a list of at most ${MAX_LEVELS} level objects (outermost first), got ${describeValue(json.perLevel)}`);
    }
    result.perLevel = json.perLevel.map((level, i) => parseLevel(level, i, source));
  }
  return result;
}

/** Reads and checks a constraints JSON file; errors name the file. */
export function loadConstraintsFile(path: string): FlexibilityConstraints {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputFormatError(path, 'file', code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? String(error)})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InputFormatError(path, 'file', `is not valid JSON (${(error as Error).message})`);
  }
  return parseConstraints(json, path);
}
