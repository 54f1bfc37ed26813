import type { Model } from '../model.js';
import { NetworkBuilder, pool, type FeatureMap } from './network-builder.js';

type BlockKind = 'basic' | 'bottleneck';

// Output-channel expansion of each block kind, as torchvision's `expansion` attribute.
const EXPANSION: Record<BlockKind, number> = { basic: 1, bottleneck: 4 };

function resnet(name: string, description: string, kind: BlockKind, blocksPerStage: readonly number[], batch: number): Model {
  const net = new NetworkBuilder(batch);
  let x: FeatureMap = { channels: 3, height: 224, width: 224 };
  x = net.conv('conv1', x, { out: 64, kernel: 7, stride: 2, padding: 3 });
  x = pool(x, { kernel: 3, stride: 2, padding: 1 });
  const expansion = EXPANSION[kind];
  blocksPerStage.forEach((blocks, stageIndex) => {
    const planes = 64 * 2 ** stageIndex;
    for (let b = 0; b < blocks; b++) {
      const stride = stageIndex > 0 && b === 0 ? 2 : 1;
      const prefix = `layer${stageIndex + 1}.${b}`;
      const blockInput = x;
      if (kind === 'basic') {
        x = net.conv(`${prefix}.conv1`, x, { out: planes, kernel: 3, stride, padding: 1 });
        x = net.conv(`${prefix}.conv2`, x, { out: planes, kernel: 3, padding: 1 });
      } else {
        // torchvision's ResNet v1.5: the stride sits on the 3×3 convolution, not the first 1×1.
        x = net.conv(`${prefix}.conv1`, x, { out: planes, kernel: 1 });
        x = net.conv(`${prefix}.conv2`, x, { out: planes, kernel: 3, stride, padding: 1 });
        x = net.conv(`${prefix}.conv3`, x, { out: planes * expansion, kernel: 1 });
      }
      if (stride !== 1 || blockInput.channels !== planes * expansion) {
        net.conv(`${prefix}.downsample.0`, blockInput, { out: planes * expansion, kernel: 1, stride });
      }
    }
  });
  // Global average pooling leaves one value per channel for the classifier.
  net.linear('fc', x.channels, 1000);
  return { name, description, layers: net.layers };
}

/** torchvision `resnet18`: 20 convolutions and the `fc` classifier, 224×224 input. */
export function resnet18(batch = 1): Model {
  return resnet('resnet18', 'ResNet-18 (torchvision), 224×224 input', 'basic', [2, 2, 2, 2], batch);
}

/** torchvision `resnet50` (v1.5): 53 convolutions and the `fc` classifier, 224×224 input. */
export function resnet50(batch = 1): Model {
  return resnet('resnet50', 'ResNet-50 v1.5 (torchvision), 224×224 input', 'bottleneck', [3, 4, 6, 3], batch);
}
