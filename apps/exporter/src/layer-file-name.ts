import type { LayerResult } from '@gamma-ts/genetic-engine';

/** `03-conv2_1`: the layer's position (1-based, zero-padded) and a file-system-safe name. */
export function layerFileName(layer: LayerResult, index: number, total: number): string {
  const width = Math.max(2, String(total).length);
  const safe = layer.name.replace(/[^A-Za-z0-9_.-]+/g, '_').replace(/^[._]+/, '') || 'layer';
  return `${String(index + 1).padStart(width, '0')}-${safe}`;
}
