import { DIMS, type Dim, type LoopTile, type Mapping, type MappingLevel } from '@gamma-ts/search-space';

/*
 * A batch of mappings as one Float64Array (optionally on a SharedArrayBuffer), so that a generation reaches worker
 * threads without structured-cloning thousands of objects, and any worker can decode any mapping of it. Layout:
 * [count, start of mapping 0, …, start of mapping count-1, mapping…], each mapping [problem, levels, level…] (problem:
 * the index of the mapping's problem among the batch's, so one batch can hold several layers' mappings), each level
 * [parallel, hasClusterSize, clusterSize, loops, (dim, tile)…]. Dimensions are their index in `DIMS`; anything else
 * (a malformed mapping) is -1 and decodes to a name that is not a dimension, so the cost model rejects it as
 * structural exactly as it would the original. Numbers are stored as doubles, so tiles and cluster sizes round-trip
 * exactly whatever they are.
 */

/** A decoded name that is no dimension (the cost model reports it as structural). */
const NOT_A_DIM = '?' as Dim;

const DIM_CODE: Readonly<Record<string, number>> = Object.fromEntries(DIMS.map((dim, i) => [dim, i]));

function dimCode(dim: Dim): number {
  return DIM_CODE[dim] ?? -1;
}

function dimOf(code: number): Dim {
  return code >= 0 ? DIMS[code] : NOT_A_DIM;
}

function encodedLength(mapping: Mapping): number {
  const levels = mapping.levels;
  let length = 2;
  for (let l = 0; l < levels.length; l++) length += 4 + 2 * levels[l].loops.length;
  return length;
}

/** Doubles `encodeMappingsInto` writes for the batch. */
export function encodedBatchLength(mappings: readonly Mapping[]): number {
  let length = 1 + mappings.length;
  for (const m of mappings) length += encodedLength(m);
  return length;
}

/** The batch in one buffer; `shared` puts it on a SharedArrayBuffer that every worker reads in place. */
export function encodeMappings(mappings: readonly Mapping[], shared: true): Float64Array<SharedArrayBuffer>;
export function encodeMappings(mappings: readonly Mapping[], shared?: false): Float64Array<ArrayBuffer>;
export function encodeMappings(mappings: readonly Mapping[], shared = false): Float64Array<ArrayBufferLike> {
  const bytes = encodedBatchLength(mappings) * Float64Array.BYTES_PER_ELEMENT;
  const out = new Float64Array(shared ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes));
  encodeMappingsInto(out, mappings);
  return out;
}

/**
 * Encodes the batch at the start of `out` (at least `encodedBatchLength` long; the rest is left as it is), so that a
 * long-lived shared buffer can carry batch after batch.
 */
export function encodeMappingsInto(out: Float64Array<ArrayBufferLike>, mappings: readonly Mapping[]): void {
  encodeMappingRange(out, mappings, 0, mappings.length, startMappingBatch(out, mappings.length));
}

/**
 * Writes the batch's mapping count; returns where `encodeMappingRange` writes mapping 0. With `encodeMappingRange`
 * a batch is encoded in chunks, each decodable as soon as it is written, so readers can start before the batch ends.
 */
export function startMappingBatch(out: Float64Array<ArrayBufferLike>, count: number): number {
  out[0] = count;
  return 1 + count;
}

/**
 * Encodes mappings [first, last) of the batch from offset `at` (what `startMappingBatch` or the previous range
 * returned); returns the offset after them. `problemIndices[i]` is mapping i's problem (default: 0 for all). Mapping i then decodes without any later range written.
 */
export function encodeMappingRange(
  out: Float64Array<ArrayBufferLike>,
  mappings: readonly Mapping[],
  first: number,
  last: number,
  at: number,
  problemIndices?: ArrayLike<number>,
): number {
  for (let i = first; i < last; i++) {
    out[1 + i] = at;
    out[at++] = problemIndices === undefined ? 0 : problemIndices[i];
    const levels = mappings[i].levels;
    out[at++] = levels.length;
    for (let l = 0; l < levels.length; l++) {
      const level = levels[l];
      const clusterSize = level.clusterSize;
      out[at++] = dimCode(level.parallel);
      out[at++] = clusterSize === null ? 0 : 1;
      out[at++] = clusterSize === null ? 0 : clusterSize;
      const loops = level.loops;
      out[at++] = loops.length;
      for (let j = 0; j < loops.length; j++) {
        out[at++] = dimCode(loops[j].dim);
        out[at++] = loops[j].tile;
      }
    }
  }
  // Checked after the fact (a typed array drops writes past its end), to spare the batch a second pass.
  if (at > out.length) throw new Error(`a mapping batch needs ${at} doubles, the buffer holds ${out.length}`);
  return at;
}

export function mappingCount(encoded: Float64Array<ArrayBufferLike>): number {
  return encoded[0];
}

/** The index of mapping `index`'s problem among the batch's problems. */
export function mappingProblemIndex(encoded: Float64Array<ArrayBufferLike>, index: number): number {
  return encoded[encoded[1 + index]];
}

/** Mapping `index` of an encoded batch, equal (`toEqual`) to the one encoded. */
export function decodeMapping(encoded: Float64Array<ArrayBufferLike>, index: number): Mapping {
  let at = encoded[1 + index] + 1;
  const levelCount = encoded[at++];
  const levels = new Array<MappingLevel>(levelCount);
  for (let l = 0; l < levelCount; l++) {
    const parallel = dimOf(encoded[at++]);
    const hasClusterSize = encoded[at++] === 1;
    const size = encoded[at++];
    const loopCount = encoded[at++];
    const loops = new Array<LoopTile>(loopCount);
    for (let j = 0; j < loopCount; j++) {
      const dim = dimOf(encoded[at++]);
      loops[j] = { dim, tile: encoded[at++] };
    }
    levels[l] = { parallel, clusterSize: hasClusterSize ? size : null, loops };
  }
  return { levels };
}
