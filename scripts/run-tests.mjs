// `pnpm test`: every package's vitest suite through turbo, then one closing line that adds them up
// ("tests: N passed, M failed"), so a reader of the log — or CI — sees the whole count at once.
import { spawn } from 'node:child_process';

const turbo = spawn('turbo', ['run', 'test', ...process.argv.slice(2)], {
  stdio: ['ignore', 'pipe', 'inherit'],
  env: { TURBO_TELEMETRY_DISABLED: '1', ...process.env },
});

let passed = 0;
let failed = 0;
let skipped = 0;
let pending = '';
const ansi = /\u001B\[[0-9;?]*[A-Za-z]/g;

function count(line) {
  // vitest's summary line: "Tests  12 failed | 40 passed | 2 skipped (54)"
  const text = line.replace(ansi, '');
  if (!/\bTests\s+\d/.test(text) || text.includes('Test Files')) return;
  const part = (word) => Number(new RegExp(`(\\d+) ${word}`).exec(text)?.[1] ?? 0);
  passed += part('passed');
  failed += part('failed');
  skipped += part('skipped');
}

turbo.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  pending += chunk.toString();
  const lines = pending.split('\n');
  pending = lines.pop() ?? '';
  lines.forEach(count);
});

turbo.on('close', (code) => {
  count(pending);
  if (code !== 0 && failed === 0) failed = 1; // a suite that crashed before its summary still failed
  console.log(`\ntests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  process.exit(code ?? 1);
});
