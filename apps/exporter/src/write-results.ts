import type { SearchResult } from '@gamma-ts/genetic-engine';
import { encodeResults } from './encode-results.js';
import { writeFileAtomic } from '@gamma-ts/genetic-engine';

/** Writes `result` as a `results.pb` file at `path`, atomically (temp file + rename). */
export async function writeResults(path: string, result: SearchResult): Promise<void> {
  await writeFileAtomic(path, encodeResults(result));
}
