import { describe, expect, it } from 'vitest';
import { acceleratorArea, acceleratorPower } from '../src/area-power-model.js';
import { EDGE_HARDWARE } from '../src/hardware-presets.js';

describe('MAESTRO area and power (maestro-model.md §6.5) on capacities', () => {
  it('a 1-PE accelerator, by hand: the arbiter terms take their floors', () => {
    const hw = { numPEs: 1, l1CapacityElements: 10, l2CapacityElements: 100, nocBandwidth: 1 };
    // 1·(283 + 0.104·10) + 0.104·100 + 101.7938·(14.662 + 28.895)·1 + 395.473
    expect(acceleratorArea(hw)).toBeCloseTo(284.04 + 10.4 + 4433.8325466 + 395.473, 6);
    // 1.2223 + 0.0345 + 0.345 + 0.8·43.557/1000 + 0.34
    expect(acceleratorPower(hw)).toBeCloseTo(1.2223 + 0.0345 + 0.345 + 0.0348456 + 0.34, 9);
  });

  it('empty buffers count as one cell', () => {
    const a = acceleratorArea({ numPEs: 1, l1CapacityElements: 0, l2CapacityElements: 0, nocBandwidth: 1 });
    const b = acceleratorArea({ numPEs: 1, l1CapacityElements: 1, l2CapacityElements: 1, nocBandwidth: 1 });
    expect(a).toBe(b);
  });

  it('edge preset: the doc formula term by term', () => {
    const p = 168;
    const arbiter = 1.2886 * p * p + 5.5814 * p - 23.711;
    const area = p * (283 + 0.104 * 512) + 0.104 * 108_000 + 101.7938 * (14.662 * p + 28.895) * 81_920_000 + 395.473 * arbiter;
    const power = p * 1.2223 + p * 0.00345 * 512 + 0.00345 * 108_000 + (0.8 * (14.662 * p + 28.895) / 1000) * 81_920_000 + (0.34 * arbiter) / 1000;
    expect(acceleratorArea(EDGE_HARDWARE)).toBeCloseTo(area, 0);
    expect(acceleratorPower(EDGE_HARDWARE)).toBeCloseTo(power, 3);
    // The bus term dominates with GAMMA's NoC bandwidth.
    expect(acceleratorArea(EDGE_HARDWARE)).toBeGreaterThan(2e13);
  });

  it('grows with capacity, so area is a property of the accelerator', () => {
    const small = acceleratorArea({ ...EDGE_HARDWARE, l2CapacityElements: 1000 });
    expect(acceleratorArea(EDGE_HARDWARE) - small).toBeCloseTo(0.104 * 107_000, 3);
  });
});
