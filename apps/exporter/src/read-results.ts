import { readFile } from 'node:fs/promises';
import type { SearchResult } from '@gamma-ts/genetic-engine';
import { decodeResults } from './decode-results.js';
import { ResultsFileError } from './results-file-error.js';

/** Reads and decodes a `results.pb` file; throws `ResultsFileError` naming the file on any problem. */
export async function readResults(path: string): Promise<SearchResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ResultsFileError(path, code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? String(error)})`);
  }
  return decodeResults(bytes, path);
}
