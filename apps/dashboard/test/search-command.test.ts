import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { SearchController, type SearchResult } from '@gamma-ts/genetic-engine';
import { main } from '../src/cli/main.js';
import { parseSearchArgs, runSearchInvocation } from '../src/commands/search.js';

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'gamma-search-cli-'));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function sink() {
  let text = '';
  const stream = new Writable({
    write(chunk, _enc, done) {
      text += chunk.toString();
      done();
    },
  });
  return { stream, text: () => text };
}

async function gamma(args: string[], cwd: string) {
  const out = sink();
  const err = sink();
  const code = await main(args, { stdout: out.stream, stderr: err.stream, stdin: undefined, env: {}, cwd });
  return { code, stdout: out.text(), stderr: err.text() };
}

/** A three-row GAMMA layer CSV: two 3×3 convolutions of one shape and a pointwise one. */
function modelCsv(dir: string): string {
  const path = join(dir, 'tiny.csv');
  writeFileSync(path, 'K,C,Y,X,R,S,T\n32,16,16,16,3,3,1\n32,16,16,16,3,3,1\n64,32,14,14,1,1,1\n');
  return path;
}

const small = ['--budget', '200', '--population', '20', '--workers', '0', '--seed', '5'];
const readResults = (dir: string) => JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8')) as SearchResult;
const comparable = (r: SearchResult) => ({ layers: r.layers, totals: r.totals, seed: r.run.seed, algorithm: r.run.algorithm });

describe('gamma search', () => {
  it('searches one layer: a line per generation, a table, and results.json in --out', async () => {
    const out = tempDir();
    const r = await gamma(['search', '--model', 'resnet18', '--layer', 'layer1.0.conv1', '--hw', 'edge', '--objective', 'latency', ...small, '--out', out], out);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.match(/^\[1\/1\] layer1\.0\.conv1 +\d+% +best latency/gm)?.length).toBeGreaterThanOrEqual(2);
    expect(r.stdout).toMatch(/^\[1\/1\] layer1\.0\.conv1 ×4 +done +best latency [\d.]+k cycles +gap \+[\d.]+% +200 samples/m);
    expect(r.stdout).toMatch(/^1 +layer1\.0\.conv1 +4 +done +[\d.]+k +\+[\d.]+% +200 /m);
    const results = readResults(out);
    expect(results.run).toMatchObject({ seed: 5, algorithm: 'gamma', objectives: ['latency'], model: 'resnet18', stopReason: 'samples' });
    expect(results.run.hardware.name).toBe('edge');
    const layer = results.layers[0];
    expect(layer).toMatchObject({ name: 'layer1.0.conv1', count: 4, samples: 200 });
    expect(layer.lowerBound).toBeGreaterThan(0);
    expect(layer.best!.metrics.runtime).toBeGreaterThanOrEqual(layer.lowerBound);
    expect(Object.keys(layer.best!.metrics)).toEqual(expect.arrayContaining(['runtime', 'energy', 'macs', 'l1Size', 'l2Size']));
    expect(layer.best!.mapping.levels.length).toBe(2);
    expect(layer.history.length).toBe(10);
    expect(results.totals.runtime).toBe(layer.best!.metrics.runtime * 4);
  });

  it('searches a whole model from a CSV file: a line per layer, totals over repeats', async () => {
    const dir = tempDir();
    const r = await gamma(['search', '--model', modelCsv(dir), '--hw', 'edge', '--objective', 'energy', ...small, '--out', 'out'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\[1\/2\] L1 ×2 +done +best energy/);
    expect(r.stdout).toMatch(/\[2\/2\] L3 ×1/);
    const results = readResults(join(dir, 'out'));
    expect(results.layers.map((l) => [l.name, l.count])).toEqual([['L1', 2], ['L3', 1]]);
    expect(results.totals.energy).toBeCloseTo(results.layers[0].best!.metrics.energy * 2 + results.layers[1].best!.metrics.energy, 6);
  });

  it('runs a multi-objective search and a baseline', async () => {
    const out = tempDir();
    const multi = await gamma(['search', '--model', 'resnet18', '--layer', 'layer3.0.conv2', '--hw', 'edge', '--objective', 'latency,energy', ...small, '--out', out], out);
    expect(multi.code).toBe(0);
    expect(multi.stdout).toMatch(/Pareto front of \d+ mappings? \(latency vs energy\)/);
    const front = readResults(out).layers[0].front;
    expect(front.length).toBeGreaterThan(1);
    for (let i = 1; i < front.length; i++) {
      expect(front[i].metrics.runtime).toBeGreaterThanOrEqual(front[i - 1].metrics.runtime);
      expect(front[i].metrics.energy).toBeLessThan(front[i - 1].metrics.energy);
    }
    const annealing = await gamma(['search', '--model', 'resnet18', '--layer', 'layer3.0.conv2', '--hw', 'edge', '--objective', 'latency', '--algorithm', 'annealing', ...small, '--out', out], out);
    expect(annealing.code).toBe(0);
    expect(readResults(out).run.algorithm).toBe('annealing');
  });

  it('honours a metric upper bound given with --max', async () => {
    const out = tempDir();
    const r = await gamma(['search', '--model', 'resnet18', '--layer', 'layer1.0.conv1', '--hw', 'edge', '--objective', 'energy', '--max', 'latency=4000000', ...small, '--out', out], out);
    expect(r.code).toBe(0);
    const results = readResults(out);
    expect(results.run.constraints).toEqual([{ metric: 'runtime', max: 4000000 }]);
    expect(results.layers[0].best!.metrics.runtime).toBeLessThanOrEqual(4000000);
    expect(results.layers[0].invalidReasons['constraint:runtime']).toBeGreaterThan(0);
  });

  it('stops cleanly when interrupted, and --resume finishes with the uninterrupted result', async () => {
    const dir = tempDir();
    const csv = modelCsv(dir);
    const args = ['--model', csv, '--hw', 'edge', '--objective', 'latency', ...small];
    await gamma(['search', ...args, '--out', 'full'], dir);
    const full = readResults(join(dir, 'full'));

    const controller = new SearchController();
    const invocation = parseSearchArgs([...args, '--out', 'cut'], { cwd: dir });
    const partial = await runSearchInvocation(invocation, {
      controller,
      checkpointEvery: 2,
      onEvent: (e) => {
        if (e.type === 'generation' && e.layerIndex === 1 && e.generation === 3) controller.stop();
      },
    });
    expect(partial.interrupted).toBe(true);
    expect(readResults(join(dir, 'cut')).run.stopReason).toBe('interrupted');
    expect(existsSync(join(dir, 'cut', 'checkpoint.json'))).toBe(true);

    const resumed = await gamma(['search', '--resume', 'cut', '--workers', '0'], dir);
    expect(resumed.code).toBe(0);
    // Both shapes are searched in one round, and both were running when it stopped.
    expect(resumed.stdout).toMatch(/resuming tiny \(0 layer shape\(s\) done\)/);
    expect(comparable(readResults(join(dir, 'cut')))).toEqual(comparable(full));
  });

  it('rejects bad usage with one clear line (exit 2) and unreadable inputs with exit 1', async () => {
    const dir = tempDir();
    const cases: [string[], number, RegExp][] = [
      [['--model', 'resnet18', '--hw', 'edge'], 2, /--objective is required/],
      [['--model', 'resnet18', '--hw', 'edge', '--objective', 'speed'], 2, /unknown objective 'speed'; allowed: latency, energy, edp/],
      [['--model', 'resnet18', '--hw', 'edge', '--objective', 'latency', '--algorithm', 'hill'], 2, /allowed: gamma, random, standard-ga, annealing/],
      [['--model', 'resnet18', '--hw', 'edge', '--objective', 'latency', '--budget', 'lots'], 2, /--budget: 'lots' is not a budget/],
      [['--model', 'resnet18', '--hw', 'edge', '--objective', 'latency', '--max', 'speed=3'], 2, /--max: expected METRIC=VALUE/],
      [['--model', 'resnet18', '--hw', 'edge', '--objective', 'latency', '--levels', '0..9'], 2, /--levels/],
      [['--model', 'nosuchnet', '--hw', 'edge', '--objective', 'latency'], 2, /unknown model 'nosuchnet'/],
      [['--model', 'resnet18', '--hw', 'missing.json', '--objective', 'latency'], 1, /missing\.json/],
      [['--model', 'resnet18', '--hw', 'eddge', '--objective', 'latency'], 2, /^gamma search: --hw must be edge, cloud or a \.json hardware file, got 'eddge'$/m],
      [['--model', 'resnet18', '--layer', 'nope', '--hw', 'edge', '--objective', 'latency', ...small, '--out', 'x'], 1, /layer: 'nope' is not a layer of model 'resnet18'/],
      [['--model', 'resnet18', '--hw', 'edge', '--objective', 'latency', '--constraints', 'simba'], 2, /^gamma search: --constraints must be nvdla, eyeriss, shidiannao, tpu or a \.json constraints file, got 'simba'$/m],
      [['--model', 'resnet18', '--hw', 'edge', '--objective', 'latency', '--constraints', 'nofile.json'], 1, /nofile\.json/],
      [['--resume', 'nowhere'], 1, /nowhere\/checkpoint\.json: no checkpoint to resume/],
      [['--resume', 'nowhere', '--seed', '3'], 2, /--resume replays the recorded settings/],
    ];
    for (const [args, code, message] of cases) {
      const r = await gamma(['search', ...args], dir);
      expect({ args, code: r.code }).toEqual({ args, code });
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split('\n').length).toBe(1);
    }
  });
});
