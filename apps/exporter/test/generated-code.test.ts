import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const packageDir = new URL('..', import.meta.url).pathname;
const proto = readFileSync(join(packageDir, 'proto/gamma/results/v1/results.proto'), 'utf8');

describe('generated code (run `pnpm --filter @gamma-ts/exporter generate` after editing the .proto)', () => {
  it('src/generated/results.js is what pbjs makes of the committed .proto', () => {
    const out = mkdtempSync(join(tmpdir(), 'gamma-generated-'));
    // pbts is left out here: it runs jsdoc and takes ~10 s on this machine; the next test covers the .d.ts.
    execFileSync(process.execPath, [join(packageDir, 'scripts/generate.mjs'), out, '--js-only'], { stdio: 'pipe' });
    expect(readFileSync(join(out, 'results.js'), 'utf8')).toBe(readFileSync(join(packageDir, 'src/generated/results.js'), 'utf8'));
  });

  it('src/generated/results.d.ts declares every message, enum and field of the .proto', () => {
    const dts = readFileSync(join(packageDir, 'src/generated/results.d.ts'), 'utf8');
    for (const [, name] of proto.matchAll(/^message (\w+) \{/gm)) expect(dts, name).toContain(`class ${name} {`);
    for (const [, name] of proto.matchAll(/^enum (\w+) \{/gm)) expect(dts, name).toContain(`enum ${name} {`);
    for (const [, field] of proto.matchAll(/^\s+(?:optional |repeated )?[\w.<>, ]+ (\w+) = \d+;/gm)) {
      const camel = field.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
      expect(dts, field).toContain(` ${camel}`);
    }
  });
});
