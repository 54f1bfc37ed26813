// Does the live dashboard slow the search? The same seeded search runs with the live Ink dashboard rendering into
// a fake 120×40 terminal and with no display at all, alternating, and the evaluations/s of each are compared.
// Run on the built code: `pnpm --filter @gamma-ts/dashboard bench` (or `pnpm bench` at the root).
import { Writable } from 'node:stream';
// As the gamma CLI does: React's production build, chosen before React is first loaded.
process.env.NODE_ENV ??= 'production';
const { getModel } = await import('@gamma-ts/model-zoo');
const { hardwarePreset } = await import('@gamma-ts/cost-model');
const { parseObjectiveSpec, resolveSearchRequest, search } = await import('@gamma-ts/genetic-engine');
const { SearchEventQueue, dashboardRunInfo, runLiveDashboard } = await import('../dist/ui/index.js');

const ROUNDS = Number(process.env.ROUNDS ?? 3);
const WORKERS = Number(process.env.WORKERS ?? 1);
const request = {
  model: getModel('resnet18'),
  layer: 'layer2.0.conv2',
  hardware: hardwarePreset('edge'),
  objective: parseObjectiveSpec('latency', 'objective'),
  seed: 11,
  budget: { samples: Number(process.env.SAMPLES ?? 30_000) },
};

class FakeTerminal extends Writable {
  isTTY = true;
  columns = 120;
  rows = 40;
  bytes = 0;
  _write(chunk, _encoding, done) {
    this.bytes += chunk.length;
    done();
  }
}

async function timed(withDashboard) {
  const started = process.hrtime.bigint();
  let result;
  let bytes = 0;
  let searchEnded = null;
  if (withDashboard) {
    const queue = new SearchEventQueue();
    const stdout = new FakeTerminal();
    const shown = runLiveDashboard({
      events: queue,
      run: dashboardRunInfo(resolveSearchRequest(request), { workers: WORKERS }),
      controls: { onQuit() {}, onPause() {}, onResume() {} },
      stdout,
      stdin: undefined,
      patchConsole: false,
    });
    result = await search(request, { workers: WORKERS, onEvent: (e) => queue.push(e) });
    searchEnded = process.hrtime.bigint();
    queue.end();
    await shown;
    bytes = stdout.bytes;
  } else {
    result = await search(request, { workers: WORKERS, onEvent: () => {} });
  }
  // The search's own rate: until its last event; tearing the dashboard down afterwards is not search time.
  const seconds = Number((searchEnded ?? process.hrtime.bigint()) - started) / 1e9;
  const samples = result.layers.reduce((s, l) => s + l.samples, 0);
  return { rate: samples / seconds, seconds, bytes, best: result.layers[0].best?.metrics.runtime };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
await timed(false); // warm-up: JIT and the worker pool's first start
const runs = { without: [], with: [] };
let frames = 0;
for (let i = 0; i < ROUNDS; i++) {
  const a = await timed(false);
  const b = await timed(true);
  if (a.best !== b.best) throw new Error(`the dashboard changed the result: ${a.best} vs ${b.best}`);
  runs.without.push(a.rate);
  runs.with.push(b.rate);
  frames += b.bytes;
}
const without = median(runs.without);
const withDash = median(runs.with);
const diff = ((without - withDash) / without) * 100;
console.log(`dashboard overhead — resnet18 layer2.0.conv2, edge, ${request.budget.samples} samples, ${WORKERS} worker(s), median of ${ROUNDS}`);
console.log('| display | evaluations/s (median) | runs |');
console.log('|---|---:|---|');
console.log(`| none | ${Math.round(without)} | ${runs.without.map(Math.round).join(', ')} |`);
console.log(`| live dashboard (120×40) | ${Math.round(withDash)} | ${runs.with.map(Math.round).join(', ')} |`);
console.log(`difference: ${diff.toFixed(1)} % (required: under 5 %); ${Math.round(frames / ROUNDS / 1024)} KiB of terminal output per run`);
if (Math.abs(diff) >= 5) process.exitCode = 1;
