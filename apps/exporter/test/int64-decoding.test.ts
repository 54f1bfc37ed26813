import { createRequire } from 'node:module';
import protobuf from 'protobufjs/minimal.js';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeResults, encodeResults } from '../src/index.js';
import { sampleResult } from './fixtures.js';

// Under plain Node protobufjs finds the `long` package and decodes 64-bit fields as Long objects;
// under vitest it may not. Force the Node behaviour so the decoder is tested the way the CLI runs it.
const requireFromProtobuf = createRequire(createRequire(import.meta.url).resolve('protobufjs/minimal.js'));
const previousLong = protobuf.util.Long;

afterEach(() => {
  protobuf.util.Long = previousLong;
  protobuf.configure();
});

describe('64-bit fields', () => {
  it('decode to plain numbers when protobufjs uses Long', () => {
    const long = requireFromProtobuf('long');
    protobuf.util.Long = typeof long === 'function' ? long : long.default;
    protobuf.configure();
    const result = sampleResult();
    const decoded = decodeResults(encodeResults(result));
    expect(typeof decoded.run.seed).toBe('number');
    expect(typeof decoded.layers[0].samples).toBe('number');
    expect(Object.values(decoded.layers[0].invalidReasons).every((v) => typeof v === 'number')).toBe(true);
    expect(decoded).toStrictEqual(result);
  });
});
