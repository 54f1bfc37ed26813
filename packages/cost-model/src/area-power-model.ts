import type { Hardware } from './hardware.js';

/**
 * MAESTRO's area and power models (DSE_hardware_modules.hpp, 28 nm figures), evaluated on the hardware's
 * capacities rather than on a mapping's buffer requirements, so that area and power describe the accelerator.
 * Single SIMD lane, as GAMMA runs MAESTRO. The bus term grows with the NoC bandwidth, which dominates for the
 * "unconstrained" bandwidths GAMMA passes.
 */
type AreaPowerHardware = Pick<Hardware, 'numPEs' | 'l1CapacityElements' | 'l2CapacityElements' | 'nocBandwidth'>;

const SIMD_LANES = 1;

// MAESTRO sizes SRAM in cells of one element and treats an empty buffer as one cell.
function sramCells(elements: number): number {
  return elements === 0 ? 1 : elements;
}

// The matrix arbiter's polynomial in the PE count, shared by area and power.
function arbiterScale(numPEs: number): number {
  return 1.2886 * numPEs * numPEs + 5.5814 * numPEs - 23.711;
}

/** Area, µm². */
export function acceleratorArea(hw: AreaPowerHardware): number {
  const p = hw.numPEs;
  const pes = p * (283 * SIMD_LANES + 0.104 * sramCells(hw.l1CapacityElements));
  const l2 = 0.104 * sramCells(hw.l2CapacityElements);
  const bus = 101.7938 * (14.662 * p + 28.895) * hw.nocBandwidth;
  const arbiter = Math.max(395.473, 395.473 * arbiterScale(p));
  return pes + l2 + bus + arbiter;
}

/** Power, mW. */
export function acceleratorPower(hw: AreaPowerHardware): number {
  const p = hw.numPEs;
  const pes = p * 1.2223 * SIMD_LANES;
  const l1 = p * 0.00345 * sramCells(hw.l1CapacityElements);
  const l2 = 0.00345 * sramCells(hw.l2CapacityElements);
  const noc = ((0.8 * (14.662 * p + 28.895)) / 1000) * hw.nocBandwidth + Math.max(0.34, (0.34 * arbiterScale(p)) / 1000);
  return pes + l1 + l2 + noc;
}
