import type { Model } from '../model.js';
import { flattenedSize, NetworkBuilder, pool, type FeatureMap } from './network-builder.js';

// torchvision's configuration "D": output channels of each 3×3 conv, 'M' for a 2×2 max pool.
const CONFIG_D: readonly (number | 'M')[] = [64, 64, 'M', 128, 128, 'M', 256, 256, 256, 'M', 512, 512, 512, 'M', 512, 512, 512, 'M'];

/** torchvision `vgg16` (no batch norm), 224×224 input. */
export function vgg16(batch = 1): Model {
  const net = new NetworkBuilder(batch);
  let x: FeatureMap = { channels: 3, height: 224, width: 224 };
  // Module indices count the ReLU after each conv and the pools, as in torchvision's `features` Sequential.
  let index = 0;
  for (const entry of CONFIG_D) {
    if (entry === 'M') {
      x = pool(x, { kernel: 2, stride: 2 });
      index += 1;
    } else {
      x = net.conv(`features.${index}`, x, { out: entry, kernel: 3, padding: 1 });
      index += 2;
    }
  }
  // The adaptive average pool is 7×7 at 224×224, so it changes nothing before flattening.
  const features = flattenedSize(x);
  const hidden = net.linear('classifier.0', features, 4096);
  net.linear('classifier.3', hidden, 4096);
  net.linear('classifier.6', 4096, 1000);
  return { name: 'vgg16', description: 'VGG-16 (torchvision), 224×224 input', layers: net.layers };
}
