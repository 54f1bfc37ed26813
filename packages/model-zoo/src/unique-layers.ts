import type { Layer } from './layer.js';
import type { Model } from './model.js';

/** One distinct layer shape of a model: the first layer with it, how often it occurs and every name it covers. */
export interface UniqueLayer {
  readonly layer: Layer;
  readonly count: number;
  readonly names: readonly string[];
}

// Every field but the name, in a fixed order, so two layers with equal shapes give the same key.
function shapeKey(layer: Layer): string {
  const entries = Object.entries(layer).filter(([field]) => field !== 'name');
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(entries);
}

/** Collapses identical layer shapes, in order of first occurrence, so a whole-model search runs each shape once. */
export function unique(model: Model): UniqueLayer[] {
  const byKey = new Map<string, { layer: Layer; names: string[] }>();
  for (const layer of model.layers) {
    const key = shapeKey(layer);
    const entry = byKey.get(key);
    if (entry) entry.names.push(layer.name);
    else byKey.set(key, { layer, names: [layer.name] });
  }
  return [...byKey.values()].map(({ layer, names }) => ({ layer, count: names.length, names }));
}
