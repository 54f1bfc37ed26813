import protobuf from 'protobufjs/minimal.js';
import type { SearchResult } from '@gamma-ts/genetic-engine';
import { schema } from './results-schema.js';
import { resultsFromProto, SchemaFieldError } from './results-from-proto.js';
import { crc32 } from './crc32.js';
import { ResultsFileError } from './results-file-error.js';
import { SCHEMA_MAJOR, TOOL_NAME } from './schema-version.js';
import { keepEnvelopeUnknownFields } from './unknown-fields.js';

/** The header of a results file: who wrote it and with which schema version. */
export interface ResultsHeader {
  readonly tool: string;
  readonly toolVersion: string;
  readonly schemaMajor: number;
  readonly schemaMinor: number;
}

function readerKeepingUnknownFields(bytes: Uint8Array): protobuf.Reader {
  const reader = protobuf.Reader.create(bytes);
  // Fields of newer minor versions are kept (as raw bytes) so they survive a read → write cycle.
  reader.discardUnknown = false;
  return reader;
}

function describeDecodeFailure(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return /index out of range/i.test(message) ? 'the file is truncated' : `the data is corrupt (${message})`;
}

/** Decodes the envelope and checks header and checksum; returns the verified payload. */
function openEnvelope(bytes: Uint8Array, file: string) {
  if (bytes.length === 0) throw new ResultsFileError(file, 'the file is empty; expected a gamma-ts results file');
  let envelope;
  try {
    envelope = schema.ResultsFile.decode(readerKeepingUnknownFields(bytes));
  } catch (error) {
    throw new ResultsFileError(file, `not a readable gamma-ts results file: ${describeDecodeFailure(error)}`);
  }
  const header = envelope.header;
  if (!header || header.tool !== TOOL_NAME) {
    throw new ResultsFileError(file, `not a gamma-ts results file (header.tool is ${header?.tool ? `'${header.tool}'` : 'missing'}, expected '${TOOL_NAME}')`);
  }
  const major = header.schemaMajor ?? 0;
  if (major > SCHEMA_MAJOR) {
    throw new ResultsFileError(
      file,
      `written with results schema ${major}.${header.schemaMinor ?? 0} by ${header.tool} ${header.toolVersion ?? '?'}; this reader supports major version ${SCHEMA_MAJOR} only — update @gamma-ts/exporter`,
    );
  }
  if (major < 1) throw new ResultsFileError(file, `header.schemaMajor is ${major}; expected ${SCHEMA_MAJOR}`);
  const payload = envelope.payload;
  if (payload.length === 0) throw new ResultsFileError(file, 'the file is truncated (no results after the header)');
  if (crc32(payload) !== envelope.payloadCrc32) {
    throw new ResultsFileError(file, 'the file is truncated or corrupt (payload checksum mismatch)');
  }
  return { envelope, header, payload };
}

/** The header of a results file, without decoding the results. */
export function decodeResultsHeader(bytes: Uint8Array, file = '<bytes>'): ResultsHeader {
  const { header } = openEnvelope(bytes, file);
  return {
    tool: header.tool ?? '',
    toolVersion: header.toolVersion ?? '',
    schemaMajor: header.schemaMajor ?? 0,
    schemaMinor: header.schemaMinor ?? 0,
  };
}

/**
 * Decodes the bytes of a `results.pb` file. Throws `ResultsFileError` (naming `file`) for an empty,
 * truncated or corrupt file, a file that is not a gamma-ts results file, or one of a newer major
 * schema version. Fields of a newer minor version are kept and written back by `encodeResults`.
 */
export function decodeResults(bytes: Uint8Array, file = '<bytes>'): SearchResult {
  const { envelope, header, payload } = openEnvelope(bytes, file);
  let results;
  try {
    results = schema.Results.decode(readerKeepingUnknownFields(payload));
  } catch (error) {
    throw new ResultsFileError(file, `the results payload is corrupt: ${describeDecodeFailure(error)}`);
  }
  let result: SearchResult;
  try {
    result = resultsFromProto(results);
  } catch (error) {
    if (error instanceof SchemaFieldError) throw new ResultsFileError(file, error.message);
    throw error;
  }
  keepEnvelopeUnknownFields(result, envelope.$unknowns, header.$unknowns);
  return result;
}
