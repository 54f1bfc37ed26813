import { Buffer } from 'node:buffer';
import type { Mapping } from './mapping.js';

/** Room for any mapping the fast path writes: MAX_LEVELS levels of up to ~80 characters each, with slack. */
const KEY_BYTES = 1024;
const keyBytes = Buffer.alloc(KEY_BYTES);
const CHAR_PIPE = 0x7c;
const CHAR_COLON = 0x3a;
const CHAR_ZERO = 0x30;

/**
 * A string that is equal for two mappings exactly when they are equal (levels, parallel dims, cluster sizes, loop
 * order and tiles). Used as an evaluation cache key for every child of every generation.
 * Example: `X:14C1S13Y1R63X13K|X18:10C1S58X1R4K2Y`.
 */
export function canonicalKey(m: Mapping): string {
  return fastKey(m) ?? concatenatedKey(m);
}

/**
 * The key written byte by byte into one buffer and read out as a single flat string: concatenation would build ~30
 * intermediate strings per key (most of a search's main-thread allocation) and a rope that the cache's hash must
 * flatten again. Null when a value is not the usual one-letter dim or non-negative integer, or the key would not fit;
 * `concatenatedKey` then gives the same text for anything.
 */
function fastKey(m: Mapping): string | null {
  const levels = m.levels;
  let n = 0;
  for (let i = 0; i < levels.length; i++) {
    const level = levels[i];
    const loops = level.loops;
    if (n + 24 + 12 * loops.length > KEY_BYTES) return null;
    if (i > 0) keyBytes[n++] = CHAR_PIPE;
    const parallel = letterCode(level.parallel);
    if (parallel < 0) return null;
    keyBytes[n++] = parallel;
    if (level.clusterSize !== null) {
      n = writeInteger(level.clusterSize, n);
      if (n < 0) return null;
    }
    keyBytes[n++] = CHAR_COLON;
    for (let j = 0; j < loops.length; j++) {
      n = writeInteger(loops[j].tile, n);
      const dim = letterCode(loops[j].dim);
      if (n < 0 || dim < 0) return null;
      keyBytes[n++] = dim;
    }
  }
  return keyBytes.toString('latin1', 0, n);
}

/** The character code of a one-character Latin-1 string, else −1. */
function letterCode(value: unknown): number {
  if (typeof value !== 'string' || value.length !== 1) return -1;
  const code = value.charCodeAt(0);
  return code < 256 ? code : -1;
}

/** Writes `value` in decimal at `at` (as `String(value)` would), returning the next position, or −1 if not an integer in [0, 2³¹). */
function writeInteger(value: unknown, at: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 0x7fffffff) return -1;
  let digits = 1;
  for (let x = 10; x <= value; x *= 10) digits++;
  let rest = value | 0; // exact: value < 2³¹
  for (let k = at + digits - 1; k >= at; k--) {
    const quotient = (rest / 10) | 0;
    keyBytes[k] = CHAR_ZERO + rest - quotient * 10;
    rest = quotient;
  }
  return at + digits;
}

/** The key by plain concatenation: the definition of the format, for every value (NaN tiles, missing fields, …). */
function concatenatedKey(m: Mapping): string {
  let key = '';
  const levels = m.levels;
  for (let i = 0; i < levels.length; i++) {
    const level = levels[i];
    if (i > 0) key += '|';
    key += level.parallel;
    if (level.clusterSize !== null) key += level.clusterSize;
    key += ':';
    const loops = level.loops;
    for (let j = 0; j < loops.length; j++) key += loops[j].tile + loops[j].dim;
  }
  return key;
}
