import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import type { CommandIo } from '../src/cli/command.js';

function memoryIo(cwd = process.cwd()): { io: CommandIo; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  const sink = (append: (s: string) => void): Writable =>
    new Writable({
      write(chunk: Buffer | string, _encoding, callback) {
        append(chunk.toString());
        callback();
      },
    });
  const io: CommandIo = { stdout: sink((s) => (out += s)), stderr: sink((s) => (err += s)), stdin: undefined, env: {}, cwd };
  return { io, out: () => out, err: () => err };
}

async function run(argv: string[], cwd?: string): Promise<{ code: number; out: string; err: string }> {
  const m = memoryIo(cwd);
  const code = await main(argv, m.io);
  return { code, out: m.out(), err: m.err() };
}

interface SpaceJson {
  layers: { name: string; size: string; log10: number }[];
  totalLog10: number;
}

describe('gamma space', () => {
  it('prints one layer of VGG16 with one level: 6 parallel dims × 720 orders × K·C·Y′·X′ tiles', async () => {
    const { code, out } = await run(['space', 'vgg16', '--layer', 'features.2', '--levels', '1', '--pes', '256', '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(out) as SpaceJson;
    expect(json.layers).toEqual([{ name: 'features.2', size: String(4320 * 64 * 64 * 224 * 224), log10: expect.any(Number) }]);
    expect(json.totalLog10).toBeCloseTo(Math.log10(4320 * 64 * 64 * 224 * 224), 5);
  });

  it('gives the whole model as the product of its layers', async () => {
    const { code, out } = await run(['space', 'mobilenet_v2', '--json', '--levels', '1..2']);
    expect(code).toBe(0);
    const json = JSON.parse(out) as SpaceJson;
    expect(json.layers.length).toBeGreaterThan(50);
    const sum = json.layers.reduce((s, l) => s + l.log10, 0);
    expect(json.totalLog10).toBeCloseTo(sum, 3);
    for (const layer of json.layers) expect(layer.log10).toBeCloseTo(Math.log10(Number(layer.size)), 6);
  });

  it('prints a table with shapes, and shrinks the space under a preset', async () => {
    const free = await run(['space', 'resnet18', '--layer', 'conv1']);
    expect(free.code).toBe(0);
    expect(free.out).toMatch(/^Map space of resnet18: 168 PEs, 2 levels, any tile sizes\n/);
    expect(free.out).toMatch(/conv1 +CONV K64 C3 Y'112 X'112 R7 S7 \/2 +\d+\.\d\d +\d+\n/);
    const tpu = JSON.parse((await run(['space', 'resnet18', '--layer', 'conv1', '--constraints', 'tpu', '--json'])).out) as SpaceJson;
    const all = JSON.parse((await run(['space', 'resnet18', '--layer', 'conv1', '--json'])).out) as SpaceJson;
    expect(BigInt(tpu.layers[0].size)).toBeLessThan(BigInt(all.layers[0].size));
    expect(BigInt(tpu.layers[0].size)).toBeGreaterThan(0n);
  });

  it('reads a constraints file relative to the working directory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'space-'));
    writeFileSync(join(dir, 'acc.json'), JSON.stringify({ name: 'acc', levels: 1, perLevel: [{ parallel: 'K', order: ['K', 'C', 'Y', 'X', 'R', 'S'] }] }));
    const { code, out } = await run(['space', 'vgg16', '--layer', 'features.2', '--constraints', 'acc.json', '--json'], dir);
    expect(code).toBe(0);
    expect((JSON.parse(out) as SpaceJson).layers[0].size).toBe(String(64 * 64 * 224 * 224));
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ perLevel: [{ parallel: 'Q' }] }));
    const bad = await run(['space', 'vgg16', '--constraints', 'bad.json'], dir);
    expect(bad.code).toBe(1);
    expect(bad.err).toBe(`gamma: ${join(dir, 'bad.json')}: perLevel[0].parallel: must be one of K, C, Y, X, R, S, got "Q"\n`);
  });

  it('rejects bad usage with exit code 2 and unknown layers with exit code 1', async () => {
    expect((await run(['space'])).code).toBe(2);
    const levels = await run(['space', 'vgg16', '--levels', '0..5']);
    expect(levels.code).toBe(2);
    expect(levels.err).toMatch(/--levels must be N or MIN\.\.MAX with 1 ≤ MIN ≤ MAX ≤ 4, got '0\.\.5'/);
    const model = await run(['space', 'nosuchnet']);
    expect(model.code).toBe(2);
    expect(model.err).toMatch(/unknown model 'nosuchnet'; valid models: .*vgg16/);
    const layer = await run(['space', 'vgg16', '--layer', 'nope']);
    expect(layer.code).toBe(1);
    expect(layer.err).toMatch(/model 'vgg16' has no layer 'nope'; layers: features\.0, /);
  });
});
