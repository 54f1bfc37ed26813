import { readFileSync } from 'node:fs';

/** One line of the shared golden file, as far as this package reads it. */
export interface GoldenCase {
  readonly id: string;
  readonly layer: unknown;
  readonly hw: { readonly numPEs: number };
  readonly genome: unknown;
  readonly maestro: string;
}

const GOLDEN_PATH = new URL('../../../../shared/golden/maestro-cases.jsonl', import.meta.url);

export function loadGoldenCases(): GoldenCase[] {
  return readFileSync(GOLDEN_PATH, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as GoldenCase);
}
