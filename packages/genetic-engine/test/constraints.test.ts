import { describe, expect, it } from 'vitest';
import { constraintPreset, problemFromLayer, validateMapping } from '@gamma-ts/search-space';
import { search } from '../src/index.js';
import { tinyModel, tinyRequest } from './search-fixtures.js';

describe('constraints', () => {
  it('a latency upper bound holds for the energy-optimal result, and binds', async () => {
    const base = { layer: 'b', budget: { samples: 600 }, populationSize: 30 } as const;
    const energyOnly = await search(tinyRequest({ ...base, objective: { objectives: ['energy'] } }), { workers: 0 });
    const latencyOnly = await search(tinyRequest({ ...base, objective: { objectives: ['latency'] } }), { workers: 0 });
    const unconstrained = energyOnly.layers[0].best!.metrics;
    const fastest = latencyOnly.layers[0].best!.metrics.runtime;
    // A bound between the fastest runtime found and the energy-optimal mapping's runtime must change the answer.
    const bound = Math.round((fastest + unconstrained.runtime) / 2);
    expect(bound).toBeLessThan(unconstrained.runtime);
    const constrained = await search(tinyRequest({ ...base, objective: { objectives: ['energy'] }, constraints: [{ metric: 'runtime', max: bound }] }), { workers: 0 });
    const layer = constrained.layers[0];
    expect(layer.best).not.toBeNull();
    expect(layer.best!.metrics.runtime).toBeLessThanOrEqual(bound);
    expect(layer.best!.metrics.energy).toBeGreaterThanOrEqual(unconstrained.energy);
    expect(layer.invalidReasons['constraint:runtime']).toBeGreaterThan(0);
    expect(constrained.run.constraints).toEqual([{ metric: 'runtime', max: bound }]);
    for (const h of layer.history) if (h.best.length > 0) expect(h.best[0]).toBeGreaterThan(0);
  });

  it('every mapping the search returns honours accelerator flexibility constraints', async () => {
    const flexibility = constraintPreset('nvdla', 168);
    const result = await search(tinyRequest({ flexibility, objective: { objectives: ['latency', 'energy'] } }), { workers: 0 });
    for (const layer of result.layers) {
      const problem = problemFromLayer(tinyModel.layers.find((l) => l.name === layer.name)!);
      const mappings = [layer.best!, ...layer.front].map((s) => s.mapping);
      expect(mappings.length).toBeGreaterThan(1);
      for (const m of mappings) expect(validateMapping(problem, m, { numPEs: 168, constraints: flexibility })).toEqual([]);
    }
  });

  it('hardware buffer capacities are always enforced', async () => {
    const result = await search(tinyRequest({ layer: 'b' }), { workers: 0 });
    const { best } = result.layers[0];
    expect(best!.metrics.l1Size).toBeLessThanOrEqual(result.run.hardware.l1CapacityElements);
    expect(best!.metrics.l2Size).toBeLessThanOrEqual(result.run.hardware.l2CapacityElements);
  });

  it('rejects bad requests naming the field', async () => {
    await expect(search(tinyRequest({ layer: 'zz' }), { workers: 0 })).rejects.toThrow(/layer: 'zz' is not a layer of model 'tiny'; layers: a, b, c/);
    await expect(search(tinyRequest({ constraints: [{ metric: 'runtime', max: -1 }] }), { workers: 0 })).rejects.toThrow(/constraints\[0\]\.max/);
    await expect(search(tinyRequest({ seed: 1.5 }), { workers: 0 })).rejects.toThrow(/seed/);
  });
});
