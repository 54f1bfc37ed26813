import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type Tinypool from 'tinypool';
import { evaluate, hardwarePreset, type Evaluation, type Hardware } from '@gamma-ts/cost-model';
import { createRng, sampleMapping, type Dim, type Mapping } from '@gamma-ts/search-space';
import { createMappingScratch, decodeMapping, decodeMappingInto, encodedBatchLength, encodeMappingRange, encodeMappings, encodeMappingsInto, mappingCount, startMappingBatch } from '../src/mapping-batch.js';
import { createOutcomeBatch, readOutcome, writeOutcome } from '../src/outcome-batch.js';
import { CLAIM_NOT_READY, claimPositions, createBatchControl, finishedCount, finishMappings, markBatchEncoded, markBatchReady, publishBatch, readyAhead } from '../src/batch-control.js';
import { toOutcome } from '../src/evaluation-outcome.js';
import { InlineEvaluator } from '../src/evaluator.js';
import { WorkerPoolEvaluator, workerExecArgv } from '../src/worker-pool-evaluator.js';
import { search } from '../src/model-search.js';
import { conv3x3, level, twoLevel } from './fixtures.js';
import { tinyModel, tinyRequest } from './search-fixtures.js';
import { buildWorkerDependencies } from './build-workers.js';

const hw = hardwarePreset('edge');
const rng = createRng(7);
const drawn = Array.from({ length: 200 }, () => sampleMapping(conv3x3, { numPEs: hw.numPEs, levels: { min: 1, max: 3 } }, rng));
// Mostly invalid (as random samples are), plus the few valid ones.
const sampled = [...drawn.slice(0, 30), ...drawn.slice(30).filter((m) => evaluate(conv3x3, m, hw).valid)];
/** Mappings the cost model rejects in different ways, each of which the encoding must keep exactly. */
const malformed: Mapping[] = [
  { levels: [] },
  { levels: [level('K', 4, { K: 16, C: 64, Y: 56, X: 56, R: 3, S: 3 })] }, // cluster size on the outermost level
  { levels: [twoLevel.levels[0], { ...twoLevel.levels[1], clusterSize: null }] }, // none on an inner one
  { levels: [twoLevel.levels[0], { ...twoLevel.levels[1], clusterSize: 0 }] },
  { levels: [level('Q' as Dim, null, { K: 16, C: 64, Y: 56, X: 56, R: 3, S: 3 })] }, // not a dimension (decodes as another)
  { levels: [{ ...twoLevel.levels[0], loops: twoLevel.levels[0].loops.slice(0, 5) }] }, // five loops
  // nine loops: too many for the packed loop order, so their dimensions are listed one by one
  { levels: [{ ...twoLevel.levels[0], loops: [...twoLevel.levels[0].loops, ...twoLevel.levels[0].loops.slice(0, 3)] }, twoLevel.levels[1]] },
  { levels: [level('K', null, { K: 2.5, C: 64, Y: 56, X: 56, R: 3, S: 3 })] }, // a fractional tile
  { levels: [level('K', null, { K: Number.NaN, C: 64, Y: 56, X: 56, R: 3, S: 3 })] },
  { levels: [level('K', null, { K: 64, C: 64, Y: 56, X: 56, R: 3, S: 3 })] }, // one level: L2 far over capacity
];
const mappings = [...sampled, twoLevel, ...malformed];

describe('mapping batches', () => {
  it('decode to the mappings encoded, shared or not', () => {
    for (const shared of [false, true] as const) {
      const encoded = shared ? encodeMappings(mappings, true) : encodeMappings(mappings);
      expect(encoded.buffer instanceof SharedArrayBuffer).toBe(shared);
      expect(mappingCount(encoded)).toBe(mappings.length);
      mappings.forEach((m, i) => {
        if (m.levels[0]?.parallel === 'Q') expect(decodeMapping(encoded, i).levels[0].parallel).not.toMatch(/^[KCYXRS]$/);
        else expect(decodeMapping(encoded, i)).toEqual(m);
      });
    }
  });

  it('decode into reused objects exactly as into fresh ones, one mapping after another', () => {
    const encoded = encodeMappings(mappings);
    const scratch = createMappingScratch();
    // Twice over, so every level count and loop count meets objects left by a different mapping.
    for (const i of [...mappings.keys(), ...[...mappings.keys()].reverse()]) {
      const reused = decodeMappingInto(encoded, i, scratch);
      expect(reused).toEqual(decodeMapping(encoded, i));
      expect(toOutcome(evaluate(conv3x3, reused, hw))).toEqual(toOutcome(evaluate(conv3x3, mappings[i], hw)));
    }
  });

  it('take 32-bit integers for a usual mapping and doubles for one that needs them', () => {
    // [count, index entry, 10 doubles' room for a 2-level mapping of six loops] instead of 18 doubles for it.
    expect(encodedBatchLength([twoLevel])).toBe(12);
    const fractional = malformed.find((m) => m.levels.some((l) => l.loops.some((t) => !Number.isInteger(t.tile))))!;
    const negativeZero: Mapping = { levels: [twoLevel.levels[0], { ...twoLevel.levels[1], clusterSize: -0 }] };
    for (const m of [fractional, negativeZero]) {
      const encoded = encodeMappings([twoLevel, m, twoLevel]);
      expect(encoded[2]).toBeGreaterThanOrEqual(0); // a double-form entry
      expect(Object.is(decodeMapping(encoded, 1).levels.at(-1)?.clusterSize, m.levels.at(-1)?.clusterSize)).toBe(true);
      [twoLevel, m, twoLevel].forEach((original, i) => expect(decodeMapping(encoded, i)).toEqual(original));
    }
  });

  it('give the cost model the same verdict for malformed mappings', () => {
    const encoded = encodeMappings(malformed);
    malformed.forEach((m, i) => {
      const original = evaluate(conv3x3, m, hw);
      expect(original.valid).toBe(false);
      expect(toOutcome(evaluate(conv3x3, decodeMapping(encoded, i), hw))).toEqual(toOutcome(original));
    });
  });
});

describe('outcome batches', () => {
  it('read back what toOutcome keeps of each evaluation', () => {
    const evaluations = mappings.map((m) => evaluate(conv3x3, m, hw));
    const codes = new Set(evaluations.flatMap((e) => e.reasons.map((r) => r.code)));
    expect([...codes]).toEqual(expect.arrayContaining(['structural', 'l2-over-capacity']));
    expect(evaluations.some((e) => e.valid)).toBe(true);
    const batch = createOutcomeBatch(evaluations.length);
    evaluations.forEach((e, i) => writeOutcome(batch, i, e));
    evaluations.forEach((e, i) => expect(readOutcome(batch, i)).toEqual(toOutcome(e)));
  });

  it('keep every field in place, non-finite numbers, and repeated reasons in order', () => {
    const valid = evaluate(conv3x3, twoLevel, hw);
    if (!valid.metrics) throw new Error('fixture must have metrics');
    // Distinct values per field, so a swapped field cannot go unnoticed.
    const metrics = Object.fromEntries(Object.keys(valid.metrics).map((k, i) => [k, i + 0.5]));
    Object.assign(metrics, { runtime: Number.NaN, l2Size: Number.POSITIVE_INFINITY, peUtilization: -0 });
    const strange: Evaluation = {
      ...valid,
      valid: false,
      metrics: metrics as unknown as Evaluation['metrics'],
      reasons: (['l2-over-capacity', 'non-physical-number', 'macs-mismatch', 'non-physical-number'] as const).map((code) => ({ code, message: code })),
    };
    const batch = createOutcomeBatch(2);
    writeOutcome(batch, 1, strange);
    const read = readOutcome(batch, 1);
    expect(read).toEqual(toOutcome(strange));
    expect(Object.is(read.metrics?.peUtilization, -0)).toBe(true);
    expect(Object.keys(read.metrics ?? {}).sort()).toEqual(Object.keys(valid.metrics).sort());
    // The energy breakdown stays behind: `toScored` recomputes it for the few mappings a search reports.
    expect('energy' in read).toBe(false);
  });
});

describe('mapping batches in a long-lived buffer', () => {
  it('encode batch after batch in place, and refuse a buffer too small', () => {
    const buffer = encodeMappings(mappings, true);
    encodeMappingsInto(buffer, [twoLevel, sampled[0]]);
    expect(mappingCount(buffer)).toBe(2);
    expect(decodeMapping(buffer, 0)).toEqual(twoLevel);
    expect(decodeMapping(buffer, 1)).toEqual(sampled[0]);
    expect(() => encodeMappingsInto(new Float64Array(10), mappings)).toThrow(/needs more than the 10 doubles of its buffer/);
  });

  it('decode each chunk as soon as it is written, before the later chunks', () => {
    const buffer = encodeMappings(mappings, true);
    buffer.fill(Number.NaN);
    let at = startMappingBatch(buffer, mappings.length);
    expect(mappingCount(buffer)).toBe(mappings.length);
    for (let first = 0; first < mappings.length; first += 7) {
      const last = Math.min(first + 7, mappings.length);
      at = encodeMappingRange(buffer, mappings, first, last, at);
      // Mapping `last` is not written yet; the chunk's own decode already.
      if (last < mappings.length) expect(Number.isNaN(buffer[1 + last])).toBe(true);
      for (let i = first; i < last; i++) if (mappings[i].levels[0]?.parallel !== 'Q') expect(decodeMapping(buffer, i)).toEqual(mappings[i]);
    }
    expect(at).toBe(encodeMappings(mappings).length);
  });
});

describe('batch claims', () => {
  it('hand out every position of a batch once, across claimants and batches', () => {
    const control = createBatchControl();
    for (const count of [10, 3, 7]) {
      const end = publishBatch(control, count);
      markBatchReady(control, end);
      const claimed: number[] = [];
      // Two claimants alternating, as two threads would.
      for (let turn = 0; ; turn++) {
        const claim = claimPositions(control, end, turn % 2 === 0 ? 4n : 3n);
        if (claim === null || claim === CLAIM_NOT_READY) break;
        const first = count - Number(end - claim.first);
        const last = count - Number(end - claim.end);
        expect(last - first).toBe(Math.min(turn % 2 === 0 ? 4 : 3, count - first));
        for (let i = first; i < last; i++) claimed.push(i);
        finishMappings(control, last - first);
      }
      expect(claimed.sort((a, b) => a - b)).toEqual(Array.from({ length: count }, (_, i) => i));
      expect(finishedCount(control)).toBe(count);
    }
  });

  it('give a claimant still holding a finished batch nothing of the next one', () => {
    const control = createBatchControl();
    const oldEnd = publishBatch(control, 4);
    markBatchReady(control, oldEnd);
    expect(claimPositions(control, oldEnd, 4n)).toEqual({ first: 0n, end: 4n });
    finishMappings(control, 4);
    const newEnd = publishBatch(control, 5);
    markBatchReady(control, newEnd);
    expect(claimPositions(control, oldEnd, 4n)).toBe(null);
    // The late claimant took nothing: the current batch still has all of its positions.
    expect(claimPositions(control, newEnd, 8n)).toEqual({ first: oldEnd, end: newEnd });
    expect(claimPositions(control, newEnd, 8n)).toBe(null);
  });

  it('start the next batch after positions the main thread took from the far end', () => {
    const control = createBatchControl();
    const end = publishBatch(control, 10);
    const start = end - 10n;
    markBatchReady(control, start + 4n);
    expect(readyAhead(control, end)).toBe(4);
    expect(claimPositions(control, end, 8n)).toEqual({ first: start, end: start + 4n });
    expect(readyAhead(control, end)).toBe(0);
    // Positions 4..9 are not encoded: a worker waits for them until the main thread says they are its own.
    expect(claimPositions(control, end, 8n)).toBe(CLAIM_NOT_READY);
    markBatchEncoded(control, end);
    expect(claimPositions(control, end, 8n)).toBe(null);
    finishMappings(control, 10);
    expect(finishedCount(control)).toBe(10);
    // The next batch begins where this one ended, not where the claims from the front stopped.
    const nextEnd = publishBatch(control, 3);
    expect(nextEnd).toBe(end + 3n);
    expect(claimPositions(control, end, 8n)).toBe(null);
    expect(claimPositions(control, nextEnd, 8n)).toBe(CLAIM_NOT_READY);
    markBatchReady(control, nextEnd);
    expect(claimPositions(control, nextEnd, 8n)).toEqual({ first: end, end: nextEnd });
  });

  it('never pass the ready watermark, chunk after chunk', () => {
    const control = createBatchControl();
    const previousEnd = publishBatch(control, 3);
    markBatchReady(control, previousEnd);
    while (claimPositions(control, previousEnd, 2n) !== null);
    finishMappings(control, 3);
    const count = 10;
    const end = publishBatch(control, count);
    const start = end - BigInt(count);
    // Published, nothing written: the previous batch's watermark gives nothing of this one.
    expect(claimPositions(control, end, 4n)).toBe(CLAIM_NOT_READY);
    const claimed: number[] = [];
    for (const readyCount of [3, 3, 8, 10]) {
      markBatchReady(control, start + BigInt(readyCount));
      for (let claim = claimPositions(control, end, 4n); claim !== null && claim !== CLAIM_NOT_READY; claim = claimPositions(control, end, 4n)) {
        claimed.push(Number(claim.first - start));
        // A claim ends at the watermark even when the claim size would reach past it.
        expect(Number(claim.end - start)).toBeLessThanOrEqual(readyCount);
      }
      const after = claimPositions(control, end, 4n);
      expect(after).toBe(readyCount < count ? CLAIM_NOT_READY : null);
    }
    // Claims of 4 cut at the watermarks 3 and 8: starts 0, 3, 7, 8.
    expect(claimed).toEqual([0, 3, 7, 8]);
  });
});

describe('worker pool', () => {
  beforeAll(() => buildWorkerDependencies(), 120_000);
  const layerB = tinyModel.layers[1];
  const problemB = { ...conv3x3, K: layerB.K, C: layerB.C };
  const inline = (problem: typeof conv3x3, batch: readonly Mapping[]) => batch.map((m) => toOutcome(evaluate(problem, m, hw)));

  it('gives the inline outcomes with and without the main thread, across layers and growing batches', async () => {
    for (const mainThreadEvaluates of [true, false]) {
      const pool = new WorkerPoolEvaluator(1, { mainThreadEvaluates });
      try {
        expect(pool.mainThreadEvaluates).toBe(mainThreadEvaluates);
        // Small first, so the shared buffers must be replaced; then another problem; then small again.
        for (const [problem, batch] of [
          [conv3x3, mappings.slice(0, 3)],
          [conv3x3, [...mappings, ...mappings, ...mappings]],
          [problemB, mappings],
          // Large enough for many chunks, both ends and the reading of the workers' outcomes while they run.
          [problemB, Array.from({ length: 12 }, () => mappings).flat()],
          [conv3x3, mappings.slice(5, 9)],
        ] as const) {
          expect(await pool.evaluateBatch(problem, hw, batch)).toEqual(inline(problem, batch));
        }
        const stats = pool.poolStats();
        expect(stats.batches).toBe(5);
        expect(stats.evaluators).toBe(mainThreadEvaluates ? 2 : 1);
        expect(stats.busyMs).toBeGreaterThan(0);
      } finally {
        await pool.close();
      }
    }
  }, 30_000);

  it('evaluates on the main thread what does not fit in the shared buffer, with and without the main thread evaluating', async () => {
    // 600 loops: far beyond what the buffer is sized for (usual mappings), so encoding stops there.
    const giant: Mapping = { levels: [{ ...twoLevel.levels[0], loops: Array.from({ length: 600 }, (_, j) => twoLevel.levels[0].loops[j % 6]) }, twoLevel.levels[1]] };
    const batch = [...mappings.slice(0, 3), giant, ...mappings.slice(3, 12)];
    for (const mainThreadEvaluates of [true, false]) {
      const pool = new WorkerPoolEvaluator(1, { mainThreadEvaluates });
      try {
        expect(await pool.evaluateBatch(conv3x3, hw, batch)).toEqual(inline(conv3x3, batch));
        // And the pool goes on as before.
        expect(await pool.evaluateBatch(conv3x3, hw, mappings)).toEqual(inline(conv3x3, mappings));
      } finally {
        await pool.close();
      }
    }
  }, 30_000);

  it('runs batches requested at the same time one after another, each with its own outcomes', async () => {
    const pool = new WorkerPoolEvaluator(1);
    try {
      const requests = [mappings.slice(0, 20), mappings, mappings.slice(5, 9), [...mappings, ...mappings]];
      const outcomes = await Promise.all(requests.map((batch) => pool.evaluateBatch(conv3x3, hw, batch)));
      outcomes.forEach((o, i) => expect(o).toEqual(inline(conv3x3, requests[i])));
      expect(pool.poolStats().batches).toBe(requests.length);
    } finally {
      await pool.close();
    }
  }, 30_000);

  it('rejects the batch, and every later one, when evaluate throws in a worker or on the main thread', async () => {
    for (const mainThreadEvaluates of [false, true]) {
      const pool = new WorkerPoolEvaluator(1, { mainThreadEvaluates });
      try {
        const broken = null as unknown as Hardware;
        expect(() => evaluate(conv3x3, twoLevel, broken)).toThrow();
        await expect(pool.evaluateBatch(conv3x3, broken, mappings)).rejects.toThrow(mainThreadEvaluates ? /./ : /an evaluation worker failed/);
        await expect(pool.evaluateBatch(conv3x3, hw, mappings)).rejects.toThrow();
      } finally {
        await pool.close();
      }
    }
  }, 30_000);

  it('starts when Node was given V8 flags, and drops only the export conditions it must', () => {
    expect(workerExecArgv(['--max-old-space-size=4096', '--expose-gc'])).toBeUndefined();
    expect(workerExecArgv(['--conditions', '@gamma-ts/source', '--enable-source-maps', '-C', 'x', '--conditions=y', '--expose-gc'])).toEqual(['--enable-source-maps', '--expose-gc']);
    // A user's `node --max-old-space-size=… gamma …`: Node refuses V8 flags in a worker's explicit flags.
    const script = `import { WorkerPoolEvaluator } from ${JSON.stringify(new URL('../dist/index.js', import.meta.url).href)};
      import { hardwarePreset } from '@gamma-ts/cost-model';
      const pool = new WorkerPoolEvaluator(1);
      const outcomes = await pool.evaluateBatch(${JSON.stringify(conv3x3)}, hardwarePreset('edge'), ${JSON.stringify(mappings.slice(0, 8))});
      await pool.close();
      console.log(outcomes.length);`;
    const child = spawnSync(process.execPath, ['--max-old-space-size=2048', '--expose-gc', '--input-type=module', '-e', script], { cwd: fileURLToPath(new URL('..', import.meta.url)), encoding: 'utf8' });
    expect(child.stderr).toBe('');
    expect(child.stdout.trim()).toBe('8');
  }, 30_000);

  it('rejects instead of hanging when a worker dies', async () => {
    const pool = new WorkerPoolEvaluator(1, { mainThreadEvaluates: false });
    try {
      expect(await pool.evaluateBatch(conv3x3, hw, mappings.slice(0, 4))).toEqual(inline(conv3x3, mappings.slice(0, 4)));
      await (pool as unknown as { pool: Tinypool }).pool.threads[0].terminate();
      await expect(pool.evaluateBatch(conv3x3, hw, mappings)).rejects.toThrow();
    } finally {
      await pool.close();
    }
  }, 30_000);
});

describe('inline evaluation', () => {
  it('gives the event loop a turn every generation', async () => {
    let armed = false;
    let fired = false;
    let firedBeforeLastGeneration = false;
    const result = await search(tinyRequest({ layer: 'b', budget: { generations: 4 } }), {
      evaluator: new InlineEvaluator(),
      onEvent: (e) => {
        if (e.type !== 'generation') return;
        if (fired) firedBeforeLastGeneration = true;
        if (!armed) {
          armed = true;
          setImmediate(() => (fired = true));
        }
      },
    });
    expect(result.layers[0].history.length).toBe(4);
    expect(firedBeforeLastGeneration).toBe(true);
  });
});
