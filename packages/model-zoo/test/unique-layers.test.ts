import { describe, expect, test } from 'vitest';
import { conv, gemm, getModel, layerMacs, modelMacs, unique, type Model } from '../src/index.js';

describe('unique', () => {
  test('collapses identical shapes in first-occurrence order, keeping every name', () => {
    const a = conv({ name: 'a', outChannels: 8, inChannels: 8, inputHeight: 16, inputWidth: 16, kernelHeight: 3, padding: 1 });
    const b = gemm({ name: 'b', M: 1, N: 10, K: 8 });
    const model: Model = { name: 't', layers: [a, b, { ...a, name: 'c' }, { ...a, name: 'd', strideY: 2, strideX: 2 }, { ...b, name: 'e' }] };
    const entries = unique(model);
    expect(entries.map((e) => [e.layer.name, e.count, e.names])).toEqual([
      ['a', 2, ['a', 'c']],
      ['b', 2, ['b', 'e']],
      ['d', 1, ['d']],
    ]);
  });

  test('ResNet-18 collapses to fewer shapes with the same total MACs', () => {
    const model = getModel('resnet18');
    const entries = unique(model);
    expect(entries.length).toBe(12);
    expect(entries.reduce((s, e) => s + e.count, 0)).toBe(model.layers.length);
    expect(entries.reduce((s, e) => s + e.count * layerMacs(e.layer), 0)).toBe(modelMacs(model));
    expect(entries[1].names).toEqual(['layer1.0.conv1', 'layer1.0.conv2', 'layer1.1.conv1', 'layer1.1.conv2']);
  });

  test('BERT: Q, K, V and O projections share one shape', () => {
    const entries = unique(getModel('bert_base'));
    expect(entries[0].names).toEqual(['attention.self.query', 'attention.self.key', 'attention.self.value', 'attention.output.dense']);
    expect(entries).toHaveLength(5);
  });
});
