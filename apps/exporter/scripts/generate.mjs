#!/usr/bin/env node
// Regenerates the static protobuf code for gamma.results.v1 with protobufjs-cli (pbjs + pbts).
// Usage: node scripts/generate.mjs [outDir] [--js-only]   (default: src/generated, relative to apps/exporter)
// --js-only skips pbts (slow: it runs jsdoc), for the freshness test.
// The output is committed; test/generated-code.test.ts regenerates into a temp dir and compares.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const protoFile = join(packageDir, 'proto/gamma/results/v1/results.proto');
const args = process.argv.slice(2);
const jsOnly = args.includes('--js-only');
const outDir = resolve(packageDir, args.find((a) => !a.startsWith('--')) ?? 'src/generated');
const require = createRequire(join(packageDir, 'package.json'));
const cliDir = dirname(require.resolve('protobufjs-cli/package.json'));

function run(script, args) {
  const result = spawnSync(process.execPath, [join(cliDir, 'bin', script), ...args], { encoding: 'utf8' });
  if (result.status !== 0) {
    process.stderr.write(`generate: ${script} failed (exit ${result.status})\n${result.stderr}`);
    process.exit(1);
  }
}

// pbjs does not create its output directory.
mkdirSync(outDir, { recursive: true });
const jsFile = join(outDir, 'results.js');
run('pbjs', [
  '--target', 'static-module',
  '--wrap', 'es6',
  // Every 64-bit field holds counts far below 2^53: plain numbers, no Long.
  '--force-number',
  '--no-verify', '--no-convert', '--no-delimited', '--no-typeurl', '--no-service',
  '--out', jsFile,
  protoFile,
]);
if (!jsOnly) run('pbts', ['--out', join(outDir, 'results.d.ts'), jsFile]);
