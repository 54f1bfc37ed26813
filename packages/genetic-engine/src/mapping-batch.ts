import { DIMS, dimIndexOf, type Dim, type Mapping } from '@gamma-ts/search-space';

/*
 * A batch of mappings in one Float64Array (optionally on a SharedArrayBuffer), so that a generation reaches worker
 * threads without structured-cloning thousands of objects, and any worker can decode any mapping of it. Layout:
 * [count, entry of mapping 0, …, entry of mapping count-1, mapping…]. Each mapping is [problem, levels, level…]
 * (problem: the index of the mapping's problem among the batch's, so one batch can hold several layers' mappings), each
 * level [word, loop dimensions, clusterSize, tile…], where word = parallel dimension + HAS_CLUSTER (when the level has
 * a cluster size) + LOOP_COUNT × loops, and the loop dimensions are packed 3 bits each when there are at most
 * PACKED_LOOPS loops; a level with more (only a malformed mapping has them) lists them after its tiles instead.
 *
 * A mapping whose tiles and cluster sizes are all 32-bit integers and whose levels have at most PACKED_LOOPS loops
 * (every mapping a search makes) is written as 32-bit integers, through an Int32Array on the same memory: 80 bytes for
 * a 2-level mapping, where every byte crosses from the main thread's core to a worker's. Its entry is −(offset + 1),
 * offset in doubles. Any other mapping is written as doubles (entry: its offset), so its tiles and cluster sizes
 * round-trip exactly whatever they are. Dimensions are their index in `DIMS`; anything else (a malformed mapping) is
 * NOT_A_DIM_CODE and decodes to a name that is not a dimension, so the cost model rejects it as structural exactly as
 * it would the original.
 */

/** A decoded name that is no dimension (the cost model reports it as structural). */
const NOT_A_DIM = '?' as Dim;
const NOT_A_DIM_CODE = 7;
const DIM_BITS = 8;
/** Loops whose dimensions are packed into one 32-bit word, 3 bits each. */
const PACKED_LOOPS = 8;
const HAS_CLUSTER = 8;
const LOOP_COUNT = 16;

function dimCode(dim: Dim): number {
  const index = dimIndexOf(dim);
  return index < 0 ? NOT_A_DIM_CODE : index;
}

function dimOf(code: number): Dim {
  return code < DIMS.length ? DIMS[code] : NOT_A_DIM;
}

/** Whether `value` round-trips exactly through an Int32Array (−0 does not). */
function isInt32(value: number): boolean {
  return (value | 0) === value && !Object.is(value, -0);
}

/**
 * Elements `mapping` takes in the layout above, in one pass: positive when it can be written as 32-bit integers,
 * negative (−elements) when it needs doubles.
 */
function encodedSize(mapping: Mapping): number {
  const levels = mapping.levels;
  let elements = 2;
  let narrow = true;
  for (let l = 0; l < levels.length; l++) {
    const level = levels[l];
    const loops = level.loops;
    const loopCount = loops.length;
    elements += 3 + (loopCount > PACKED_LOOPS ? 2 * loopCount : loopCount);
    if (!narrow) continue;
    narrow = loopCount <= PACKED_LOOPS && (level.clusterSize === null || isInt32(level.clusterSize));
    for (let j = 0; narrow && j < loopCount; j++) narrow = isInt32(loops[j].tile);
  }
  return narrow ? elements : -elements;
}

/** Doubles a mapping of `encodedSize` takes in the batch. */
function doublesOf(size: number): number {
  return size > 0 ? Math.ceil(size / 2) : -size;
}

let lastBuffer: Float64Array<ArrayBufferLike> | null = null;
let lastInts: Int32Array<ArrayBufferLike> = new Int32Array(0);

/** The batch buffer as 32-bit integers (remembered for the last buffer: a pool uses one buffer for batch after batch). */
function intsOf(buffer: Float64Array<ArrayBufferLike>): Int32Array<ArrayBufferLike> {
  if (buffer !== lastBuffer) {
    lastBuffer = buffer;
    lastInts = new Int32Array(buffer.buffer, buffer.byteOffset, buffer.length * 2);
  }
  return lastInts;
}

/** Doubles a mapping of up to 4 levels of up to 6 loops takes (every mapping a search makes). */
const USUAL_MAPPING_DOUBLES = 2 + 4 * (3 + 6);

/**
 * Doubles that hold any batch of `count` usual mappings (`USUAL_MAPPING_DOUBLES` each), known without looking at them:
 * a pool sizes its buffer with it before it publishes a batch, and `encodeMappingsWithin` stops at a mapping that
 * does not fit (only a malformed one can be larger), which the main thread then evaluates itself.
 */
export function usualBatchLength(count: number): number {
  return 1 + count * (1 + USUAL_MAPPING_DOUBLES);
}

/** Mappings [first, last) of a batch, to be encoded from offset `at`. */
export interface EncodingRange {
  readonly first: number;
  readonly last: number;
  readonly at: number;
}

/**
 * Like `encodeMappingRange`, but stops before the first mapping that would not fit in `out`; returns the index of
 * the first mapping not encoded (`last` when all were) and the offset after the encoded ones.
 */
export function encodeMappingsWithin(out: Float64Array<ArrayBufferLike>, mappings: readonly Mapping[], range: EncodingRange, problemIndices?: ArrayLike<number>): { readonly next: number; readonly at: number } {
  const last = range.last;
  let at = range.at;
  let i = range.first;
  for (; i < last; i++) {
    const mapping = mappings[i];
    const problem = problemIndices === undefined ? 0 : problemIndices[i];
    const size = encodedSize(mapping);
    const length = doublesOf(size);
    if (at + length > out.length) break;
    const narrow = size > 0;
    out[1 + i] = narrow ? -at - 1 : at;
    if (narrow) writeMapping(intsOf(out), mapping, problem, 2 * at);
    else writeMapping(out, mapping, problem, at);
    at += length;
  }
  return { next: i, at };
}

/** Writes `mapping` in the layout above from element `p` of `target` (doubles or 32-bit integers). */
function writeMapping(target: Float64Array<ArrayBufferLike> | Int32Array<ArrayBufferLike>, mapping: Mapping, problem: number, p: number): void {
  target[p++] = problem;
  const levels = mapping.levels;
  target[p++] = levels.length;
  for (let l = 0; l < levels.length; l++) {
    const level = levels[l];
    const clusterSize = level.clusterSize;
    const loops = level.loops;
    const loopCount = loops.length;
    let dims = 0;
    if (loopCount <= PACKED_LOOPS) for (let j = loopCount - 1; j >= 0; j--) dims = dims * DIM_BITS + dimCode(loops[j].dim);
    target[p++] = dimCode(level.parallel) + (clusterSize === null ? 0 : HAS_CLUSTER) + LOOP_COUNT * loopCount;
    target[p++] = dims;
    target[p++] = clusterSize === null ? 0 : clusterSize;
    for (let j = 0; j < loopCount; j++) target[p++] = loops[j].tile;
    if (loopCount > PACKED_LOOPS) for (let j = 0; j < loopCount; j++) target[p++] = dimCode(loops[j].dim);
  }
}

/** Doubles `encodeMappingsInto` writes for the batch. */
export function encodedBatchLength(mappings: readonly Mapping[]): number {
  let length = 1 + mappings.length;
  for (const m of mappings) length += doublesOf(encodedSize(m));
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
  const encoded = encodeMappingsWithin(out, mappings, { first, last, at }, problemIndices);
  if (encoded.next < last) {
    throw new Error(`a mapping batch needs more than the ${out.length} doubles of its buffer (mapping ${encoded.next} does not fit)`);
  }
  return encoded.at;
}

export function mappingCount(encoded: Float64Array<ArrayBufferLike>): number {
  return encoded[0];
}

/** The index of mapping `index`'s problem among the batch's problems. */
export function mappingProblemIndex(encoded: Float64Array<ArrayBufferLike>, index: number): number {
  const slot = encoded[1 + index];
  return slot < 0 ? intsOf(encoded)[2 * (-slot - 1)] : encoded[slot];
}

/** Mapping `index` of an encoded batch, equal (`toEqual`) to the one encoded, in objects of its own. */
export function decodeMapping(encoded: Float64Array<ArrayBufferLike>, index: number): Mapping {
  return decodeMappingInto(encoded, index, createMappingScratch());
}

interface ScratchLoop {
  dim: Dim;
  tile: number;
}
interface ScratchLevel {
  parallel: Dim;
  clusterSize: number | null;
  loops: ScratchLoop[];
}

/** Reusable objects for `decodeMappingInto`, one mapping per level count. */
export type MappingScratch = Map<number, { readonly levels: ScratchLevel[] }>;

export function createMappingScratch(): MappingScratch {
  return new Map();
}

/**
 * Mapping `index` of an encoded batch, like `decodeMapping`, but written into objects reused from `scratch`: the
 * returned mapping is valid until the next call with the same scratch. A worker decodes every mapping it evaluates
 * and drops it right after (the cost model keeps nothing of it), so fresh objects would only feed its collector.
 */
export function decodeMappingInto(encoded: Float64Array<ArrayBufferLike>, index: number, scratch: MappingScratch): Mapping {
  const slot = encoded[1 + index];
  return slot < 0 ? readMappingInto(intsOf(encoded), 2 * (-slot - 1) + 1, scratch) : readMappingInto(encoded, slot + 1, scratch);
}

/** Reads a mapping in the layout above from element `p` of `source` (just after its problem) into `scratch`. */
function readMappingInto(source: Float64Array<ArrayBufferLike> | Int32Array<ArrayBufferLike>, p: number, scratch: MappingScratch): Mapping {
  const levelCount = source[p++];
  const mapping = scratchMapping(scratch, levelCount);
  for (let l = 0; l < levelCount; l++) {
    const level = mapping.levels[l];
    const word = source[p++];
    let dims = source[p++];
    const size = source[p++];
    const loops = scratchLoops(level, Math.floor(word / LOOP_COUNT));
    const loopCount = loops.length;
    if (loopCount <= PACKED_LOOPS) {
      for (let j = 0; j < loopCount; j++) {
        loops[j].dim = dimOf(dims % DIM_BITS);
        loops[j].tile = source[p++];
        dims = Math.floor(dims / DIM_BITS);
      }
    } else {
      for (let j = 0; j < loopCount; j++) {
        loops[j].dim = dimOf(source[p + loopCount + j]);
        loops[j].tile = source[p + j];
      }
      p += 2 * loopCount;
    }
    level.parallel = dimOf(word % DIM_BITS);
    level.clusterSize = word % LOOP_COUNT >= HAS_CLUSTER ? size : null;
  }
  return mapping;
}

function scratchMapping(scratch: MappingScratch, levelCount: number): { readonly levels: ScratchLevel[] } {
  let mapping = scratch.get(levelCount);
  if (mapping === undefined) {
    mapping = { levels: Array.from({ length: levelCount }, (): ScratchLevel => ({ parallel: DIMS[0], clusterSize: null, loops: [] })) };
    scratch.set(levelCount, mapping);
  }
  return mapping;
}

function scratchLoops(level: ScratchLevel, loopCount: number): ScratchLoop[] {
  if (level.loops.length !== loopCount) level.loops = Array.from({ length: loopCount }, (): ScratchLoop => ({ dim: DIMS[0], tile: 0 }));
  return level.loops;
}
