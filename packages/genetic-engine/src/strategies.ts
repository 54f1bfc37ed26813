import type { Algorithm } from './search-result.js';
import type { Strategy } from './strategy.js';
import { gammaSearch } from './gamma-search.js';
import { randomSearch } from './random-search.js';
import { standardGa } from './standard-ga.js';
import { simulatedAnnealing } from './simulated-annealing.js';

export const ALGORITHMS: readonly Algorithm[] = ['gamma', 'random', 'standard-ga', 'annealing'];

/** The strategy implementing an algorithm; every one shares the engine's budget, seeding and evaluation. */
export function strategyFor(algorithm: Algorithm): Strategy<unknown> {
  switch (algorithm) {
    case 'gamma':
      return gammaSearch as Strategy<unknown>;
    case 'random':
      return randomSearch as Strategy<unknown>;
    case 'standard-ga':
      return standardGa as Strategy<unknown>;
    case 'annealing':
      return simulatedAnnealing as Strategy<unknown>;
    default:
      throw new Error(`algorithm: unknown '${String(algorithm)}'; allowed: ${ALGORITHMS.join(', ')}`);
  }
}
