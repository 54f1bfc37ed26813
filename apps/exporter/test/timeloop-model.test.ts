/**
 * Runs the real Timeloop on exported files. Skipped unless `timeloop-model` is on PATH (CI does not have it).
 *
 * To run it: build Timeloop v3.0.3 outside the repo (Debian: scons libconfig++-dev libyaml-cpp-dev libboost-dev
 * libboost-iostreams-dev libboost-serialization-dev libncurses-dev libtinfo-dev libgpm-dev g++; in its source
 * `ln -s ../pat-public/src/pat src/pat && scons -j2 build/timeloop-model`), then
 *
 *     PATH=/path/to/timeloop/build:$PATH LD_LIBRARY_PATH=/path/to/timeloop/build npx vitest run test/timeloop-model.test.ts
 *
 * (the scons build links timeloop-model against build/libtimeloop-mapper.so, hence LD_LIBRARY_PATH).
 */
import { accessSync, constants, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '@gamma-ts/cost-model';
import { problemMacs } from '@gamma-ts/search-space';
import { timeloopFactors, toTimeloopLayer, NonDivisorTileError } from '../src/index.js';
import { goldenRecords, type GoldenRecord } from './fixtures.js';

function onPath(command: string): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, command), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

interface TimeloopReport {
  readonly computes: number;
  readonly utilizedPEs: number;
}

/**
 * Writes the four files into a fresh folder and runs `timeloop-model *.yaml` there, as the export README says:
 * with spatial extrapolation off unless `extrapolate` (Timeloop's default, exact only without a partial last fold).
 */
function runTimeloop(files: ReturnType<typeof toTimeloopLayer>, extrapolate = false): TimeloopReport {
  const dir = mkdtempSync(join(tmpdir(), 'gamma-timeloop-'));
  writeFileSync(join(dir, 'arch.yaml'), files.arch);
  writeFileSync(join(dir, 'problem.yaml'), files.problem);
  writeFileSync(join(dir, 'map.yaml'), files.map);
  writeFileSync(join(dir, 'ERT.yaml'), files.ert);
  const yaml = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
  const env = { ...process.env, TIMELOOP_DISABLE_SPATIAL_EXTRAPOLATION: extrapolate ? '0' : '1' };
  const run = spawnSync('timeloop-model', yaml, { cwd: dir, encoding: 'utf8', env });
  const output = `${run.stdout}\n${run.stderr}`;
  if (run.status !== 0) throw new Error(`timeloop-model failed (${run.status}) in ${dir}:\n${output}`);
  // Timeloop warns about factors or permutations it had to fill in; exported files must never need that.
  expect(output, dir).not.toMatch(/WARNING|ERROR/);
  const stats = readFileSync(join(dir, 'timeloop-model.stats.txt'), 'utf8');
  const mac = stats.slice(stats.indexOf('=== MAC ==='));
  return {
    computes: Number(stats.match(/^Computes = (\d+)$/m)?.[1]),
    utilizedPEs: Number(mac.match(/Utilized instances\s*: (\d+)/)?.[1]),
  };
}

function factorizable(r: GoldenRecord): boolean {
  try {
    timeloopFactors(r.case.problem, r.case.mapping, r.case.hardware.numPEs);
    return true;
  } catch (error) {
    if (error instanceof NonDivisorTileError) return false;
    throw error;
  }
}

describe.skipIf(!onPath('timeloop-model'))('timeloop-model accepts the exported files', () => {
  const exportable = goldenRecords().filter(factorizable);
  const hasResidual = (r: GoldenRecord) =>
    timeloopFactors(r.case.problem, r.case.mapping, r.case.hardware.numPEs).levels.some((l) => l.spatial.lastFold !== l.spatial.factor);
  const picks: [string, GoldenRecord | undefined][] = [
    ['1 level', exportable.find((r) => r.case.mapping.levels.length === 1 && !hasResidual(r))],
    ['2 levels', exportable.find((r) => r.case.mapping.levels.length === 2 && !hasResidual(r))],
    ['3 levels', exportable.find((r) => r.case.mapping.levels.length === 3 && r.case.problem.op === 'CONV')],
    ['depthwise', exportable.find((r) => r.case.problem.op === 'DSCONV')],
    ['partial last fold', exportable.find(hasResidual)],
  ];

  it.each(picks)('%s: Computes = the layer MACs, utilized MAC instances = busy PEs', (_, record) => {
    expect(record).toBeDefined();
    const { problem, mapping, hardware } = record!.case;
    const files = toTimeloopLayer(problem, mapping, hardware);
    const report = runTimeloop(files);
    expect(report.computes).toBe(problemMacs(problem) * problem.repeat);
    expect(report.computes).toBe(files.macs);
    expect(report.utilizedPEs).toBe(files.busyPEs);
    expect(report.utilizedPEs).toBe(evaluate(problem, mapping, hardware).busyPEs);
    if (!files.partialLastFold) expect(runTimeloop(files, true)).toEqual(report);
  });
});
