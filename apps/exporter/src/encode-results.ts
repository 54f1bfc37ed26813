import type { SearchResult } from '@gamma-ts/genetic-engine';
import { schema } from './results-schema.js';
import { resultsToProto } from './results-to-proto.js';
import { crc32 } from './crc32.js';
import { SCHEMA_MAJOR, SCHEMA_MINOR, TOOL_NAME, TOOL_VERSION } from './schema-version.js';
import { envelopeUnknownFieldsOf } from './unknown-fields.js';

/**
 * The bytes of a `results.pb` file for `result` (schema gamma.results.v1). Fields of a newer minor
 * version that were kept when `result` was decoded are written back unchanged.
 */
export function encodeResults(result: SearchResult): Uint8Array {
  const payload = schema.Results.encode(resultsToProto(result)).finish();
  const envelopeUnknowns = envelopeUnknownFieldsOf(result);
  return schema.ResultsFile.encode({
    header: {
      tool: TOOL_NAME,
      toolVersion: TOOL_VERSION,
      schemaMajor: SCHEMA_MAJOR,
      schemaMinor: SCHEMA_MINOR,
      ...(envelopeUnknowns.header ? { $unknowns: envelopeUnknowns.header } : {}),
    },
    payload,
    payloadCrc32: crc32(payload),
    ...(envelopeUnknowns.file ? { $unknowns: envelopeUnknowns.file } : {}),
  }).finish();
}
