import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeResults, gammaExportMain, NonDivisorTileError, timeloopFactors, writeResults } from '../src/index.js';
import { goldenRecords, sampleResult } from './fixtures.js';
import { captureStream } from './stream-capture.js';

async function cli(argv: string[]) {
  const stdout = captureStream();
  const stderr = captureStream();
  const code = await gammaExportMain(argv, { stdout, stderr });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

async function resultsFile(): Promise<{ dir: string; file: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'gamma-export-cli-'));
  const file = join(dir, 'results.pb');
  await writeResults(file, sampleResult());
  return { dir, file };
}

describe('gamma-export CLI', () => {
  it('--help prints usage and exits 0', async () => {
    const { code, stdout } = await cli(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('gamma-export <results.pb> --to <format> --out <dir>');
    expect(stdout).toContain('maestro');
  });

  it.each(['maestro', 'timeloop', 'json', 'csv', 'svg'])('--to %s writes files into --out', async (format) => {
    const { dir, file } = await resultsFile();
    const out = join(dir, `out-${format}`);
    const result = await cli([file, '--to', format, '--out', out]);
    if (format === 'timeloop') {
      // The sample's golden mappings have non-divisor tiles: the export must refuse them cleanly.
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^gamma-export: layer '.*--factors-only.*\n$/);
      expect(existsSync(out)).toBe(false);
      return;
    }
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`wrote \\d+ files? \\(${format}\\) to `));
    expect(readdirSync(out).length).toBeGreaterThan(0);
  });

  it('--to timeloop writes the layers Timeloop can express, lists the others and exits 1', async () => {
    const divides = (r: ReturnType<typeof goldenRecords>[number]) => {
      try {
        timeloopFactors(r.case.problem, r.case.mapping, r.case.hardware.numPEs);
        return true;
      } catch (error) {
        if (error instanceof NonDivisorTileError) return false;
        throw error;
      }
    };
    const good = goldenRecords().find(divides)!;
    const bad = goldenRecords().find((r) => !divides(r))!;
    const dir = mkdtempSync(join(tmpdir(), 'gamma-export-cli-'));
    const file = join(dir, 'results.pb');
    await writeResults(file, sampleResult([good.id, bad.id]));
    const out = join(dir, 'tl');
    const result = await cli([file, '--to', 'timeloop', '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('gamma-export: 1 layer not exported (timeloop cannot express the mapping):');
    expect(result.stderr).toContain(`  ${bad.case.problem.name}: `);
    expect(result.stderr).toContain('--factors-only');
    const folders = readdirSync(out).filter((f) => statSync(join(out, f)).isDirectory());
    expect(folders).toHaveLength(1);
    expect(folders[0]).toContain(good.case.problem.name);
    expect(readdirSync(join(out, folders[0])).sort()).toEqual(['ERT.yaml', 'arch.yaml', 'map.yaml', 'problem.yaml']);
    expect(readFileSync(join(out, 'README.md'), 'utf8')).toContain(`- ${bad.case.problem.name}: `);
  });

  it('json export is what readResults gives, with the per-layer gap', async () => {
    const { dir, file } = await resultsFile();
    await cli([file, '--to', 'json', '--out', dir]);
    const json = JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8'));
    const result = sampleResult();
    expect(json.run).toEqual(JSON.parse(JSON.stringify(result.run)));
    expect(json.layers[0].best.metrics.runtime).toBe(result.layers[0].best!.metrics.runtime);
    expect(json.layers[0].gap).toBeCloseTo(result.layers[0].best!.metrics.runtime / result.layers[0].lowerBound, 12);
  });

  it('maestro export leaves an executable run-maestro.sh', async () => {
    const { dir, file } = await resultsFile();
    await cli([file, '--to', 'maestro', '--out', dir]);
    expect(statSync(join(dir, 'run-maestro.sh')).mode & 0o111).not.toBe(0);
  });

  it('inspect prints the run, a per-layer table and totals', async () => {
    const { file } = await resultsFile();
    const { code, stdout } = await cli(['inspect', file]);
    expect(code).toBe(0);
    const result = sampleResult();
    expect(stdout).toContain('file      gamma-ts 0.1.0, results schema 1.0');
    expect(stdout).toContain(`search    gamma, seed 12345, objective latency`);
    expect(stdout).toMatch(/^layer\s+count\s+runtime\s+bound\s+gap/m);
    expect(stdout).toContain(result.layers[0].best!.metrics.runtime.toLocaleString('en-US'));
    expect(stdout).toContain('1 layer(s) without a valid mapping');
  });

  it.each([
    [[], /missing the results file/],
    [['r.pb'], /missing --to/],
    [['r.pb', '--to', 'pdf', '--out', 'x'], /--to: unknown format 'pdf'; formats: maestro, timeloop, json, csv, svg/],
    [['r.pb', '--to', 'json'], /missing --out/],
    [['r.pb', '--bogus'], /Unknown option '--bogus'/],
    [['inspect'], /inspect takes one results file/],
  ])('bad usage %j exits 2 with one line', async (argv, message) => {
    const { code, stderr } = await cli(argv as string[]);
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toMatch(message);
    expect(stderr.split('\n')[0]).toMatch(/^gamma-export: /);
  });

  it('a corrupt, truncated or missing file exits 1 with a one-line error naming it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gamma-export-cli-'));
    const truncated = join(dir, 'cut.pb');
    const bytes = encodeResults(sampleResult());
    writeFileSync(truncated, bytes.subarray(0, bytes.length - 100));
    for (const [file, reason] of [
      [truncated, /truncated|corrupt/],
      [join(dir, 'missing.pb'), /no such file/],
    ] as const) {
      const { code, stderr } = await cli(['inspect', file]);
      expect(code).toBe(1);
      expect(stderr).toMatch(new RegExp(`^gamma-export: ${file.replaceAll('.', '\\.')}: `));
      expect(stderr).toMatch(reason);
      expect(stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});
