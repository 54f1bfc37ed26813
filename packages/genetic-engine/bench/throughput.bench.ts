import { beforeAll, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildWorkerDependencies } from '../test/build-workers.js';
import { fmt, median, report } from './bench-report.js';

beforeAll(() => buildWorkerDependencies());

interface Run {
  readonly workers: number;
  /** Threads that evaluated: the workers, plus the main thread when it joins them (fewer workers than cores). */
  readonly evaluators: number;
  readonly wallMs: number;
  readonly samples: number;
  readonly evaluations: number;
  readonly best: number | null;
  readonly poolWallMs: number | null;
  readonly assignedMs: number | null;
  readonly busyMs: number | null;
  readonly medianBatchOverhead: number | null;
}

interface Measurement {
  readonly repeats: number;
  readonly loadBefore: readonly number[];
  readonly loadAfter: readonly number[];
  readonly runs: readonly Run[];
  readonly resnet50: { workers: number; evaluators: number; wallMs: number; medianBatchOverhead: number | null; batches: number; shapes: number; layers: number; samples: number; runtime: number; withoutValid: number };
}

const load = (l: readonly number[]): string => l.map((x) => x.toFixed(1)).join(', ');

it('throughput with 0, 1 and 2 workers, pool overhead, and a whole ResNet-50 search', async () => {
  // The measurement runs the built engine in plain Node (see throughput-run.mjs for why not under vitest).
  const script = fileURLToPath(new URL('./throughput-run.mjs', import.meta.url));
  const measure = (env: Record<string, string> = {}): Measurement => {
    const child = spawnSync(process.execPath, [script], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024, env: { ...process.env, ...env } });
    if (child.status !== 0) throw new Error(`throughput-run.mjs failed:\n${child.stderr}`);
    return JSON.parse(child.stdout) as Measurement;
  };
  // What a user's `gamma search` meets: one search in a new process, every thread's JIT cold.
  const fresh = measure({ GAMMA_BENCH_WORKERS: '1', GAMMA_BENCH_WARMUP: '0', GAMMA_BENCH_REPEATS: '1', GAMMA_BENCH_RESNET50: '0' }).runs[0];
  const m = measure();

  const lines: string[] = [
    `### Search throughput (edge, latency, ResNet-18 layer2.0.conv2, 10 000 samples, seed 1; ${m.repeats} runs each, median [best])`,
    '',
    '| workers | wall time | samples/s | evaluations/s (cache misses) | pool overhead, whole run | pool overhead, median batch |',
    '|---|---|---|---|---|---|',
  ];
  for (const workers of [0, 1, 2]) {
    const runs = m.runs.filter((r) => r.workers === workers);
    const wall = runs.map((r) => r.wallMs / 1000);
    const samplesPerS = runs.map((r) => r.samples / (r.wallMs / 1000));
    const evaluationsPerS = runs.map((r) => r.evaluations / (r.wallMs / 1000));
    // The evaluating threads' time given to batches beyond their time inside `evaluate` (PoolStats.assignedMs).
    const overhead = runs.filter((r) => r.assignedMs !== null && r.busyMs !== null).map((r) => r.assignedMs! / r.busyMs! - 1);
    const batchOverhead = runs.flatMap((r) => (r.medianBatchOverhead === null ? [] : [r.medianBatchOverhead]));
    const cell = (values: number[], best: number, unit = ''): string => `${fmt(median(values))}${unit} [${fmt(best)}${unit}]`;
    const percent = (values: number[]): string => (values.length ? `${(median(values) * 100).toFixed(1)} % [${(Math.min(...values) * 100).toFixed(1)} %]` : '—');
    lines.push(
      `| ${workers === 0 ? '0 (main thread)' : runs[0].evaluators > workers ? `${workers} + main thread` : workers} | ${cell(wall, Math.min(...wall), ' s')} | ${cell(samplesPerS, Math.max(...samplesPerS))} | ` +
        `${cell(evaluationsPerS, Math.max(...evaluationsPerS))} | ${percent(overhead)} | ${percent(batchOverhead)} |`,
    );
  }
  lines.push(
    `| 1 + main thread, first search in a new process | ${fmt(fresh.wallMs / 1000)} s | ${fmt(fresh.samples / (fresh.wallMs / 1000))} | ${fmt(fresh.evaluations / (fresh.wallMs / 1000))} | ` +
      `${fresh.assignedMs === null || fresh.busyMs === null ? '—' : `${((fresh.assignedMs / fresh.busyMs - 1) * 100).toFixed(1)} %`} | ` +
      `${fresh.medianBatchOverhead === null ? '—' : `${(fresh.medianBatchOverhead * 100).toFixed(1)} %`} |`,
  );
  const r = m.resnet50;
  lines.push(
    '',
    'Each pool is measured after 20 000 samples of warm-up, two searches\' worth (the first rows); the last row is one search in a new process, JIT cold. ' +
      'Pool overhead: the time the evaluating threads were given to batches beyond their time inside `evaluate`, as a share of that time ' +
      '(encoding and decoding, reading outcomes, waking threads, waiting for work or for a CPU, the last claim of a batch, event-loop turns); ' +
      'a worker is given a batch from its opening, the main thread from its close, when it has finished breeding (`PoolStats.assignedMs`). ' +
      'Whole run = Σ over the 50 batches, median batch = typical generation.',
    '',
    `ResNet-50 whole model (${r.shapes} unique shapes of ${r.layers} layers, 10 000 samples each, latency, edge, the default pool: ${r.workers} worker(s)` +
      `${r.evaluators > r.workers ? ' + main thread' : ''}): **${(r.wallMs / 1000).toFixed(1)} s** wall time, ${fmt(r.samples)} samples, total ${fmt(r.runtime)} cycles, ` +
      `${r.withoutValid} shapes without a valid mapping; ${r.batches} round batches, median batch overhead ` +
      `${r.medianBatchOverhead === null ? '—' : `${(r.medianBatchOverhead * 100).toFixed(1)} %`}.`,
    '',
    `Load average (1, 5, 15 min; 2 cores shared with other jobs): ${load(m.loadBefore)} before, ${load(m.loadAfter)} after.`,
  );
  await report('throughput', lines.join('\n'));

  // Every worker count finds the same best mapping (evaluation is pure; all randomness is on the main thread).
  const bests = new Set(m.runs.map((run) => run.best));
  expect(bests.size).toBe(1);
  expect(r.wallMs / 1000).toBeLessThan(60);
});
