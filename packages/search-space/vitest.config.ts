import { defineConfig } from 'vitest/config';

// Resolve workspace packages to their TypeScript sources so tests never need a build.
const conditions = ['@gamma-ts/source', 'import', 'module', 'node', 'default'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: ['@gamma-ts/source'] } },
  test: { include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.tsx'], testTimeout: 60000 },
});
