/** Bad command-line usage: exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A run that could not complete (bad input file, invalid mapping, …): exit code 1. */
export class RunError extends Error {
  override name = 'RunError';
}
