/**
 * Input that does not describe what it claims to (a genome, a golden layer, a constraints file, space options).
 * The message names where it came from, the offending field and what is allowed.
 */
export class InputFormatError extends Error {
  constructor(
    readonly source: string,
    readonly field: string,
    readonly detail: string,
  ) {
    super(`${source}: ${field}: ${detail}`);
    this.name = 'InputFormatError';
  }
}

/** Shortens a value for an error message. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  if (text === undefined) return String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
