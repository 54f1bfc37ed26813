export { readResults } from './read-results.js';
export { writeResults } from './write-results.js';
export { encodeResults } from './encode-results.js';
export { decodeResults, decodeResultsHeader, type ResultsHeader } from './decode-results.js';
export { ResultsFileError } from './results-file-error.js';
export { SCHEMA_MAJOR, SCHEMA_MINOR, TOOL_NAME, TOOL_VERSION } from './schema-version.js';
export { unknownFieldsOf } from './unknown-fields.js';
export { writeFileAtomic } from './atomic-write.js';
