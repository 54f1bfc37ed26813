import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';

const GOLDEN =
  process.env.GAMMA_GOLDEN_CASES ?? fileURLToPath(new URL('../../../../shared/golden/maestro-cases.jsonl', import.meta.url));

class Sink extends Writable {
  text = '';
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

const dir = mkdtempSync(join(tmpdir(), 'gamma-evaluate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function gamma(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const stdout = new Sink();
  const stderr = new Sink();
  const code = await main(['evaluate', ...argv], { stdout, stderr, stdin: undefined, env: {}, cwd: dir });
  return { code, out: stdout.text, err: stderr.text };
}

interface Case {
  id: string;
  layer: Record<string, unknown>;
  hw: Record<string, unknown>;
  genome: unknown;
  maestro: string;
  expected: { runtime: number; macs: number; counts: Record<string, number> };
}

const golden: Case[] = readFileSync(GOLDEN, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Case);
// A subset with valid cases, one beating the busy-PE bound (dev-0092) and one below compulsory weight reads (dev-0163).
const subset = [...golden.slice(0, 12), golden.find((c) => c.id === 'dev-0092')!, golden.find((c) => c.id === 'dev-0163')!];
const subsetFile = join(dir, 'subset.jsonl');
writeFileSync(subsetFile, subset.map((c) => JSON.stringify(c)).join('\n') + '\n');

// A valid 2-level mapping of ResNet-18 layer1.0.conv1 on the edge preset.
const mappingFile = join(dir, 'mapping.json');
writeFileSync(
  mappingFile,
  JSON.stringify([
    { parallel: 'X', clusterSize: null, loops: [['K', 32], ['C', 16], ['Y', 14], ['X', 4], ['R', 3], ['S', 3]] },
    { parallel: 'K', clusterSize: 16, loops: [['K', 1], ['C', 1], ['Y', 1], ['X', 1], ['R', 3], ['S', 3]] },
  ]),
);

describe('gamma evaluate --cases', () => {
  it('matches every expected field and says which cases are invalid', async () => {
    const { code, out } = await gamma('--cases', 'subset.jsonl');
    expect(code).toBe(0);
    expect(out).toContain(`dev-0001  valid    runtime ${golden[0].expected.runtime}`);
    expect(out).toMatch(/dev-0092  INVALID \(runtime-below-bound\)/);
    expect(out).toMatch(/dev-0163  INVALID \([^)]*weight-below-compulsory/);
    expect(out).toContain(`runtime                      14 / 14`);
    expect(out).toContain(`maestroEnergyNj              14 / 14`);
    expect(out).not.toContain('✗');
  });

  it('--json: one line per case with MAESTRO’s numbers, then a summary line', async () => {
    const { code, out } = await gamma('--cases', subsetFile, '--json');
    expect(code).toBe(0);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(subset.length + 1);
    for (const [i, c] of subset.entries()) {
      expect(lines[i]).toMatchObject({ id: c.id, runtime: c.expected.runtime, macs: c.expected.macs, counts: c.expected.counts, mismatches: [] });
      expect(Object.keys(lines[i])).toEqual(
        expect.arrayContaining(['valid', 'reasons', 'l1Size', 'l2Size', 'perTensor', 'peakNocBandwidth', 'offchipBandwidthReq', 'maestroEnergyNj']),
      );
    }
    expect(lines[12]).toMatchObject({ id: 'dev-0092', valid: false, reasons: [{ code: 'runtime-below-bound' }] });
    const summary = lines[subset.length].summary as Record<string, unknown>;
    expect(summary).toMatchObject({ cases: 14, withExpected: 14, allMatch: true, fields: { runtime: { matched: 14, compared: 14 } } });
  });

  it('exits 1 and names the field when a number differs', async () => {
    const off = { ...subset[0], expected: { ...subset[0].expected, runtime: subset[0].expected.runtime + 1 } };
    writeFileSync(join(dir, 'off.jsonl'), [off, subset[1]].map((c) => JSON.stringify(c)).join('\n'));
    const { code, out } = await gamma('--cases', 'off.jsonl');
    expect(code).toBe(1);
    expect(out).toContain(`✗ mismatch: runtime ${subset[0].expected.runtime} ≠ ${subset[0].expected.runtime + 1}`);
    expect(out).toMatch(/runtime\s+1 \/ 2\s+✗/);
  });

  it('cases without expected numbers only evaluate', async () => {
    const bare = subset.slice(0, 2).map(({ expected: _e, ...c }) => c);
    writeFileSync(join(dir, 'bare.jsonl'), bare.map((c) => JSON.stringify(c)).join('\n'));
    const { code, out } = await gamma('--cases', 'bare.jsonl');
    expect(code).toBe(0);
    expect(out).toContain('2 cases: 2 valid, 0 invalid');
    expect(out).not.toContain('match with expected');
  });

  it('names the file and line of a broken case', async () => {
    writeFileSync(join(dir, 'broken.jsonl'), JSON.stringify(subset[0]) + '\n{"id": "x",\n');
    const broken = await gamma('--cases', 'broken.jsonl');
    expect(broken.code).toBe(1);
    expect(broken.err).toContain(`${join(dir, 'broken.jsonl')}:2: not valid JSON`);
    writeFileSync(join(dir, 'badhw.jsonl'), JSON.stringify({ ...subset[0], hw: { ...subset[0].hw, nocBandwidth: 0 } }));
    const badHw = await gamma('--cases', 'badhw.jsonl');
    expect(badHw.code).toBe(1);
    expect(badHw.err).toContain(`badhw.jsonl:1 (dev-0001): hw: field 'nocBandwidth' must be an integer in [1, 2147483647], got 0`);
  });
});

describe('gamma evaluate one mapping', () => {
  it('a model layer on the edge preset: breakdown and exit 0', async () => {
    const { code, out, err } = await gamma('--layer', 'resnet18:layer1.0.conv1', '--mapping', 'mapping.json', '--hw', 'edge');
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toContain('layer     layer1.0.conv1: CONV K 64 C 64 Y 58 X 58 R 3 S 3 stride 1×1');
    expect(out).toContain('hardware  edge: 168 PEs');
    expect(out).toContain('verdict   VALID');
    expect(out).toContain(`MACs         ${(64 * 64 * 9 * 56 * 56).toLocaleString('en-US')}`);
    expect(out).toMatch(/⌈MACs \/ 160 busy PEs⌉/);
    for (const label of ['energy', 'L1  input', 'L2  input', 'DRAM', 'power', 'area', 'L1 size', 'L2 size', 'L2 output']) expect(out).toContain(label);
  });

  it('--json gives the evaluation with metrics and energy breakdown', async () => {
    const { code, out } = await gamma('--layer', 'resnet18:layer1.0.conv1', '--mapping', mappingFile, '--json');
    expect(code).toBe(0);
    const result = JSON.parse(out) as Record<string, any>;
    expect(result.valid).toBe(true);
    expect(result.reasons).toEqual([]);
    expect(result.hardware.name).toBe('edge');
    expect(result.metrics.macs).toBe(64 * 64 * 9 * 56 * 56);
    expect(result.energy.totalNj).toBe(result.metrics.energy);
    expect(result.busyPEs).toBe(160);
    expect(result.mapping[1]).toEqual({ parallel: 'K', clusterSize: 16, loops: [['K', 1], ['C', 1], ['Y', 1], ['X', 1], ['R', 3], ['S', 3]] });
  });

  it('an invalid mapping prints its reasons and exits 1', async () => {
    const c = golden.find((x) => x.id === 'dev-0092')!;
    writeFileSync(join(dir, 'g92.json'), JSON.stringify({ levels: c.genome }));
    writeFileSync(join(dir, 'hw92.json'), JSON.stringify({ extends: 'edge', ...c.hw, l1CapacityElements: 2 ** 31 - 1, l2CapacityElements: 2 ** 31 - 1 }));
    const { code, out } = await gamma('--layer', JSON.stringify(c.layer), '--mapping', 'g92.json', '--hw', 'hw92.json');
    expect(code).toBe(1);
    expect(out).toContain('verdict   INVALID (1 reason)');
    expect(out).toMatch(/✗ runtime-below-bound: runtime \d+ cycles is below ⌈\d+ MACs \/ \d+ busy PEs⌉/);
    expect(out).toContain(`runtime      ${c.expected.runtime.toLocaleString('en-US')} cycles`);
  });

  it('a MAESTRO .m file needs no --layer and gives the numbers of its genome', async () => {
    const c = golden[0];
    writeFileSync(join(dir, 'case.m'), c.maestro);
    writeFileSync(join(dir, 'case.json'), JSON.stringify(c.genome));
    writeFileSync(join(dir, 'case-layer.json'), JSON.stringify(c.layer));
    writeFileSync(join(dir, 'case-hw.json'), JSON.stringify({ extends: 'edge', ...c.hw }));
    const fromText = JSON.parse((await gamma('--mapping', 'case.m', '--hw', 'case-hw.json', '--json')).out) as Record<string, any>;
    const fromGenome = JSON.parse((await gamma('--layer', 'case-layer.json', '--mapping', 'case.json', '--hw', 'case-hw.json', '--json')).out) as Record<string, any>;
    expect(fromText.maestro).toEqual(fromGenome.maestro);
    expect(fromText.maestro.runtime).toBe(c.expected.runtime);
    const clash = await gamma('--layer', 'resnet18:layer1.0.conv1', '--mapping', 'case.m');
    expect(clash.code).toBe(1);
    expect(clash.err).toContain('is not --layer resnet18:layer1.0.conv1');
  });

  it('the cloud preset and a structurally impossible mapping', async () => {
    writeFileSync(
      join(dir, 'too-big.json'),
      JSON.stringify([{ parallel: 'K', clusterSize: null, loops: [['K', 64], ['C', 64], ['Y', 57], ['X', 56], ['R', 3], ['S', 3]] }]),
    );
    const { code, out } = await gamma('--layer', 'resnet18:layer1.0.conv1', '--mapping', 'too-big.json', '--hw', 'cloud');
    expect(code).toBe(1);
    expect(out).toContain('hardware  cloud: 65,536 PEs');
    expect(out).toContain("✗ structural: level 0: tile of Y' (output rows) must be an integer in [1, 56], got 57");
    expect(out).not.toContain('runtime');
  });
});

describe('gamma evaluate errors', () => {
  it.each<[string[], number, string]>([
    [['--layer', 'resnet18:conv1'], 2, '--mapping'],
    [['--mapping', 'mapping.json'], 2, '--layer is required'],
    [['--cases', 'subset.jsonl', '--hw', 'edge'], 2, '--cases takes no --hw'],
    [['--layer', 'resnet18:conv1', '--mapping', 'mapping.json', '--hw', 'phone'], 2, '--hw must be edge, cloud or a .json hardware file'],
    [['--layer', 'resnet18', '--mapping', 'mapping.json'], 2, '--layer must be <model>:<layer name>'],
    [['--layer', 'resnet99:conv1', '--mapping', 'mapping.json'], 1, "unknown model 'resnet99'; valid models: resnet18"],
    [['--layer', 'resnet18:conv9', '--mapping', 'mapping.json'], 1, "model 'resnet18' has no layer 'conv9'; layers: conv1, layer1.0.conv1"],
    [['--layer', 'resnet18:conv1', '--mapping', 'nothing.json'], 1, 'nothing.json: no such mapping file'],
    [['--layer', '{"op":"CONV","K":0}', '--mapping', 'mapping.json'], 1, '--layer: K: must be a positive integer, got 0'],
    [['--cases', 'missing.jsonl'], 1, 'missing.jsonl: no such cases file'],
  ])('%j → exit %i', async (argv, exit, message) => {
    const { code, err } = await gamma(...argv);
    expect(code).toBe(exit);
    expect(err).toContain(message);
  });

  it('a hardware file with a bad field names file, field and range', async () => {
    writeFileSync(join(dir, 'bad-hw.json'), JSON.stringify({ extends: 'edge', nocHopLatency: -1 }));
    const { code, err } = await gamma('--layer', 'resnet18:conv1', '--mapping', 'mapping.json', '--hw', 'bad-hw.json');
    expect(code).toBe(1);
    expect(err).toContain(`${join(dir, 'bad-hw.json')}: field 'nocHopLatency' must be an integer in [0, 1024], got -1`);
  });
});
