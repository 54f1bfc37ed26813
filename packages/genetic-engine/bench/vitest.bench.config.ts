import { defineConfig } from 'vitest/config';

// Benchmarks are long vitest runs (not `vitest bench`: they measure whole searches and print tables); sources are
// resolved like the tests, and the evaluation pool uses the built cost model (bench/build first).
const conditions = ['@gamma-ts/source', 'import', 'module', 'node', 'default'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: ['@gamma-ts/source'] } },
  test: { include: ['bench/**/*.bench.ts'], testTimeout: 3_600_000, hookTimeout: 600_000, fileParallelism: false },
});
