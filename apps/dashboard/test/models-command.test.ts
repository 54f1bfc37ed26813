import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';

const RESNET18_ONNX = fileURLToPath(new URL('../../../../shared/models/resnet18.onnx', import.meta.url));

class Sink extends Writable {
  text = '';
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

const dir = mkdtempSync(join(tmpdir(), 'gamma-models-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function gamma(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const stdout = new Sink();
  const stderr = new Sink();
  const code = await main(['models', ...argv], { stdout, stderr, stdin: undefined, env: {}, cwd: dir });
  return { code, out: stdout.text, err: stderr.text };
}

interface LayerJson {
  name: string;
  op: string;
  macs: number;
  count?: number;
  names?: string[];
  [field: string]: unknown;
}
interface ModelJson {
  name: string;
  layers: LayerJson[];
  totalMacs: number;
  format?: string;
  skipped?: { op: string; count: number }[];
  nonCompute?: { op: string; count: number }[];
  notes?: string[];
}

describe('gamma models list', () => {
  it('prints every built-in model with aliases, layer count and MACs', async () => {
    const { code, out, err } = await gamma('list');
    expect(code).toBe(0);
    expect(err).toBe('');
    for (const name of ['resnet18', 'resnet50', 'mobilenet_v2', 'vgg16', 'alexnet', 'mnasnet1_0', 'squeezenet1_1', 'bert_base']) {
      expect(out).toMatch(new RegExp(`^${name} `, 'm'));
    }
    expect(out).toMatch(/^resnet18\s+resnet-18\s+21\s+1\.81 GMACs/m);
  });

  it('--json gives names, layer counts and total MACs', async () => {
    const { code, out } = await gamma('list', '--json');
    expect(code).toBe(0);
    const list = JSON.parse(out) as { name: string; layers: number; totalMacs: number; aliases: string[] }[];
    expect(list.find((m) => m.name === 'vgg16')).toMatchObject({ layers: 16, totalMacs: 15_470_264_320 });
    expect(list.find((m) => m.name === 'mobilenet_v2')?.aliases).toContain('mobilenetv2');
  });
});

describe('gamma models show', () => {
  it('prints an aligned table and a total line', async () => {
    const { code, out } = await gamma('show', 'resnet18');
    expect(code).toBe(0);
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toBe('resnet18 — ResNet-18 (torchvision), 224×224 input');
    expect(lines[1]).toMatch(/^name\s+op\s+shape\s+MACs$/);
    expect(out).toMatch(/^conv1\s+conv\s+N1 C3→K64 224×224→112×112 k7×7 s2 p3\s+118,013,952$/m);
    expect(out).toMatch(/^layer2\.0\.downsample\.0\s+conv\s+N1 C64→K128 56×56→28×28 k1×1 s2\s+6,422,528$/m);
    expect(out).toMatch(/^fc\s+gemm\s+M1 N1000 K512\s+512,000$/m);
    expect(lines.at(-1)).toBe('total: 21 layers, 1,814,073,344 MACs (1.81 GMACs)');
    // Aligned: every table row has its MACs column ending at the same position.
    const rows = lines.slice(1, -1);
    expect(new Set(rows.map((r) => r.length)).size).toBe(1);
  });

  it('--json: name, layers with op, shape fields and macs, totalMacs', async () => {
    const { code, out } = await gamma('show', 'ResNet18', '--json');
    expect(code).toBe(0);
    const model = JSON.parse(out) as ModelJson;
    expect(model.name).toBe('resnet18');
    expect(model.totalMacs).toBe(1_814_073_344);
    expect(model.layers).toHaveLength(21);
    expect(Object.keys(model.layers[0]).slice(0, 2)).toEqual(['name', 'op']);
    expect(model.layers[0]).toMatchObject({ name: 'conv1', op: 'conv', outChannels: 64, inChannels: 3, kernelHeight: 7, strideY: 2, padY: 3, outputHeight: 112, macs: 118_013_952 });
    expect(model.layers.at(-1)).toEqual({ name: 'fc', op: 'gemm', M: 1, N: 1000, K: 512, macs: 512_000 });
    expect(model.layers.reduce((s, l) => s + l.macs, 0)).toBe(model.totalMacs);
  });

  it('--unique --json: entries with count and names; totals unchanged', async () => {
    const { code, out } = await gamma('show', 'resnet18', '--unique', '--json');
    expect(code).toBe(0);
    const model = JSON.parse(out) as ModelJson;
    expect(model.layers).toHaveLength(12);
    expect(model.layers[1]).toMatchObject({ name: 'layer1.0.conv1', count: 4, names: ['layer1.0.conv1', 'layer1.0.conv2', 'layer1.1.conv1', 'layer1.1.conv2'] });
    expect(model.layers.reduce((s, l) => s + (l.count ?? 0), 0)).toBe(21);
    expect(model.layers.reduce((s, l) => s + l.macs * (l.count ?? 0), 0)).toBe(model.totalMacs);
  });

  it('--unique plain output shows counts and the number of unique shapes', async () => {
    const { code, out } = await gamma('show', 'bert_base', '--unique');
    expect(code).toBe(0);
    expect(out).toMatch(/^attention\.self\.query \(\+3\)\s+gemm\s+M128 N768 K768\s+×4\s+75,497,472\s+301,989,888$/m);
    expect(out).toMatch(/; 5 unique shapes$/m);
  });

  it('--seq and --batch change the model', async () => {
    const seq = JSON.parse((await gamma('show', 'bert', '--seq', '256', '--json')).out) as ModelJson;
    expect(seq.layers.find((l) => l.name === 'attention.self.scores')).toMatchObject({ op: 'matmul', batch: 12, M: 256, N: 256, K: 64 });
    const batch = JSON.parse((await gamma('show', 'resnet18', '--batch', '2', '--json')).out) as ModelJson;
    expect(batch.totalMacs).toBe(2 * 1_814_073_344);
  });

  it('bad usage exits 2 with one line on stderr', async () => {
    const unknown = await gamma('show', 'resnet101');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toBe(
      "gamma models show: unknown model 'resnet101'; valid models: resnet18, resnet50, mobilenet_v2, vgg16, alexnet, mnasnet1_0, squeezenet1_1, bert_base\n",
    );
    expect(unknown.out).toBe('');
    expect((await gamma('show')).code).toBe(2);
    expect((await gamma('show', 'resnet18', '--seq', '64')).err).toMatch(/takes no sequenceLength option/);
    expect((await gamma('show', 'bert', '--seq', 'x')).err).toMatch(/--seq must be a positive integer, got 'x'/);
    expect((await gamma('show', 'resnet18', '--bogus')).code).toBe(2);
    const none = await gamma();
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/missing subcommand; expected list, show or import/);
    expect((await gamma('frobnicate')).err).toMatch(/unknown subcommand 'frobnicate'/);
  });

  it('--help prints the usage and exits 0', async () => {
    const { code, out } = await gamma('--help');
    expect(code).toBe(0);
    expect(out).toMatch(/gamma models show <name> \[--unique\] \[--json\]/);
  });
});

describe('gamma models import', () => {
  it('ONNX ResNet-18 gives the built-in layers and MACs', async () => {
    const { code, out } = await gamma('import', RESNET18_ONNX, '--json');
    expect(code).toBe(0);
    const imported = JSON.parse(out) as ModelJson;
    const builtIn = JSON.parse((await gamma('show', 'resnet18', '--json')).out) as ModelJson;
    expect(imported.layers).toEqual(builtIn.layers);
    expect(imported.totalMacs).toBe(1_814_073_344);
    expect(imported.format).toBe('onnx');
    expect(imported.skipped).toEqual([]);
    expect(imported.nonCompute).toContainEqual({ op: 'Relu', count: 17 });
  });

  it('plain output lists the layers, the total and the operators that are not layers', async () => {
    const { code, out } = await gamma('import', RESNET18_ONNX);
    expect(code).toBe(0);
    expect(out).toMatch(/^total: 21 layers, 1,814,073,344 MACs/m);
    expect(out).toMatch(/^not compute layers: Relu×17, MaxPool×1, Add×8, GlobalAveragePool×1, Flatten×1$/m);
  });

  it('a GAMMA CSV relative to the working directory, with --unique', async () => {
    writeFileSync(join(dir, 'net.csv'), 'K,C,Y,X,R,S,T\n64,32,56,56,3,3,1\n64,32,56,56,3,3,1\n1,32,112,112,3,3,2\n');
    const { code, out } = await gamma('import', 'net.csv', '--unique', '--json');
    expect(code).toBe(0);
    const model = JSON.parse(out) as ModelJson;
    expect(model.name).toBe('net');
    expect(model.format).toBe('gamma-csv');
    expect(model.layers.map((l) => [l.name, l.count, l.names])).toEqual([
      ['L1', 2, ['L1', 'L2']],
      ['L3', 1, ['L3']],
    ]);
    expect(model.layers[1]).toMatchObject({ op: 'conv', groups: 32, outputHeight: 110 });
  });

  it('broken files exit 1 with one line naming the file (and line, column for CSV)', async () => {
    const missing = await gamma('import', 'absent.onnx');
    expect(missing).toMatchObject({ code: 1, out: '' });
    expect(missing.err).toBe(`gamma: ${join(dir, 'absent.onnx')}: file not found\n`);
    writeFileSync(join(dir, 'bad.csv'), 'K,C,Y,X,R,S,T\n64,32,56\n');
    const bad = await gamma('import', 'bad.csv');
    expect(bad.code).toBe(1);
    expect(bad.err).toBe(`gamma: ${join(dir, 'bad.csv')}: line 2, column 9: row has 3 of 7 fields (K,C,Y,X,R,S,T); the line is incomplete\n`);
    writeFileSync(join(dir, 'text.onnx'), 'K,C,Y,X,R,S,T\n');
    expect((await gamma('import', 'text.onnx')).err).toMatch(/text\.onnx: not an ONNX model: the file is text/);
    const ext = await gamma('import', 'model.pb');
    expect(ext.code).toBe(1);
    expect(ext.err).toMatch(/model\.pb: unsupported file extension '\.pb'; expected \.onnx \(ONNX\) or \.csv/);
    expect(ext.err.split('\n')).toHaveLength(2);
  });

  it('--dim must be name=positive integer', async () => {
    const { code, err } = await gamma('import', RESNET18_ONNX, '--dim', 'batch');
    expect(code).toBe(2);
    expect(err).toMatch(/--dim must be <name>=<positive integer>, got 'batch'/);
  });
});
