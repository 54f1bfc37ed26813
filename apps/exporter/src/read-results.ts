import { readFile } from 'node:fs/promises';
import type { SearchResult } from '@gamma-ts/genetic-engine';
import { decodeResults } from './decode-results.js';
import { ResultsFileError } from './results-file-error.js';

/** The bytes of a `results.pb` file; throws `ResultsFileError` naming the file when it cannot be read. */
export async function readResultsBytes(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ResultsFileError(path, code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? String(error)})`);
  }
}

/** Reads and decodes a `results.pb` file; throws `ResultsFileError` naming the file on any problem. */
export async function readResults(path: string): Promise<SearchResult> {
  return decodeResults(await readResultsBytes(path), path);
}
