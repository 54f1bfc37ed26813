import type { EnergyConstants } from './hardware.js';
import type { AccessCounts, EnergyBreakdown } from './evaluation.js';

/** MAESTRO's MAC energy (BASE_constants.hpp), nJ. */
export const MAESTRO_MAC_ENERGY_NJ = 0.00023;
/** MAESTRO's L1 access energy, in MAC energies. */
export const MAESTRO_L1_ENERGY_MULTIPLIER = 1.68;
/** MAESTRO's L2 access energy, in MAC energies. */
export const MAESTRO_L2_ENERGY_MULTIPLIER = 18.61;
/**
 * DRAM access energy in MAC energies. MAESTRO has no DRAM term, so this comes from Horowitz (ISSCC 2014, 45 nm):
 * a 32-bit DRAM access costs 640 pJ against 3.1 pJ + 0.1 pJ for a 32-bit integer multiply and add, i.e. 200 MACs.
 * Eyeriss (Chen et al., ISCA 2016) normalises DRAM to the same 200× an ALU operation.
 */
export const DRAM_ENERGY_MULTIPLIER = 200;

/** MAESTRO's constants plus the DRAM figure above; the default of every preset. */
export const DEFAULT_ENERGY_CONSTANTS: EnergyConstants = {
  macNj: MAESTRO_MAC_ENERGY_NJ,
  l1AccessNj: MAESTRO_MAC_ENERGY_NJ * MAESTRO_L1_ENERGY_MULTIPLIER,
  l2AccessNj: MAESTRO_MAC_ENERGY_NJ * MAESTRO_L2_ENERGY_MULTIPLIER,
  dramAccessNj: MAESTRO_MAC_ENERGY_NJ * DRAM_ENERGY_MULTIPLIER,
};

/**
 * Elements that cross the off-chip link for one repetition of a layer. Inputs and weights are fetched once into L2
 * (MAESTRO's L2 write counts of input and weight); each output element leaves the chip once when it is final
 * (`outputElements`, the true output tensor). Partial sums are accumulated on chip: MAESTRO's model has no L2 spill,
 * so its L2 output writes (which include partial-sum write-backs) are L2 traffic, not DRAM traffic.
 */
export function offchipElements(counts: AccessCounts, outputElements: number): number {
  return counts.l2InputWrite + counts.l2WeightWrite + outputElements;
}

/**
 * The project's energy model, nJ: every L1 and L2 access (all 12 counts) at its level's energy, DRAM traffic
 * (`offchipElements`) at the DRAM energy, and every MAC at the MAC energy. `scale` multiplies every term (the
 * problem's repetitions).
 */
export function energyBreakdown(
  counts: AccessCounts,
  macs: number,
  outputElements: number,
  constants: EnergyConstants,
  scale = 1,
): EnergyBreakdown {
  const l1 = constants.l1AccessNj * scale;
  const l2 = constants.l2AccessNj * scale;
  const macNj = constants.macNj * macs * scale;
  const l1InputNj = l1 * (counts.l1InputRead + counts.l1InputWrite);
  const l1WeightNj = l1 * (counts.l1WeightRead + counts.l1WeightWrite);
  const l1OutputNj = l1 * (counts.l1OutputRead + counts.l1OutputWrite);
  const l2InputNj = l2 * (counts.l2InputRead + counts.l2InputWrite);
  const l2WeightNj = l2 * (counts.l2WeightRead + counts.l2WeightWrite);
  const l2OutputNj = l2 * (counts.l2OutputRead + counts.l2OutputWrite);
  const dramNj = constants.dramAccessNj * scale * offchipElements(counts, outputElements);
  return {
    macNj,
    l1InputNj,
    l1WeightNj,
    l1OutputNj,
    l2InputNj,
    l2WeightNj,
    l2OutputNj,
    dramNj,
    totalNj: macNj + l1InputNj + l1WeightNj + l1OutputNj + l2InputNj + l2WeightNj + l2OutputNj + dramNj,
  };
}
