// Throughput of the MAESTRO engine as it ships (the compiled dist): every golden mapping evaluated in a loop on
// one thread (one core), for a few seconds per group, after a warm-up. Prints evaluations/s per wall-clock second
// and per second of this process's CPU time (steadier when other processes share the machine).
// Run with `pnpm bench` (builds first) or, after `tsc -b`, `node bench/maestro-throughput.mjs [seconds]`.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyzeMaestro } from '../dist/maestro/index.js';

const goldenPath =
  process.env.GAMMA_GOLDEN_CASES ??
  fileURLToPath(new URL('../../../../shared/golden/maestro-cases.jsonl', import.meta.url));
const secondsPerGroup = Number(process.argv[2] ?? 3);

const cases = readFileSync(goldenPath, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line))
  .map((r) => ({
    problem: { ...r.layer, repeat: 1 },
    mapping: {
      levels: r.genome.map((g) => ({
        parallel: g.parallel,
        clusterSize: g.clusterSize,
        loops: g.loops.map(([dim, tile]) => ({ dim, tile })),
      })),
    },
    hw: r.hw,
  }));

const groups = [
  ['all golden mappings', cases],
  ['1-level mappings', cases.filter((c) => c.mapping.levels.length === 1)],
  ['2-level mappings', cases.filter((c) => c.mapping.levels.length === 2)],
  ['3-level mappings', cases.filter((c) => c.mapping.levels.length === 3)],
];

let sink = 0;
function evaluateAll(group) {
  for (const c of group) sink += analyzeMaestro(c.problem, c.mapping, c.hw).runtime;
}

// Warm-up: let the JIT settle on every case.
for (let i = 0; i < 3; i++) evaluateAll(cases);

const rows = [];
for (const [name, group] of groups) {
  let evaluations = 0;
  const cpu = process.cpuUsage();
  const start = performance.now();
  let now = start;
  while (now - start < secondsPerGroup * 1000) {
    evaluateAll(group);
    evaluations += group.length;
    now = performance.now();
  }
  const used = process.cpuUsage(cpu);
  rows.push({
    group: name,
    evaluations,
    'evaluations/s (wall)': Math.round(evaluations / ((now - start) / 1000)),
    'evaluations/s (CPU)': Math.round(evaluations / ((used.user + used.system) / 1e6)),
  });
}
console.log(`analyzeMaestro throughput, one thread, Node ${process.version}, ${secondsPerGroup} s per group`);
console.table(rows);
if (sink === 0) console.log('(no runtime was positive)');
