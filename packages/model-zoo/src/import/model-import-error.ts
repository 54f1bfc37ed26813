/** Where in a text file the problem is, 1-based. */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

/**
 * A model file that cannot be imported. The message names the file, the position for text formats, and what was
 * wrong, so the CLI can print it as one line.
 */
export class ModelImportError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
    readonly position?: TextPosition,
  ) {
    super(`${file}: ${position ? `line ${position.line}, column ${position.column}: ` : ''}${reason}`);
    this.name = 'ModelImportError';
  }
}
