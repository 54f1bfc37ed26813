import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SearchController, resumeSearch, search, type SearchEvent } from '../src/index.js';
import { comparable, sixShapeModel, tinyRequest } from './search-fixtures.js';

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'gamma-resume-'));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Runs the request, stopping once `stopAt` says so; returns the partial result and the events seen. */
async function interrupted(request: ReturnType<typeof tinyRequest>, dir: string, stopAt: (e: SearchEvent) => boolean) {
  const controller = new SearchController();
  const events: SearchEvent[] = [];
  const partial = await search(request, {
    workers: 0,
    controller,
    checkpointDir: dir,
    checkpointEvery: 3,
    onEvent: (e) => {
      events.push(e);
      if (stopAt(e)) controller.stop();
    },
  });
  return { partial, events };
}

describe('checkpoint and resume', () => {
  it.each([
    ['gamma, single objective, stopped inside the second layer', tinyRequest(), 1, 4],
    ['gamma, two objectives (NSGA-II), stopped inside the first layer', tinyRequest({ objective: { objectives: ['latency', 'energy'] } }), 0, 7],
    ['simulated annealing, stopped inside the first layer', tinyRequest({ algorithm: 'annealing' }), 0, 5],
    ['standard GA, stopped inside the second layer', tinyRequest({ algorithm: 'standard-ga' }), 1, 2],
    ['six shapes, stopped mid-way through the first round (four layers running)', tinyRequest({ model: sixShapeModel, budget: { samples: 100 } }), 2, 2],
    ['six shapes, stopped mid-way through the second round', tinyRequest({ model: sixShapeModel, budget: { samples: 100 } }), 5, 4],
  ] as const)('%s: resuming gives exactly the uninterrupted result', async (_name, request, layerIndex, generation) => {
    const uninterrupted = await search(request, { workers: 0 });
    const dir = tempDir();
    const { partial, events } = await interrupted(request, dir, (e) => e.type === 'generation' && e.layerIndex === layerIndex && e.generation === generation);
    expect(partial.run.stopReason).toBe('interrupted');
    expect(partial.layers[partial.layers.length - 1].stopReason).toBe('interrupted');
    expect(partial.layers[partial.layers.length - 1].samples).toBeLessThan(uninterrupted.layers[layerIndex].samples);
    expect(events.some((e) => e.type === 'checkpoint')).toBe(true);
    expect(existsSync(join(dir, 'checkpoint.json'))).toBe(true);

    const resumed = await resumeSearch(dir, { workers: 0 });
    expect(comparable(resumed)).toEqual(comparable(uninterrupted));
    expect(resumed.run.startedAt).toBe(partial.run.startedAt);
    // A finished run leaves no checkpoint behind.
    expect(existsSync(join(dir, 'checkpoint.json'))).toBe(false);
  });

  it('writes a checkpoint every N generations, each a complete JSON file', async () => {
    const dir = tempDir();
    const paths: string[] = [];
    let sawMidRun = false;
    const controller = new SearchController();
    await search(tinyRequest({ layer: 'a' }), {
      workers: 0,
      controller,
      checkpointDir: dir,
      checkpointEvery: 4,
      onEvent: (e) => {
        if (e.type === 'checkpoint') {
          paths.push(e.path);
          const cp = JSON.parse(readFileSync(e.path, 'utf8'));
          expect(cp.format).toBe('gamma-ts-checkpoint');
          expect(cp.version).toBe(2);
          expect(cp.round[0].generation % 4).toBe(0);
          sawMidRun = true;
        }
      },
    });
    // 300 samples / 20 per generation = 15 generations → checkpoints after 4, 8 and 12.
    expect(paths.length).toBe(3);
    expect(sawMidRun).toBe(true);
  });

  it('reports a missing or foreign checkpoint clearly', async () => {
    const dir = tempDir();
    await expect(resumeSearch(dir)).rejects.toThrow(/checkpoint\.json: no checkpoint to resume/);
  });
});
