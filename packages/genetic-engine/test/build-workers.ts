import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
let built = false;

/**
 * Pool workers are `.mjs` files that run this package's BUILT task runner on the BUILT cost model (Node 20 cannot
 * load .ts workers), so tests that start workers build this package and its dependencies first. `tsc -b` is
 * incremental (about a second when up to date) and runs once per test process.
 */
export function buildWorkerDependencies(): void {
  if (built) return;
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const result = spawnSync(process.execPath, [tsc, '-b', 'packages/genetic-engine'], { cwd: repoRoot, encoding: 'utf8' });
  // tsc -b still emits past type errors; only a missing build is fatal (a stale one would fail the equality tests).
  const entries = [
    createRequire(new URL('../worker/', import.meta.url)).resolve('@gamma-ts/cost-model'),
    fileURLToPath(new URL('../dist/evaluation-task.js', import.meta.url)),
  ];
  if (result.status !== 0 && !entries.every((entry) => existsSync(entry))) throw new Error(`tsc -b packages/genetic-engine failed:\n${result.stdout}${result.stderr}`);
  built = true;
}
