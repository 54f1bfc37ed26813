import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { getModel, importGammaCsv, layerMacs, ModelImportError, outputHeight, parseGammaCsv, type ConvLayer } from '../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'gamma-csv-'));
function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function importError(path: string): ModelImportError {
  try {
    importGammaCsv(path);
  } catch (error) {
    if (error instanceof ModelImportError) return error;
    throw error;
  }
  throw new Error(`${path} imported without error`);
}

describe('GAMMA CSV import', () => {
  test('CONV rows: Y/X are input sizes read as stride 1, no padding (as MAESTRO reads them)', () => {
    const { model, format } = parseGammaCsv('K,C,Y,X,R,S,T\n64,32,56,56,3,3,1\n128,64,56,56,3,3,1\n', 'example.csv');
    expect(format).toBe('gamma-csv');
    expect(model.name).toBe('example');
    expect(model.layers).toHaveLength(2);
    const first = model.layers[0] as ConvLayer;
    expect(first).toMatchObject({ name: 'L1', op: 'conv', outChannels: 64, inChannels: 32, inputHeight: 56, inputWidth: 56, kernelHeight: 3, kernelWidth: 3, strideY: 1, padY: 0, groups: 1 });
    expect(outputHeight(first)).toBe(54);
    expect(layerMacs(first)).toBe(64 * 32 * 3 * 3 * 54 * 54);
    expect(model.layers[1].name).toBe('L2');
  });

  test('every ResNet-18 conv written the GAMMA way comes back with the same K,C,Y,X,R,S', () => {
    const convs = getModel('resnet18').layers.filter((l): l is ConvLayer => l.op === 'conv');
    const csv = ['K,C,Y,X,R,S,T', ...convs.map((l) => [l.outChannels, l.inChannels, l.inputHeight, l.inputWidth, l.kernelHeight, l.kernelWidth, 1].join(','))].join('\n');
    const { model } = parseGammaCsv(csv, 'resnet18.csv');
    expect(model.layers).toHaveLength(20);
    model.layers.forEach((layer, i) => {
      const c = convs[i];
      expect(layer).toMatchObject({ outChannels: c.outChannels, inChannels: c.inChannels, inputHeight: c.inputHeight, kernelHeight: c.kernelHeight });
    });
  });

  test('depthwise (T=2), GEMM (T=3, M,N,K first) and FC (T=0) rows', () => {
    const { model } = parseGammaCsv('M,N,K,0,0,0,T\n1,32,112,112,3,3,2\n512,768,3072,1,1,1,3\n1000,512,1,1,1,1,0\n', 'mixed.csv');
    expect(model.layers[0]).toMatchObject({ op: 'conv', outChannels: 32, inChannels: 32, groups: 32, inputHeight: 112 });
    expect(model.layers[1]).toEqual({ op: 'gemm', name: 'L2', M: 512, N: 768, K: 3072 });
    expect(model.layers[2]).toEqual({ op: 'gemm', name: 'L3', M: 1, N: 1000, K: 512 });
  });

  test('headerless files (GAMMA data/modelfile), CRLF, blank lines and spaces', () => {
    const { model } = parseGammaCsv('64, 3, 224, 224, 7, 7, 1\r\n\r\n64,64,56,56,3,3,1', 'old.csv');
    expect(model.layers.map((l) => l.name)).toEqual(['L1', 'L2']);
    expect(model.layers[0]).toMatchObject({ inChannels: 3, kernelHeight: 7 });
  });

  test('reads a real file from disk', () => {
    const path = file('tiny.csv', 'K,C,Y,X,R,S,T\n16,8,10,12,3,1,1\n');
    const { model } = importGammaCsv(path);
    expect(model.layers[0]).toMatchObject({ inputHeight: 10, inputWidth: 12, kernelHeight: 3, kernelWidth: 1 });
  });

  describe('errors: one ModelImportError naming the file, with line and column for bad rows', () => {
    test('missing file', () => {
      const e = importError(join(dir, 'nope.csv'));
      expect(e.message).toBe(`${join(dir, 'nope.csv')}: file not found`);
    });

    test('empty file, blank file, header only', () => {
      expect(importError(file('empty.csv', '')).message).toMatch(/empty\.csv: file is empty$/);
      expect(importError(file('blank.csv', '\n  \n')).message).toMatch(/blank\.csv: file is empty$/);
      expect(importError(file('header.csv', 'K,C,Y,X,R,S,T\n')).message).toMatch(/header\.csv: no layer rows after the header$/);
    });

    test('truncated last row', () => {
      const e = importError(file('truncated.csv', 'K,C,Y,X,R,S,T\n64,32,56,56,3,3,1\n128,64,5'));
      expect(e.position).toEqual({ line: 3, column: 9 });
      expect(e.message).toMatch(/truncated\.csv: line 3, column 9: row has 3 of 7 fields/);
    });

    test('non-numeric field, zero, out-of-range T', () => {
      const bad = importError(file('bad.csv', 'K,C,Y,X,R,S,T\n64,abc,56,56,3,3,1\n'));
      expect(bad.message).toMatch(/bad\.csv: line 2, column 4: field 2: 'abc' is not a non-negative integer/);
      const zero = importError(file('zero.csv', 'K,C,Y,X,R,S,T\n64,32,0,56,3,3,1\n'));
      expect(zero.message).toMatch(/line 2, column 7: Y must be a positive integer, got 0/);
      const kind = importError(file('kind.csv', 'K,C,Y,X,R,S,T\n64,32,56,56,3,3,5\n'));
      expect(kind.message).toMatch(/line 2, column 17: T must be 1 \(CONV\), 2 \(depthwise CONV\), 3 \(GEMM\) or 0 \(FC\), got 5/);
    });

    test('kernel larger than the input, GEMM padding columns, depthwise K', () => {
      expect(importError(file('kernel.csv', '8,8,5,5,7,3,1\n')).message).toMatch(/line 1, column 9: R: kernel extent 7 exceeds the padded input height 5/);
      expect(importError(file('gemm.csv', '512,768,768,2,1,1,3\n')).message).toMatch(/line 1, column 13: field 4 must be 1: a GEMM row \(T=3\) holds M,N,K/);
      expect(importError(file('dw.csv', '4,32,112,112,3,3,2\n')).message).toMatch(/column 1: K of a depthwise row \(T=2\) must be 1 or equal C \(32\), got 4/);
    });

    test('wrong header, too many fields', () => {
      expect(importError(file('hdr.csv', 'K,C,Y,X,R,S\n1,2,3,4,1,1,1\n')).message).toMatch(/line 1, column 1: header must have 7 columns ending in T/);
      expect(importError(file('wide.csv', '1,2,3,4,1,1,1,9\n')).message).toMatch(/line 1, column 15: row has 8 fields, expected 7/);
    });

    test('binary data (an ONNX model given to the CSV importer)', () => {
      const path = file('model.csv', readFileSync(new URL('../../../../shared/models/resnet18.onnx', import.meta.url)));
      expect(importError(path).message).toMatch(/model\.csv: not a text file \(binary data at byte \d+\); expected a GAMMA CSV/);
    });
  });
});
