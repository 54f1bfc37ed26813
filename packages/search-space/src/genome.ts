import { DIMS, isDim, type Dim } from './dim.js';
import { InputFormatError, describeValue } from './input-format-error.js';
import { mappingLevel, type LoopTile, type Mapping, type MappingLevel } from './mapping.js';

/** One level of the golden-case / GAMMA genome JSON: loops as `[dim, tile]` pairs, outer → inner. */
export interface GenomeLevel {
  readonly parallel: Dim;
  readonly clusterSize: number | null;
  readonly loops: readonly (readonly [Dim, number])[];
}

export type Genome = readonly GenomeLevel[];

/**
 * Reads the genome JSON form (an array of levels, or `{ levels: [...] }`; loops as `[dim, tile]` pairs or
 * `{ dim, tile }` objects) into a `Mapping`. Checks the form only — names, integers, shapes; whether the mapping is
 * valid for a layer is `validateMapping`'s job. Throws `InputFormatError` naming the field.
 */
export function mappingFromGenome(json: unknown, source = 'genome'): Mapping {
  const levelsJson =
    typeof json === 'object' && json !== null && !Array.isArray(json) && 'levels' in json
      ? (json as { levels: unknown }).levels
      : json;
  const root = levelsJson === json ? 'genome' : 'levels';
  if (!Array.isArray(levelsJson) || levelsJson.length === 0) {
    throw new InputFormatError(source, root, `must be a non-empty array of levels, got ${describeValue(levelsJson)}`);
  }
  const levels = levelsJson.map((levelJson: unknown, i): MappingLevel => {
    const at = `${root}[${i}]`;
    if (typeof levelJson !== 'object' || levelJson === null || Array.isArray(levelJson)) {
      throw new InputFormatError(source, at, `must be an object { parallel, clusterSize, loops }, got ${describeValue(levelJson)}`);
    }
    const o = levelJson as Record<string, unknown>;
    if (!isDim(o.parallel)) {
      throw new InputFormatError(source, `${at}.parallel`, `must be one of ${DIMS.join(', ')}, got ${describeValue(o.parallel)}`);
    }
    const clusterSize = o.clusterSize ?? null;
    if (clusterSize !== null && (typeof clusterSize !== 'number' || !Number.isInteger(clusterSize) || clusterSize < 1)) {
      throw new InputFormatError(source, `${at}.clusterSize`, `must be null or a positive integer, got ${describeValue(o.clusterSize)}`);
    }
    if (!Array.isArray(o.loops)) {
      throw new InputFormatError(source, `${at}.loops`, `must be an array of [dim, tile] pairs, got ${describeValue(o.loops)}`);
    }
    const loops = o.loops.map((loopJson: unknown, j): LoopTile => readLoop(loopJson, source, `${at}.loops[${j}]`));
    return mappingLevel(o.parallel, clusterSize, loops);
  });
  return { levels };
}

function readLoop(loopJson: unknown, source: string, at: string): LoopTile {
  let dim: unknown;
  let tile: unknown;
  if (Array.isArray(loopJson) && loopJson.length === 2) {
    [dim, tile] = loopJson;
  } else if (typeof loopJson === 'object' && loopJson !== null && !Array.isArray(loopJson)) {
    ({ dim, tile } = loopJson as { dim?: unknown; tile?: unknown });
  } else {
    throw new InputFormatError(source, at, `must be a [dim, tile] pair, got ${describeValue(loopJson)}`);
  }
  if (!isDim(dim)) throw new InputFormatError(source, `${at} dim`, `must be one of ${DIMS.join(', ')}, got ${describeValue(dim)}`);
  if (typeof tile !== 'number' || !Number.isInteger(tile) || tile < 1) {
    throw new InputFormatError(source, `${at} tile`, `must be a positive integer, got ${describeValue(tile)}`);
  }
  return { dim, tile };
}

/** The genome JSON form of a mapping (the inverse of `mappingFromGenome`). */
export function mappingToGenome(m: Mapping): GenomeLevel[] {
  return m.levels.map((level) => ({
    parallel: level.parallel,
    clusterSize: level.clusterSize,
    loops: level.loops.map((loop): [Dim, number] => [loop.dim, loop.tile]),
  }));
}
