import type { Mapping } from '@gamma-ts/search-space';
import type { Metrics } from '@gamma-ts/cost-model';

/**
 * One evaluated sample as the search ranks it. Plain JSON (it is written into checkpoints): invalid individuals keep
 * no metrics, because non-physical numbers (NaN, ±Infinity) do not survive JSON and are never ranked anyway.
 */
export interface Individual {
  readonly mapping: Mapping;
  /** `canonicalKey(mapping)`. */
  readonly key: string;
  /** The cost model's verdict and every metric constraint satisfied. */
  readonly valid: boolean;
  /** Cost-model reason codes, then `constraint:<metric>` for each violated upper bound. */
  readonly reasons: readonly string[];
  readonly metrics: Metrics | null;
  /** Objective values in minimisation form (throughput inverted), in objective order; empty when invalid. */
  readonly costs: readonly number[];
  /** 0 when valid; otherwise how far from valid (ranks invalid individuals among themselves). */
  readonly penalty: number;
}
