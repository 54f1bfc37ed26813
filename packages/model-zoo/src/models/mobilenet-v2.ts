import type { Model } from '../model.js';
import { NetworkBuilder, type FeatureMap } from './network-builder.js';

// torchvision's inverted-residual settings: expansion t, output channels c, repeats n, first stride s.
const SETTINGS: readonly (readonly [number, number, number, number])[] = [
  [1, 16, 1, 1],
  [6, 24, 2, 2],
  [6, 32, 3, 2],
  [6, 64, 4, 2],
  [6, 96, 3, 1],
  [6, 160, 3, 2],
  [6, 320, 1, 1],
];

/** torchvision `mobilenet_v2` (width 1.0), 224×224 input. */
export function mobilenetV2(batch = 1): Model {
  const net = new NetworkBuilder(batch);
  let x: FeatureMap = { channels: 3, height: 224, width: 224 };
  x = net.conv('features.0.0', x, { out: 32, kernel: 3, stride: 2, padding: 1 });
  let index = 1;
  for (const [t, c, n, s] of SETTINGS) {
    for (let i = 0; i < n; i++) {
      const stride = i === 0 ? s : 1;
      const prefix = `features.${index}.conv`;
      const hidden = x.channels * t;
      // Without expansion the block starts directly with the depthwise conv, which shifts the submodule indices.
      let sub = 0;
      if (t !== 1) x = net.conv(`${prefix}.${sub++}.0`, x, { out: hidden, kernel: 1 });
      x = net.conv(`${prefix}.${sub++}.0`, x, { out: hidden, kernel: 3, stride, padding: 1, groups: hidden });
      x = net.conv(`${prefix}.${sub}`, x, { out: c, kernel: 1 });
      index++;
    }
  }
  x = net.conv(`features.${index}.0`, x, { out: 1280, kernel: 1 });
  net.linear('classifier.1', x.channels, 1000);
  return { name: 'mobilenet_v2', description: 'MobileNet-V2 (torchvision), 224×224 input', layers: net.layers };
}
