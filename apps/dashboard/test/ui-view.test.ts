import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeResults } from '@gamma-ts/exporter';
import { main } from '../src/cli/main.js';
import { finalResult } from './ui-script.js';

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer, _encoding: string, callback: () => void): void {
    this.text += chunk.toString();
    callback();
  }
}

async function gamma(argv: string[], env: NodeJS.ProcessEnv = {}) {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await main(argv, { stdout, stderr, stdin: undefined, env, cwd: process.cwd() });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

let dir = '';
let file = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gamma-view-'));
  file = join(dir, 'results.pb');
  await writeResults(file, finalResult);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('gamma view (not a TTY)', () => {
  it('prints the finished run: header, table, the chosen layer in every view, totals', async () => {
    const { code, stdout, stderr } = await gamma(['view', file, '--layer', 'conv2_x', '--width', '100']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('[finished]');
    expect(stdout).toMatch(/› 2\s+conv2_x\s+4\s+done\s+750k\s+\+9\.0%\s+1,000\s+60%/);
    expect(stdout).toContain('layer 2: conv2_x ×4');
    expect(stdout).toContain('best latency (cycles) 750k');
    expect(stdout).toContain('L0  168 PEs  spatial K over 21 sub-clusters of 8');
    expect(stdout).toContain('‖K 4 ×1 › C 16 ×4 › Y 8 ×7');
    expect(stdout).toMatch(/L2\s+█+\s+111%\s+120k \/ 108k/);
    expect(stdout).toMatch(/l2-over-capacity\s+█+\s+300 \(75%\)/);
    expect(stdout).toContain('model total: runtime 3.9M cycles');
    expect(stdout).not.toMatch(/\u001B\[3\d/);
  });

  it('selects a layer by row number', async () => {
    const { code, stdout } = await gamma(['view', file, '--layer', '3']);
    expect(code).toBe(0);
    expect(stdout).toContain('layer 3: fc ×1');
  });

  it('names the allowed layers for a bad --layer', async () => {
    const { code, stderr } = await gamma(['view', file, '--layer', 'conv9']);
    expect(code).toBe(2);
    expect(stderr).toBe(`gamma view: --layer 'conv9' is not a layer of ${file}; allowed: 1..3 or conv1, conv2_x, fc\n`);
  });

  it('reports a missing file in one line with exit 1', async () => {
    const missing = join(dir, 'nope.pb');
    const { code, stderr } = await gamma(['view', missing]);
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain(missing);
  });

  it('needs exactly one file', async () => {
    const { code, stderr } = await gamma(['view']);
    expect(code).toBe(2);
    expect(stderr).toContain('expected one results file, got 0');
  });
});
