import type { Mapping } from './mapping.js';

/**
 * A string that is equal for two mappings exactly when they are equal (levels, parallel dims, cluster sizes, loop
 * order and tiles). Used as an evaluation cache key, so it is built by plain concatenation.
 * Example: `X:14C1S13Y1R63X13K|X18:10C1S58X1R4K2Y`.
 */
export function canonicalKey(m: Mapping): string {
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
