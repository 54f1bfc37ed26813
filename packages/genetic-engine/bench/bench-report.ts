import { writeFileAtomic } from '../src/atomic-write.js';

/** Prints a benchmark section and saves it as bench/results/<name>.md (for BENCHMARKS.md). */
export async function report(name: string, markdown: string): Promise<void> {
  process.stdout.write('\n' + markdown + '\n');
  await writeFileAtomic(new URL(`./results/${name}.md`, import.meta.url).pathname, markdown + '\n');
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function fmt(v: number, digits = 4): string {
  if (!Number.isFinite(v)) return '—';
  return Math.abs(v) >= 1e6 ? v.toExponential(digits - 1) : Number(v.toPrecision(digits)).toString();
}
