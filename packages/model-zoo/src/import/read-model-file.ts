import { readFileSync } from 'node:fs';
import { ModelImportError } from './model-import-error.js';

/** Reads a whole model file, turning file-system failures into one `ModelImportError` naming the file. */
export function readModelFile(path: string): Uint8Array {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'file not found'
      : code === 'EISDIR' ? 'is a directory, not a model file'
      : code === 'EACCES' ? 'permission denied'
      : `cannot be read (${error instanceof Error ? error.message : String(error)})`;
    throw new ModelImportError(path, reason);
  }
  if (bytes.length === 0) throw new ModelImportError(path, 'file is empty');
  return bytes;
}
