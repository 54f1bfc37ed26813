import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import {
  decodeOnnxModel,
  encodeOnnxModel,
  getModel,
  importModel,
  importOnnx,
  layerMacs,
  modelMacs,
  ModelImportError,
  onnxLayerName,
  outputHeight,
  outputWidth,
  parseOnnx,
  type ConvLayer,
  type OnnxModel,
} from '../src/index.js';
import { int, int64Tensor, ints, node, onnxBytes, str, valueInfo, weight } from './onnx-builder.js';

const RESNET18 = fileURLToPath(new URL('../../../../shared/models/resnet18.onnx', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'onnx-import-'));
function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function importError(run: () => unknown): ModelImportError {
  try {
    run();
  } catch (error) {
    if (error instanceof ModelImportError) return error;
    throw error;
  }
  throw new Error('imported without error');
}

describe('ONNX import of the real ResNet-18 export', () => {
  test('same layers, names and MACs as the built-in ResNet-18', () => {
    const imported = importOnnx(RESNET18);
    expect(imported.format).toBe('onnx');
    expect(imported.model.name).toBe('resnet18');
    expect(imported.model.layers).toEqual(getModel('resnet18').layers);
    expect(modelMacs(imported.model)).toBe(1_814_073_344);
    expect(imported.skipped).toEqual([]);
    expect(imported.nonCompute).toEqual([
      { op: 'Relu', count: 17 },
      { op: 'MaxPool', count: 1 },
      { op: 'Add', count: 8 },
      { op: 'GlobalAveragePool', count: 1 },
      { op: 'Flatten', count: 1 },
    ]);
    expect(imported.notes).toEqual([]);
  });

  test('without value_info the shapes propagated from the input give the same layers', () => {
    const decoded = decodeOnnxModel(readFileSync(RESNET18));
    expect(decoded.graph?.valueInfo?.length).toBeGreaterThan(0);
    const stripped: OnnxModel = { ...decoded, graph: { ...decoded.graph, valueInfo: [], output: [] } };
    const imported = parseOnnx(encodeOnnxModel(stripped), 'stripped.onnx');
    expect(imported.model.layers).toEqual(getModel('resnet18').layers);
  });

  test('importModel dispatches on the extension, case-insensitively', () => {
    const upper = file('ResNet.ONNX', readFileSync(RESNET18));
    expect(importModel(upper).model.layers).toHaveLength(21);
    expect(importModel(file('g.csv', '8,4,10,10,3,3,1\n')).format).toBe('gamma-csv');
    expect(importError(() => importModel(file('model.txt', 'x'))).message).toMatch(
      /model\.txt: unsupported file extension '\.txt'; expected \.onnx \(ONNX\) or \.csv \(GAMMA layer CSV\)/,
    );
  });
});

describe('ONNX shape propagation on small graphs without value_info', () => {
  test('depthwise conv then pointwise conv: group, stride, pads and the propagated 56×56', () => {
    const bytes = onnxBytes({
      inputs: [valueInfo('x', [1, 32, 112, 112])],
      initializers: [weight('dw.w', [32, 1, 3, 3]), weight('pw.w', [64, 32, 1, 1])],
      nodes: [
        node('Conv', '/features/dw/Conv', ['x', 'dw.w'], ['a'], [int('group', 32), ints('strides', [2, 2]), ints('pads', [1, 1, 1, 1]), ints('kernel_shape', [3, 3])]),
        node('Clip', '/features/act/Clip', ['a'], ['b']),
        node('Conv', '/features/pw/Conv', ['b', 'pw.w'], ['c']),
      ],
    });
    const { model } = parseOnnx(bytes, 'dw.onnx');
    const [dw, pw] = model.layers as ConvLayer[];
    expect(dw).toMatchObject({ name: 'features.dw', groups: 32, inChannels: 32, outChannels: 32, strideY: 2, padY: 1, inputHeight: 112 });
    expect(outputHeight(dw)).toBe(56);
    expect(pw).toMatchObject({ name: 'features.pw', inChannels: 32, outChannels: 64, inputHeight: 56, inputWidth: 56, kernelHeight: 1 });
  });

  test('pool, Reshape from a Shape→Gather→Unsqueeze→Concat chain, then Gemm (transB and transA)', () => {
    const bytes = onnxBytes({
      inputs: [valueInfo('x', [2, 8, 9, 9])],
      initializers: [weight('fc.w', [10, 8]), weight('fc2.w', [6, 10]), int64Tensor('zero', [0]), int64Tensor('minus1', [-1])],
      nodes: [
        node('MaxPool', 'pool', ['x'], ['p'], [ints('kernel_shape', [3, 3]), ints('strides', [2, 2]), int('ceil_mode', 1)]),
        node('GlobalAveragePool', 'gap', ['p'], ['g']),
        node('Shape', 'shape', ['g'], ['s']),
        node('Gather', 'gather', ['s', 'zero'], ['n']),
        node('Concat', 'concat', ['n', 'minus1'], ['target'], [int('axis', 0)]),
        node('Reshape', 'reshape', ['g', 'target'], ['flat']),
        node('Gemm', '/fc/Gemm', ['flat', 'fc.w'], ['y'], [int('transB', 1)]),
        node('Transpose', 't', ['y'], ['yt']),
        node('Gemm', '/fc2/Gemm', ['yt', 'fc2.w'], ['z'], [int('transA', 1), int('transB', 1)]),
      ],
    });
    const imported = parseOnnx(bytes, 'gemm.onnx');
    expect(imported.model.layers).toEqual([
      { op: 'gemm', name: 'fc', M: 2, N: 10, K: 8 },
      { op: 'gemm', name: 'fc2', M: 2, N: 6, K: 10 },
    ]);
    expect(imported.skipped).toEqual([]);
  });

  test('attention: projections become GEMMs, QKᵀ and A·V batched matmuls over 12 heads', () => {
    const seq = 16;
    const bytes = onnxBytes({
      inputs: [valueInfo('h', [1, seq, 768])],
      initializers: [
        weight('wq', [768, 768]),
        weight('wk', [768, 768]),
        weight('wv', [768, 768]),
        int64Tensor('heads', [1, seq, 12, 64]),
      ],
      nodes: [
        node('MatMul', '/attention/self/query/MatMul', ['h', 'wq'], ['q0']),
        node('MatMul', '/attention/self/key/MatMul', ['h', 'wk'], ['k0']),
        node('MatMul', '/attention/self/value/MatMul', ['h', 'wv'], ['v0']),
        node('Reshape', 'rq', ['q0', 'heads'], ['q1']),
        node('Reshape', 'rk', ['k0', 'heads'], ['k1']),
        node('Reshape', 'rv', ['v0', 'heads'], ['v1']),
        node('Transpose', 'tq', ['q1'], ['q'], [ints('perm', [0, 2, 1, 3])]),
        node('Transpose', 'tk', ['k1'], ['kt'], [ints('perm', [0, 2, 3, 1])]),
        node('Transpose', 'tv', ['v1'], ['v'], [ints('perm', [0, 2, 1, 3])]),
        node('MatMul', '/attention/self/MatMul', ['q', 'kt'], ['scores']),
        node('Softmax', 'softmax', ['scores'], ['probs'], [int('axis', -1)]),
        node('MatMul', '/attention/self/MatMul_1', ['probs', 'v'], ['context']),
      ],
    });
    const { model } = parseOnnx(bytes, 'attention.onnx');
    expect(model.layers).toEqual([
      { op: 'gemm', name: 'attention.self.query', M: seq, N: 768, K: 768 },
      { op: 'gemm', name: 'attention.self.key', M: seq, N: 768, K: 768 },
      { op: 'gemm', name: 'attention.self.value', M: seq, N: 768, K: 768 },
      { op: 'matmul', name: 'attention.self', batch: 12, M: seq, N: seq, K: 64 },
      { op: 'matmul', name: 'attention.self.MatMul_1', batch: 12, M: seq, N: 64, K: seq },
    ]);
    const bert = getModel('bert_base', { sequenceLength: seq });
    expect(layerMacs(model.layers[3])).toBe(layerMacs(bert.layers.find((l) => l.name === 'attention.self.scores')!));
  });

  test('unsupported operators are skipped and counted; a conv behind one is reported unsized unless value_info gives its shape', () => {
    const graph = {
      inputs: [valueInfo('x', [1, 3, 32, 32])],
      initializers: [weight('w1', [8, 3, 3, 3]), weight('w2', [8, 8, 3, 3])],
      nodes: [
        node('Conv', 'c1', ['x', 'w1'], ['a'], [ints('pads', [1, 1, 1, 1])]),
        node('FancyNorm', 'f1', ['a'], ['b']),
        node('FancyNorm', 'f2', ['b'], ['c']),
        node('Conv', 'c2', ['c', 'w2'], ['d']),
      ],
    };
    const without = parseOnnx(onnxBytes(graph), 'fancy.onnx');
    expect(without.model.layers.map((l) => l.name)).toEqual(['c1']);
    expect(without.skipped).toEqual([
      { op: 'FancyNorm', count: 2 },
      { op: 'Conv (unsized)', count: 1 },
    ]);
    expect(without.notes).toEqual(["c2: Conv left out because the shape of its input 'c' is unknown"]);

    const withInfo = parseOnnx(onnxBytes({ ...graph, valueInfo: [valueInfo('c', [1, 8, 32, 32])] }), 'fancy.onnx');
    expect(withInfo.model.layers[1]).toMatchObject({ name: 'c2', inChannels: 8, inputHeight: 32 });
    expect(withInfo.skipped).toEqual([{ op: 'FancyNorm', count: 2 }]);
  });

  test('a Reshape target built from a constant whose data was stripped is solved from the element count', () => {
    const stripped = { ...int64Tensor('minus1', [-1]), rawData: undefined, dataLocation: 1 };
    const bytes = onnxBytes({
      inputs: [valueInfo('x', [1, 1280, 7, 7])],
      initializers: [weight('w', [1000, 1280]), stripped, int64Tensor('zero', [0])],
      nodes: [
        node('GlobalAveragePool', 'gap', ['x'], ['g']),
        node('Shape', 'shape', ['g'], ['s']),
        node('Gather', 'gather', ['s', 'zero'], ['n']),
        node('Concat', 'concat', ['n', 'minus1'], ['target'], [int('axis', 0)]),
        node('Reshape', 'reshape', ['g', 'target'], ['flat']),
        node('Gemm', 'classifier', ['flat', 'w'], ['y'], [int('transB', 1)]),
      ],
    });
    expect(parseOnnx(bytes, 'stripped.onnx').model.layers).toEqual([{ op: 'gemm', name: 'classifier', M: 1, N: 1000, K: 1280 }]);
  });

  test('quantized QLinearConv / QLinearMatMul and com.microsoft QLinearAdd keep their shapes and MACs', () => {
    const scale = (name: string) => ({ name, dims: [], dataType: 1 });
    const q = ['xs', 'xz', 'ws', 'wz', 'ys', 'yz'];
    const bytes = onnxBytes({
      inputs: [valueInfo('x', [1, 4, 10, 10])],
      initializers: [weight('w', [8, 4, 3, 3]), weight('fc', [800, 5]), ...q.map(scale)],
      nodes: [
        node('QLinearConv', 'qconv', ['x', 'xs', 'xz', 'w', 'ws', 'wz', 'ys', 'yz'], ['c'], [ints('pads', [1, 1, 1, 1])]),
        { ...node('QLinearAdd', 'qadd', ['c', 'xs', 'xz', 'c', 'ws', 'wz', 'ys', 'yz'], ['a']), domain: 'com.microsoft' },
        { ...node('QLinearSoftmax', 'qsm', ['a'], ['b']), domain: 'com.microsoft' },
        node('Flatten', 'flat', ['a'], ['f']),
        node('QLinearMatMul', 'qfc', ['f', 'xs', 'xz', 'fc', 'ws', 'wz', 'ys', 'yz'], ['y']),
      ],
    });
    const imported = parseOnnx(bytes, 'int8.onnx');
    expect(imported.model.layers[0]).toMatchObject({ op: 'conv', name: 'qconv', inChannels: 4, outChannels: 8, inputHeight: 10, padY: 1 });
    expect(imported.model.layers[1]).toEqual({ op: 'gemm', name: 'qfc', M: 1, N: 5, K: 800 });
    expect(imported.skipped).toEqual([{ op: 'com.microsoft.QLinearSoftmax', count: 1 }]);
  });

  test('symbolic batch: taken as 1 with a note, or set through dimensions', () => {
    const bytes = onnxBytes({
      inputs: [valueInfo('x', ['N', 3, 16, 16])],
      initializers: [weight('w', [4, 3, 3, 3])],
      nodes: [node('Conv', 'c', ['x', 'w'], ['y'])],
    });
    const assumed = parseOnnx(bytes, 'dyn.onnx');
    expect(assumed.model.layers[0]).toMatchObject({ batch: 1 });
    expect(assumed.notes).toEqual(["input 'x': symbolic batch dimension 'N' taken as 1"]);
    const given = parseOnnx(bytes, 'dyn.onnx', { dimensions: { N: 4 } });
    expect(given.model.layers[0]).toMatchObject({ batch: 4 });
    expect(given.notes).toEqual([]);
    expect(importError(() => parseOnnx(bytes, 'dyn.onnx', { dimensions: { N: 0 } })).message).toMatch(/dimension 'N' must be a positive integer, got 0/);
    expect(parseOnnx(bytes, 'dyn.onnx', { dimensions: { N: 2, batch: 3 } }).notes).toEqual(["dimension 'batch' was given but no input or value_info uses it"]);
  });

  test('asymmetric and SAME_UPPER padding keep the exact output size', () => {
    const bytes = onnxBytes({
      inputs: [valueInfo('x', [1, 3, 224, 224])],
      initializers: [weight('w', [16, 3, 3, 3]), weight('w2', [16, 16, 3, 3])],
      nodes: [
        node('Conv', 'asym', ['x', 'w'], ['y'], [ints('strides', [2, 2]), ints('pads', [0, 0, 1, 1])]),
        node('Conv', 'same', ['y', 'w2'], ['z'], [ints('strides', [2, 2]), str('auto_pad', 'SAME_UPPER')]),
      ],
    });
    const imported = parseOnnx(bytes, 'pads.onnx');
    const [asym, same] = imported.model.layers as ConvLayer[];
    // TensorFlow-style stride-2 padding: floor((224 + 0 + 1 - 3) / 2) + 1 = 112.
    expect([outputHeight(asym), outputWidth(asym)]).toEqual([112, 112]);
    expect(asym).toMatchObject({ padY: 0, inputHeight: 225 });
    expect(layerMacs(asym)).toBe(16 * 3 * 9 * 112 * 112);
    expect(imported.notes[0]).toMatch(/^asym: asymmetric padding \(top 0, bottom 1, left 0, right 1\)/);
    // SAME_UPPER, stride 2 on 112: ceil(112 / 2) = 56 outputs.
    expect(outputHeight(same)).toBe(56);
  });
});

describe('ONNX errors: one ModelImportError naming the file', () => {
  test('missing and empty files', () => {
    expect(importError(() => importOnnx(join(dir, 'absent.onnx'))).message).toBe(`${join(dir, 'absent.onnx')}: file not found`);
    expect(importError(() => importOnnx(file('empty.onnx', ''))).message).toMatch(/empty\.onnx: file is empty$/);
    expect(importError(() => importOnnx(dir)).message).toMatch(/is a directory, not a model file$/);
  });

  test('truncated file', () => {
    const bytes = readFileSync(RESNET18);
    const e = importError(() => importOnnx(file('half.onnx', bytes.subarray(0, bytes.length / 2))));
    expect(e.message).toMatch(/half\.onnx: not a valid ONNX model: truncated or corrupt protobuf data/);
  });

  test('a CSV given to the ONNX importer', () => {
    const e = importError(() => importOnnx(file('layers.onnx', 'K,C,Y,X,R,S,T\n64,3,224,224,7,7,1\n')));
    expect(e.message).toMatch(/layers\.onnx: not an ONNX model: the file is text/);
  });

  test('random bytes never escape as anything but ModelImportError', () => {
    for (let seed = 0; seed < 20; seed++) {
      const chunks = Array.from({ length: 8 }, (_, i) => createHash('sha256').update(`${seed}:${i}`).digest());
      const path = file(`random-${seed}.onnx`, Buffer.concat(chunks));
      expect(importError(() => importOnnx(path)).message).toMatch(new RegExp(`random-${seed}\\.onnx: (not a valid ONNX model|not an ONNX model|the ONNX graph has no nodes|no layers to import)`));
    }
  });

  test('protobuf that is not a model, and a graph without nodes or compute layers', () => {
    expect(importError(() => parseOnnx(encodeOnnxModel({ irVersion: 8 }), 'nograph.onnx')).message).toBe('nograph.onnx: not an ONNX model: no graph in the protobuf data');
    expect(importError(() => parseOnnx(onnxBytes({ inputs: [], nodes: [] }), 'nodes.onnx')).message).toBe('nodes.onnx: the ONNX graph has no nodes');
    const reluOnly = onnxBytes({ inputs: [valueInfo('x', [1, 4])], nodes: [node('Relu', 'r', ['x'], ['y'])] });
    expect(importError(() => parseOnnx(reluOnly, 'relu.onnx')).message).toBe('relu.onnx: no layers to import: it has no Conv, Gemm or MatMul node');
  });

  test('inconsistent channels are an error naming the node', () => {
    const bytes = onnxBytes({
      inputs: [valueInfo('x', [1, 3, 8, 8])],
      initializers: [weight('w', [4, 5, 3, 3])],
      nodes: [node('Conv', 'bad', ['x', 'w'], ['y'])],
    });
    expect(importError(() => parseOnnx(bytes, 'chan.onnx')).message).toBe(
      "chan.onnx: node 'bad' (Conv): its weight has 5 input channels per group × 1 groups but the input has 3 channels",
    );
  });
});

describe('onnxLayerName', () => {
  test('rebuilds PyTorch module paths', () => {
    expect(onnxLayerName('/layer2/layer2.0/downsample/downsample.0/Conv', 'Conv')).toBe('layer2.0.downsample.0');
    expect(onnxLayerName('/bert/encoder/layer.0/attention/self/query/MatMul', 'MatMul')).toBe('bert.encoder.layer.0.attention.self.query');
    expect(onnxLayerName('/features/features.0/features.0.0/Conv', 'Conv')).toBe('features.0.0');
    expect(onnxLayerName('/fc/Gemm', 'Gemm')).toBe('fc');
    expect(onnxLayerName('Conv_12', 'Conv')).toBe('Conv_12');
  });
});
