/** A results file that cannot be read: corrupt, truncated, of a newer major version, or not a results file. */
export class ResultsFileError extends Error {
  override name = 'ResultsFileError';
  constructor(
    /** The file (or "<bytes>" when decoding from memory). */
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}
