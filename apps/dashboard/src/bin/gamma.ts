#!/usr/bin/env node
// React picks its development or production build when first loaded; the development build checks every render
// and is several times slower, which a live dashboard beside a running search cannot afford.
process.env['NODE_ENV'] ??= 'production';
const { main } = await import('../cli/main.js');

const code = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  cwd: process.cwd(),
});
process.exitCode = code;
