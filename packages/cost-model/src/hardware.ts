/** Per-access and per-MAC energies, nJ. */
export interface EnergyConstants {
  readonly macNj: number;
  readonly l1AccessNj: number;
  readonly l2AccessNj: number;
  readonly dramAccessNj: number;
}

/** One spatial accelerator: PE array, buffers, on-chip network and off-chip link. */
export interface Hardware {
  readonly name: string;
  readonly numPEs: number;
  /** L1 capacity per PE, elements (GAMMA's convention). */
  readonly l1CapacityElements: number;
  /** Shared L2 capacity, elements. */
  readonly l2CapacityElements: number;
  /** NoC bandwidth of every cluster level, elements/cycle. */
  readonly nocBandwidth: number;
  readonly nocHops: number;
  /** Latency of one NoC hop, cycles. */
  readonly nocHopLatency: number;
  /** Off-chip bandwidth, elements/cycle. */
  readonly offchipBandwidth: number;
  /** Bits per element, for byte figures. */
  readonly wordBits: number;
  readonly energy: EnergyConstants;
}
