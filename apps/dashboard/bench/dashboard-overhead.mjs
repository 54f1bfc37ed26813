// Does the live dashboard slow the search? `pnpm start`'s search (every unique shape of ResNet-18, 10 000 samples
// each, edge, latency) runs with the live Ink dashboard rendering into a fake 120×40 terminal and with no display at
// all, in ABBA order, on one worker pool warmed up first, and the samples/s of each are compared. One pool for all
// runs: a new pool's worker starts with a cold JIT, whose first search varies by ±30 % on a 2-vCPU machine and would
// swamp the few per cent being measured. Run on the built code: `pnpm --filter @gamma-ts/dashboard bench` (or
// `pnpm bench` at the root).
import { Writable } from 'node:stream';
// As the gamma CLI does: React's production build, chosen before React is first loaded.
process.env.NODE_ENV ??= 'production';
const { getModel } = await import('@gamma-ts/model-zoo');
const { hardwarePreset } = await import('@gamma-ts/cost-model');
const { WorkerPoolEvaluator, defaultWorkerCount, parseObjectiveSpec, resolveSearchRequest, search } = await import('@gamma-ts/genetic-engine');
const { SearchEventQueue, dashboardRunInfo, runLiveDashboard } = await import('../dist/ui/index.js');

/** ABBA blocks: each is one run without the dashboard, two with it, one without. */
const ROUNDS = Number(process.env.ROUNDS ?? 6);
const WORKERS = Number(process.env.WORKERS ?? defaultWorkerCount());
const request = {
  model: getModel('resnet18'),
  hardware: hardwarePreset('edge'),
  objective: parseObjectiveSpec('latency', 'objective'),
  seed: 11,
  budget: { samples: Number(process.env.SAMPLES ?? 10_000) },
};
const evaluator = new WorkerPoolEvaluator(WORKERS);

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
    result = await search(request, { evaluator, onEvent: (e) => queue.push(e) });
    searchEnded = process.hrtime.bigint();
    queue.end();
    await shown;
    bytes = stdout.bytes;
  } else {
    result = await search(request, { evaluator, onEvent: () => {} });
  }
  // The search's own rate: until its last event; tearing the dashboard down afterwards is not search time.
  const seconds = Number((searchEnded ?? process.hrtime.bigint()) - started) / 1e9;
  const samples = result.layers.reduce((s, l) => s + l.samples, 0);
  return { rate: samples / seconds, seconds, bytes, best: result.totals.runtime };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
await timed(false); // warm-up: every thread's JIT, both ways
await timed(true);
const runs = { without: [], with: [] };
let frames = 0;
let best = null;
/** Per ABBA block, how much slower the searches with the dashboard were: a drift in the machine's speed over a block falls on both sides alike. */
const blocks = [];
for (let block = 0; block < ROUNDS; block++) {
  const rates = { without: [], with: [] };
  for (const withDashboard of [false, true, true, false]) {
    const run = await timed(withDashboard);
    best ??= run.best;
    if (run.best !== best) throw new Error(`the dashboard changed the result: ${run.best} vs ${best}`);
    (withDashboard ? rates.with : rates.without).push(run.rate);
    (withDashboard ? runs.with : runs.without).push(run.rate);
    if (withDashboard) frames += run.bytes;
  }
  const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
  blocks.push(((mean(rates.without) - mean(rates.with)) / mean(rates.without)) * 100);
}
await evaluator.close();
const without = median(runs.without);
const withDash = median(runs.with);
const diff = median(blocks);
console.log(`dashboard overhead — resnet18 (every unique shape), edge, ${request.budget.samples} samples each, ${WORKERS} worker(s)${evaluator.mainThreadEvaluates ? ' + main thread' : ''}, median of ${ROUNDS}`);
console.log('| display | samples/s (median) | runs |');
console.log('|---|---:|---|');
console.log(`| none | ${Math.round(without)} | ${runs.without.map(Math.round).join(', ')} |`);
console.log(`| live dashboard (120×40) | ${Math.round(withDash)} | ${runs.with.map(Math.round).join(', ')} |`);
console.log(`difference (median over the ABBA blocks: ${blocks.map((b) => `${b.toFixed(1)} %`).join(', ')}): ${diff.toFixed(1)} % (required: under 5 %); ${Math.round(frames / (2 * ROUNDS) / 1024)} KiB of terminal output per run`);
if (Math.abs(diff) >= 5) process.exitCode = 1;
