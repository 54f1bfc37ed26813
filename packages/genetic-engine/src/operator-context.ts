import type { Problem, Rng, SpaceOptions } from '@gamma-ts/search-space';

/** What every variation operator needs: the layer, the allowed space (PEs, levels, constraints) and the one RNG. */
export interface OperatorContext {
  readonly problem: Problem;
  readonly space: SpaceOptions;
  readonly rng: Rng;
}
