import { describe, expect, it } from 'vitest';
import { evaluate, hardwarePreset, type Evaluation } from '@gamma-ts/cost-model';
import { createRng, sampleMapping, type Dim, type Mapping } from '@gamma-ts/search-space';
import { decodeMapping, encodeMappings, mappingCount } from '../src/mapping-batch.js';
import { createOutcomeBatch, readOutcome, writeOutcome } from '../src/outcome-batch.js';
import { createBatchProgress, finishedCount, runEvaluationTask } from '../src/evaluation-task.js';
import { toOutcome } from '../src/evaluation-outcome.js';
import { InlineEvaluator } from '../src/evaluator.js';
import { search } from '../src/model-search.js';
import { conv3x3, level, twoLevel } from './fixtures.js';
import { tinyRequest } from './search-fixtures.js';

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
    if (!valid.metrics || !valid.energy) throw new Error('fixture must have metrics');
    // Distinct values per field, so a swapped field cannot go unnoticed.
    const metrics = Object.fromEntries(Object.keys(valid.metrics).map((k, i) => [k, i + 0.5]));
    const energy = Object.fromEntries(Object.keys(valid.energy).map((k, i) => [k, 100 + i]));
    Object.assign(metrics, { runtime: Number.NaN, l2Size: Number.POSITIVE_INFINITY, peUtilization: -0 });
    const strange: Evaluation = {
      ...valid,
      valid: false,
      metrics: metrics as unknown as Evaluation['metrics'],
      energy: energy as unknown as Evaluation['energy'],
      reasons: (['l2-over-capacity', 'non-physical-number', 'macs-mismatch', 'non-physical-number'] as const).map((code) => ({ code, message: code })),
    };
    const batch = createOutcomeBatch(2);
    writeOutcome(batch, 1, strange);
    const read = readOutcome(batch, 1);
    expect(read).toEqual(toOutcome(strange));
    expect(Object.is(read.metrics?.peUtilization, -0)).toBe(true);
    expect(Object.keys(read.metrics ?? {}).sort()).toEqual(Object.keys(valid.metrics).sort());
    expect(Object.keys(read.energy ?? {}).sort()).toEqual(Object.keys(valid.energy).sort());
  });
});

describe('evaluation tasks', () => {
  it('fill every outcome once, whoever claims the mappings', () => {
    const task = { problem: conv3x3, hardware: hw, mappings: encodeMappings(mappings, true), outcomes: createOutcomeBatch(mappings.length, true), progress: createBatchProgress(), claimSize: 3 };
    expect(runEvaluationTask(task)).toBeGreaterThan(0);
    expect(finishedCount(task.progress)).toBe(mappings.length);
    // A runner that comes late finds nothing left and writes nothing.
    const before = Float64Array.from(task.outcomes);
    expect(runEvaluationTask(task)).toBe(0);
    expect(task.outcomes).toEqual(before);
    mappings.forEach((m, i) => expect(readOutcome(task.outcomes, i)).toEqual(toOutcome(evaluate(conv3x3, m, hw))));
  });
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
