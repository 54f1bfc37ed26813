import { DEFAULT_ENERGY_CONSTANTS } from './energy-model.js';
import type { Hardware } from './hardware.js';

/**
 * Stands for "no off-chip limit" in elements/cycle: the value the golden cases use for it. A finite number keeps
 * MAESTRO's integer arithmetic (off-chip delay, bandwidth requirement) meaningful.
 */
export const UNLIMITED_OFFCHIP_BANDWIDTH = 2 ** 30;

/**
 * GAMMA's default accelerator (`run_gamma.sh`: 168 PEs, L1 512, L2 108 000, NoC BW 81 920 000; GAMMA runs MAESTRO
 * with 1 hop of latency 1 and passes no off-chip limit). It is Eyeriss: a 12×14 array, 0.5 KB of scratchpad per
 * PE, a 108 KB global buffer, 16-bit words.
 */
export const EDGE_HARDWARE: Hardware = {
  name: 'edge',
  numPEs: 168,
  l1CapacityElements: 512,
  l2CapacityElements: 108_000,
  nocBandwidth: 81_920_000,
  nocHops: 1,
  nocHopLatency: 1,
  offchipBandwidth: UNLIMITED_OFFCHIP_BANDWIDTH,
  wordBits: 16,
  energy: DEFAULT_ENERGY_CONSTANTS,
};

/**
 * A datacenter inference accelerator in the class of TPU v1: 65 536 8-bit MAC units (256×256) and a 24 MiB
 * on-chip buffer. Choices (see README): 256 elements of L1 per PE (16 MiB of registers in total, below L2);
 * 4 096 elements/cycle on each NoC level (16 rows of a 256-wide array fed per cycle); 1 024 elements/cycle
 * off-chip (≈ 1 TB/s of HBM at 1 GHz with 8-bit words).
 */
export const CLOUD_HARDWARE: Hardware = {
  name: 'cloud',
  numPEs: 65_536,
  l1CapacityElements: 256,
  l2CapacityElements: 24 * 1024 * 1024,
  nocBandwidth: 4096,
  nocHops: 1,
  nocHopLatency: 1,
  offchipBandwidth: 1024,
  wordBits: 8,
  energy: DEFAULT_ENERGY_CONSTANTS,
};

export const HARDWARE_PRESETS: Readonly<Record<'edge' | 'cloud', Hardware>> = {
  edge: EDGE_HARDWARE,
  cloud: CLOUD_HARDWARE,
};

export type HardwarePresetName = keyof typeof HARDWARE_PRESETS;

export const HARDWARE_PRESET_NAMES: readonly HardwarePresetName[] = ['edge', 'cloud'];

export function isHardwarePresetName(name: string): name is HardwarePresetName {
  return (HARDWARE_PRESET_NAMES as readonly string[]).includes(name);
}

/** The preset of that name; throws naming the allowed names otherwise. */
export function hardwarePreset(name: string): Hardware {
  if (!isHardwarePresetName(name)) {
    throw new RangeError(`unknown hardware preset '${name}'; presets: ${HARDWARE_PRESET_NAMES.join(', ')}`);
  }
  return HARDWARE_PRESETS[name];
}
