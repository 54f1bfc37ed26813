import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import protobuf from 'protobufjs/minimal.js';
import { describe, expect, it } from 'vitest';
import {
  decodeResults,
  decodeResultsHeader,
  encodeResults,
  readResults,
  ResultsFileError,
  SCHEMA_MAJOR,
  TOOL_VERSION,
  unknownFieldsOf,
  writeResults,
} from '../src/index.js';
import { schema } from '../src/results-schema.js';
import { crc32 } from '../src/crc32.js';
import { sampleResult } from './fixtures.js';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'gamma-export-'));
}

/** A `ResultsFile` around `payload` with the given header, as raw bytes. */
function envelope(payload: Uint8Array, header: { tool?: string; schemaMajor?: number; schemaMinor?: number }): Uint8Array {
  return schema.ResultsFile.encode({
    header: { tool: 'gamma-ts', toolVersion: '9.9.9', schemaMajor: 1, schemaMinor: 0, ...header },
    payload,
    payloadCrc32: crc32(payload),
  }).finish();
}

function payloadOf(bytes: Uint8Array): Uint8Array {
  return schema.ResultsFile.decode(bytes).payload;
}

/** Appends one varint field (number `field`, value `value`) in raw wire format. */
function withUnknownVarint(bytes: Uint8Array, field: number, value: number): Uint8Array {
  const extra = protobuf.Writer.create().uint32((field << 3) | 0).uint32(value).finish();
  const out = new Uint8Array(bytes.length + extra.length);
  out.set(bytes);
  out.set(extra, bytes.length);
  return out;
}

describe('results.pb round trip', () => {
  it('write → read gives an identical result (metrics, mappings, nulls, optional budget fields)', async () => {
    const result = sampleResult();
    const file = join(tempDir(), 'results.pb');
    await writeResults(file, result);
    const back = await readResults(file);
    expect(back).toStrictEqual(result);
    expect(back.layers[3].best).toBeNull();
    expect(back.run.budget).toStrictEqual({ samples: 600, patience: 20 });
    expect(back.layers[0].shape.op).toBe('CONV');
  });

  it('keeps multi-objective fields: weights, a Pareto front and per-objective history', () => {
    const base = sampleResult(['dev-0001']);
    const layer = base.layers[0];
    const best = layer.best!;
    const result = {
      ...base,
      run: { ...base.run, objectives: ['latency', 'energy'] as const, objectiveWeights: [1, 2] },
      layers: [{ ...layer, front: [best, { ...best, metrics: { ...best.metrics, energy: best.metrics.energy / 2 } }], history: [{ generation: 0, samples: 10, best: [1, 2] }] }],
    };
    expect(decodeResults(encodeResults(result))).toStrictEqual(result);
  });

  it('writes atomically: no temporary file is left beside the result', async () => {
    const dir = tempDir();
    await writeResults(join(dir, 'results.pb'), sampleResult(['dev-0002']));
    expect(readdirSync(dir)).toEqual(['results.pb']);
  });

  it('writes a header naming the tool and schema version', () => {
    const header = decodeResultsHeader(encodeResults(sampleResult(['dev-0001'])));
    expect(header).toEqual({ tool: 'gamma-ts', toolVersion: TOOL_VERSION, schemaMajor: SCHEMA_MAJOR, schemaMinor: 0 });
  });

  it('TOOL_VERSION equals the package version', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(TOOL_VERSION).toBe(pkg.version);
  });
});

describe('results.pb rejects bad files with one clear message naming the file', () => {
  const bytes = encodeResults(sampleResult());

  it.each([
    ['cut inside the payload', bytes.length - 40],
    ['cut just before the checksum', bytes.length - 5],
    ['cut after the header', 2 + (schema.ResultsFile.decode(bytes).header ? schema.Header.encode(schema.ResultsFile.decode(bytes).header!).finish().length : 0)],
    ['cut to 3 bytes', 3],
  ])('a truncated file (%s)', (_label, length) => {
    expect(() => decodeResults(bytes.subarray(0, length), 'run/results.pb')).toThrowError(/^run\/results\.pb: .*(truncated|corrupt)/);
  });

  it('a file with a flipped byte in the payload', () => {
    const damaged = new Uint8Array(bytes);
    damaged[Math.floor(bytes.length / 2)] ^= 0x40;
    expect(() => decodeResults(damaged, 'x.pb')).toThrowError(ResultsFileError);
    expect(() => decodeResults(damaged, 'x.pb')).toThrowError(/^x\.pb: .*(corrupt|truncated)/);
  });

  it('an empty file and a file that is not a results file', () => {
    expect(() => decodeResults(new Uint8Array(), 'empty.pb')).toThrowError('empty.pb: the file is empty');
    const text = new TextEncoder().encode('{"run": {"seed": 1}}');
    expect(() => decodeResults(text, 'results.json')).toThrowError(/^results\.json: not a (readable )?gamma-ts results file/);
    const otherTool = envelope(payloadOf(bytes), { tool: 'other' });
    expect(() => decodeResults(otherTool, 'o.pb')).toThrowError("o.pb: not a gamma-ts results file (header.tool is 'other', expected 'gamma-ts')");
  });

  it('a file of a newer major schema version', () => {
    const future = envelope(payloadOf(bytes), { schemaMajor: SCHEMA_MAJOR + 1, schemaMinor: 3 });
    expect(() => decodeResults(future, 'future.pb')).toThrowError(
      /^future\.pb: written with results schema 2\.3 by gamma-ts 9\.9\.9; this reader supports major version 1 only/,
    );
  });

  it('a field whose value is outside the allowed set names the field and the allowed values', () => {
    const proto = schema.Results.decode(payloadOf(bytes));
    proto.run!.algorithm = 'hill-climbing';
    const bad = envelope(schema.Results.encode(proto).finish(), {});
    expect(() => decodeResults(bad, 'bad.pb')).toThrowError(
      "bad.pb: field run.algorithm: 'hill-climbing' is not one of gamma, random, standard-ga, annealing",
    );
  });

  it('readResults names a missing file', async () => {
    const missing = join(tempDir(), 'nope.pb');
    await expect(readResults(missing)).rejects.toThrowError(`${missing}: no such file`);
  });
});

describe('fields of a newer minor version survive read → write', () => {
  it('an unknown field in the results, a layer, a metrics message and the header', () => {
    const bytes = encodeResults(sampleResult());
    const proto = schema.Results.decode(payloadOf(bytes));
    // Field numbers this schema does not use, as a newer minor version would add them.
    proto.$unknowns = [protobuf.Writer.create().uint32((40 << 3) | 2).string('new top-level field').finish()];
    proto.layers![1].$unknowns = [protobuf.Writer.create().uint32((41 << 3) | 0).uint32(77).finish()];
    (proto.layers![0].best!.metrics as { $unknowns?: Uint8Array[] }).$unknowns = [protobuf.Writer.create().uint32((42 << 3) | 1).double(2.5).finish()];
    const newerPayload = schema.Results.encode(proto).finish();
    const newerFile = withUnknownVarint(envelope(newerPayload, { schemaMinor: 7 }), 50, 1234);

    const decoded = decodeResults(newerFile, 'newer.pb');
    expect(decoded).toStrictEqual(sampleResult());
    expect(unknownFieldsOf(decoded.layers[1])).toHaveLength(1);

    const rewritten = encodeResults(decoded);
    const payload = payloadOf(rewritten);
    const reader = protobuf.Reader.create(payload);
    reader.discardUnknown = false;
    const again = schema.Results.decode(reader);
    expect(again.$unknowns).toEqual(proto.$unknowns);
    expect(again.layers[1].$unknowns).toEqual(proto.layers![1].$unknowns);
    expect((again.layers[0].best!.metrics as { $unknowns?: Uint8Array[] }).$unknowns).toEqual(
      (proto.layers![0].best!.metrics as { $unknowns?: Uint8Array[] }).$unknowns,
    );
    const fileReader = protobuf.Reader.create(rewritten);
    fileReader.discardUnknown = false;
    expect(schema.ResultsFile.decode(fileReader).$unknowns).toEqual([protobuf.Writer.create().uint32((50 << 3) | 0).uint32(1234).finish()]);
  });

  it('a decoded file re-encodes to the same bytes', () => {
    const bytes = encodeResults(sampleResult());
    expect(encodeResults(decodeResults(bytes))).toEqual(bytes);
  });
});

describe('writeFileAtomic', () => {
  it('replaces an existing file in one step', async () => {
    const dir = tempDir();
    const file = join(dir, 'results.pb');
    writeFileSync(file, 'old');
    await writeResults(file, sampleResult(['dev-0001']));
    expect(decodeResults(readFileSync(file)).layers[0].name).toBe(sampleResult(['dev-0001']).layers[0].name);
  });
});
