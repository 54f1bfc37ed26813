import { conv, gemm, layerMacs, matmul } from '@gamma-ts/model-zoo';
import { describe, expect, it } from 'vitest';
import { InputFormatError, outputCols, outputRows, problemFromGolden, problemFromLayer, problemMacs } from '../src/index.js';

describe('problemFromLayer', () => {
  it('maps a padded convolution to a tight padded input', () => {
    const p = problemFromLayer(conv({ name: 'c', outChannels: 64, inChannels: 3, inputHeight: 224, inputWidth: 224, kernelHeight: 3, padding: 1 }));
    expect(p).toEqual({ op: 'CONV', name: 'c', K: 64, C: 3, Y: 226, X: 226, R: 3, S: 3, strideY: 1, strideX: 1, repeat: 1 });
  });

  it('trims the unused trailing row of a strided convolution', () => {
    // 7×7 stride 2 pad 3 on 224: Y' = 112, real padded input 230, tight 2·111 + 7 = 229.
    const p = problemFromLayer(conv({ name: 'c1', outChannels: 64, inChannels: 3, inputHeight: 224, inputWidth: 224, kernelHeight: 7, stride: 2, padding: 3 }));
    expect([p.Y, p.X, outputRows(p), outputCols(p)]).toEqual([229, 229, 112, 112]);
  });

  it('maps depthwise to DSCONV and grouped / multiplier convolutions to repeated groups', () => {
    const dw = problemFromLayer(conv({ name: 'dw', batch: 2, outChannels: 32, inChannels: 32, groups: 32, inputHeight: 8, inputWidth: 8, kernelHeight: 3 }));
    expect([dw.op, dw.K, dw.C, dw.repeat]).toEqual(['DSCONV', 1, 32, 2]);
    const grouped = conv({ name: 'g', outChannels: 64, inChannels: 32, groups: 4, inputHeight: 8, inputWidth: 8, kernelHeight: 3 });
    const g = problemFromLayer(grouped);
    expect([g.op, g.K, g.C, g.repeat]).toEqual(['CONV', 16, 8, 4]);
    const multiplierLayer = conv({ name: 'm', outChannels: 64, inChannels: 32, groups: 32, inputHeight: 8, inputWidth: 8, kernelHeight: 3 });
    const multiplier = problemFromLayer(multiplierLayer);
    expect([multiplier.op, multiplier.K, multiplier.C, multiplier.repeat]).toEqual(['CONV', 2, 1, 32]);
    for (const layer of [grouped, multiplierLayer]) expect(problemMacs(problemFromLayer(layer)) * problemFromLayer(layer).repeat).toBe(layerMacs(layer));
  });

  it('keeps R and the output size for dilated kernels, preserving MACs', () => {
    const layer = conv({ name: 'd', outChannels: 8, inChannels: 8, inputHeight: 32, inputWidth: 32, kernelHeight: 3, dilation: 2, padding: 2 });
    const p = problemFromLayer(layer);
    expect([p.R, outputRows(p), p.Y]).toEqual([3, 32, 34]);
    expect(problemMacs(p)).toBe(layerMacs(layer));
  });

  it('maps GEMM and batched matmul the way GAMMA does', () => {
    expect(problemFromLayer(gemm({ name: 'fc', M: 1, N: 1000, K: 4096 }))).toEqual({
      op: 'CONV', name: 'fc', K: 1000, C: 4096, Y: 1, X: 1, R: 1, S: 1, strideY: 1, strideX: 1, repeat: 1,
    });
    const qk = problemFromLayer(matmul({ name: 'qk', batch: 12, M: 128, N: 128, K: 64 }));
    expect([qk.K, qk.C, qk.Y, qk.X, qk.repeat]).toEqual([128, 64, 128, 1, 12]);
    expect(problemMacs(qk) * qk.repeat).toBe(12 * 128 * 128 * 64);
  });
});

describe('problemFromGolden', () => {
  it('names the bad field', () => {
    expect(() => problemFromGolden({ op: 'CONV', K: 1, C: 0, Y: 1, X: 1, R: 1, S: 1 }, 'case.json')).toThrow(
      new InputFormatError('case.json', 'C', 'must be a positive integer, got 0'),
    );
    expect(() => problemFromGolden({ op: 'FC' }, 'case.json')).toThrow(/case\.json: op: must be "CONV" or "DSCONV", got "FC"/);
  });
});
