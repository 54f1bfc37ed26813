/** Written in every results file so that a reader can tell it from any other protobuf. */
export const TOOL_NAME = 'gamma-ts';
/** Version of @gamma-ts/exporter (kept equal to package.json by a test). */
export const TOOL_VERSION = '0.1.0';
/** A reader rejects files with a newer major version: their fields may mean something else. */
export const SCHEMA_MAJOR = 1;
/** Newer minor versions only add fields; a reader keeps the ones it does not know. */
export const SCHEMA_MINOR = 0;
