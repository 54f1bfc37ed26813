import type { Model } from '../model.js';
import { NetworkBuilder, type FeatureMap } from './network-builder.js';

// torchvision's `_stack` arguments for MnasNet-1.0: output channels, kernel, first stride, expansion, repeats.
const STACKS: readonly (readonly [number, number, number, number, number])[] = [
  [24, 3, 2, 3, 3],
  [40, 5, 2, 3, 3],
  [80, 5, 2, 6, 3],
  [96, 3, 1, 6, 2],
  [192, 5, 2, 6, 4],
  [320, 3, 1, 6, 1],
];

/** torchvision `mnasnet1_0`, 224×224 input. */
export function mnasnet1_0(batch = 1): Model {
  const net = new NetworkBuilder(batch);
  let x: FeatureMap = { channels: 3, height: 224, width: 224 };
  x = net.conv('layers.0', x, { out: 32, kernel: 3, stride: 2, padding: 1 });
  x = net.conv('layers.3', x, { out: 32, kernel: 3, padding: 1, groups: 32 });
  x = net.conv('layers.6', x, { out: 16, kernel: 1 });
  STACKS.forEach(([out, kernel, firstStride, expansion, repeats], stackIndex) => {
    for (let r = 0; r < repeats; r++) {
      const prefix = `layers.${8 + stackIndex}.${r}.layers`;
      const mid = x.channels * expansion;
      x = net.conv(`${prefix}.0`, x, { out: mid, kernel: 1 });
      x = net.conv(`${prefix}.3`, x, { out: mid, kernel, stride: r === 0 ? firstStride : 1, padding: Math.floor(kernel / 2), groups: mid });
      x = net.conv(`${prefix}.6`, x, { out, kernel: 1 });
    }
  });
  x = net.conv('layers.14', x, { out: 1280, kernel: 1 });
  net.linear('classifier.1', x.channels, 1000);
  return { name: 'mnasnet1_0', description: 'MnasNet 1.0 (torchvision), 224×224 input', layers: net.layers };
}
