import type { Model } from '../model.js';
import { flattenedSize, NetworkBuilder, pool, type FeatureMap } from './network-builder.js';

/** torchvision `alexnet`, 224×224 input. */
export function alexnet(batch = 1): Model {
  const net = new NetworkBuilder(batch);
  let x: FeatureMap = { channels: 3, height: 224, width: 224 };
  x = net.conv('features.0', x, { out: 64, kernel: 11, stride: 4, padding: 2 });
  x = pool(x, { kernel: 3, stride: 2 });
  x = net.conv('features.3', x, { out: 192, kernel: 5, padding: 2 });
  x = pool(x, { kernel: 3, stride: 2 });
  x = net.conv('features.6', x, { out: 384, kernel: 3, padding: 1 });
  x = net.conv('features.8', x, { out: 256, kernel: 3, padding: 1 });
  x = net.conv('features.10', x, { out: 256, kernel: 3, padding: 1 });
  x = pool(x, { kernel: 3, stride: 2 });
  // The 6×6 adaptive average pool is the identity at 224×224.
  net.linear('classifier.1', flattenedSize(x), 4096);
  net.linear('classifier.4', 4096, 4096);
  net.linear('classifier.6', 4096, 1000);
  return { name: 'alexnet', description: 'AlexNet (torchvision), 224×224 input', layers: net.layers };
}
