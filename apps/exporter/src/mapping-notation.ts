import type { Mapping } from '@gamma-ts/search-space';

/**
 * A one-line notation of a mapping for tables: levels outer → inner separated by " | ", each as
 * `[n] P:par loops` with the parallel dimension's loop marked `*`, e.g. `P:X C14 S1 Y13 R1 X*63 K13 | [18] P:X …`.
 */
export function mappingNotation(mapping: Mapping): string {
  return mapping.levels
    .map((level) => {
      const cluster = level.clusterSize === null ? '' : `[${level.clusterSize}] `;
      const loops = level.loops.map((loop) => `${loop.dim}${loop.dim === level.parallel ? '*' : ''}${loop.tile}`).join(' ');
      return `${cluster}P:${level.parallel} ${loops}`;
    })
    .join(' | ');
}
