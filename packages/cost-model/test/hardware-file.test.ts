import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HardwareError, loadHardwareFile, parseHardware, resolveHardware } from '../src/hardware-file.js';
import { CLOUD_HARDWARE, EDGE_HARDWARE, hardwarePreset, UNLIMITED_OFFCHIP_BANDWIDTH } from '../src/hardware-presets.js';
import { DEFAULT_ENERGY_CONSTANTS } from '../src/energy-model.js';

const full = {
  name: 'mine',
  numPEs: 256,
  l1CapacityElements: 1024,
  l2CapacityElements: 200_000,
  nocBandwidth: 64,
  nocHops: 2,
  nocHopLatency: 1,
  offchipBandwidth: 16,
  wordBits: 8,
};

describe('presets', () => {
  it('edge is GAMMA run_gamma.sh', () => {
    expect(hardwarePreset('edge')).toBe(EDGE_HARDWARE);
    expect(EDGE_HARDWARE).toMatchObject({
      numPEs: 168,
      l1CapacityElements: 512,
      l2CapacityElements: 108_000,
      nocBandwidth: 81_920_000,
      nocHops: 1,
      nocHopLatency: 1,
      offchipBandwidth: UNLIMITED_OFFCHIP_BANDWIDTH,
    });
  });

  it('cloud has 65 536 PEs and 24 MiB of L2', () => {
    expect(hardwarePreset('cloud')).toBe(CLOUD_HARDWARE);
    expect(CLOUD_HARDWARE.numPEs).toBe(65_536);
    expect((CLOUD_HARDWARE.l2CapacityElements * CLOUD_HARDWARE.wordBits) / 8).toBe(24 * 2 ** 20);
  });

  it('unknown preset names the allowed ones', () => {
    expect(() => hardwarePreset('phone')).toThrow("unknown hardware preset 'phone'; presets: edge, cloud");
  });
});

describe('parseHardware', () => {
  it('accepts a complete description with MAESTRO energy defaults', () => {
    expect(parseHardware(full, 'x.json')).toEqual({ ...full, energy: DEFAULT_ENERGY_CONSTANTS });
  });

  it('extends a preset and overrides single fields and energies', () => {
    const hw = parseHardware({ extends: 'edge', numPEs: 256, energy: { dramAccessNj: 0.1 } }, 'dir/big-edge.json');
    expect(hw).toEqual({ ...EDGE_HARDWARE, name: 'big-edge', numPEs: 256, energy: { ...EDGE_HARDWARE.energy, dramAccessNj: 0.1 } });
  });

  it.each<[string, unknown, string]>([
    ['not an object', [1], "x.json: a hardware description must be a JSON object, got an array"],
    ['missing field', { ...full, nocHops: undefined }, "x.json: field 'nocHops' is missing (an integer in [0, 1024]"],
    ['zero PEs', { ...full, numPEs: 0 }, "x.json: field 'numPEs' must be an integer in [1, 16777216], got 0"],
    ['fractional bandwidth', { ...full, nocBandwidth: 1.5 }, "x.json: field 'nocBandwidth' must be an integer in [1, 2147483647], got 1.5"],
    ['string capacity', { ...full, l2CapacityElements: '1MB' }, `field 'l2CapacityElements' must be an integer in [1, 2147483647], got "1MB"`],
    ['unknown field', { ...full, l3: 5 }, "x.json: field 'l3' is not a hardware field; fields: extends, name, numPEs"],
    ['bad extends', { extends: 'phone' }, "x.json: field 'extends' must be one of edge, cloud, got \"phone\""],
    ['negative energy', { ...full, energy: { macNj: -1 } }, "x.json: field 'energy.macNj' must be a finite number ≥ 0 (nJ), got -1"],
    ['unknown energy', { ...full, energy: { sramNj: 1 } }, "x.json: field 'energy.sramNj' is not a hardware field; fields: energy.macNj"],
    ['empty name', { ...full, name: '' }, "x.json: field 'name' must be a non-empty string"],
  ])('rejects %s', (_name, json, message) => {
    expect(() => parseHardware(json, 'x.json')).toThrow(HardwareError);
    expect(() => parseHardware(json, 'x.json')).toThrow(message);
  });
});

describe('hardware files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gamma-hw-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('loads a file, names a missing one and a broken one', () => {
    const good = join(dir, 'good.json');
    writeFileSync(good, JSON.stringify(full));
    expect(loadHardwareFile(good).numPEs).toBe(256);
    expect(resolveHardware(good).name).toBe('mine');
    expect(() => loadHardwareFile(join(dir, 'none.json'))).toThrow(`${join(dir, 'none.json')}: no such hardware file`);
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"numPEs": 1,');
    expect(() => loadHardwareFile(broken)).toThrow(`${broken}: not valid JSON`);
  });

  it('resolves preset names and rejects other words', () => {
    expect(resolveHardware('edge')).toBe(EDGE_HARDWARE);
    expect(resolveHardware('cloud')).toBe(CLOUD_HARDWARE);
    expect(() => resolveHardware('eddge')).toThrow('eddge: unknown hardware; use edge, cloud or the path of a .json hardware file');
  });
});
