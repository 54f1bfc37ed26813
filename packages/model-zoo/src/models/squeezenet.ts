import type { Model } from '../model.js';
import { NetworkBuilder, pool, type FeatureMap } from './network-builder.js';

/** torchvision `squeezenet1_1`, 224×224 input. The classifier is a 1×1 convolution, `classifier.1`. */
export function squeezenet1_1(batch = 1): Model {
  const net = new NetworkBuilder(batch);
  const fire = (index: number, input: FeatureMap, squeeze: number, expand: number): FeatureMap => {
    const s = net.conv(`features.${index}.squeeze`, input, { out: squeeze, kernel: 1 });
    const e1 = net.conv(`features.${index}.expand1x1`, s, { out: expand, kernel: 1 });
    net.conv(`features.${index}.expand3x3`, s, { out: expand, kernel: 3, padding: 1 });
    // The two expand branches are concatenated along channels.
    return { ...e1, channels: 2 * expand };
  };
  const maxPool = (input: FeatureMap): FeatureMap => pool(input, { kernel: 3, stride: 2, ceilMode: true });
  let x: FeatureMap = { channels: 3, height: 224, width: 224 };
  x = net.conv('features.0', x, { out: 64, kernel: 3, stride: 2 });
  x = maxPool(x);
  x = fire(3, x, 16, 64);
  x = fire(4, x, 16, 64);
  x = maxPool(x);
  x = fire(6, x, 32, 128);
  x = fire(7, x, 32, 128);
  x = maxPool(x);
  x = fire(9, x, 48, 192);
  x = fire(10, x, 48, 192);
  x = fire(11, x, 64, 256);
  x = fire(12, x, 64, 256);
  net.conv('classifier.1', x, { out: 1000, kernel: 1 });
  return { name: 'squeezenet1_1', description: 'SqueezeNet 1.1 (torchvision), 224×224 input', layers: net.layers };
}
