import type { Mapping } from '@gamma-ts/search-space';
import type { Individual } from './individual.js';
import type { Strategy, StrategyContext } from './strategy.js';
import { emitProposal, initialProposals } from './strategy.js';
import { rankIndividuals, uniqueByKey } from './selection.js';
import { scalarFitness } from './scoring.js';
import { mutateOneGene } from './gene-mutation.js';

/** Independent annealing chains; each generation's batch is split among them. */
export const ANNEALING_CHAINS = 8;
/** Temperatures in log-cost units: at the start a 2× worse move is accepted with p ≈ 0.25, at the end almost never. */
export const ANNEALING_START_TEMPERATURE = 0.5;
export const ANNEALING_END_TEMPERATURE = 0.005;

export interface AnnealingState {
  /** Current point of each chain. */
  readonly chains: readonly Individual[];
}

export function temperature(ctx: StrategyContext): number {
  const progress = Math.min(1, ctx.generation / Math.max(1, ctx.expectedGenerations - 1));
  return ANNEALING_START_TEMPERATURE * Math.pow(ANNEALING_END_TEMPERATURE / ANNEALING_START_TEMPERATURE, progress);
}

function better(a: Individual, b: Individual, ctx: StrategyContext): boolean {
  if (a.valid !== b.valid) return a.valid;
  if (!a.valid) return a.penalty < b.penalty;
  return scalarFitness(a, ctx.spec) < scalarFitness(b, ctx.spec);
}

/**
 * Baseline: simulated annealing with the generic one-gene neighbourhood, run as parallel chains so a generation is a
 * batch like the GAs'. Each chain tries its share of the batch's neighbours, moves to the best one if it is better,
 * and otherwise with probability exp(−Δ/T) (Δ in log cost, T cooling geometrically over the expected generations).
 * Several objectives are annealed as their product.
 */
export const simulatedAnnealing: Strategy<AnnealingState> = {
  algorithm: 'annealing',
  initialState: () => ({ chains: [] }),
  propose(state, count, ctx) {
    if (state.chains.length === 0) return initialProposals(count, ctx);
    const proposals: Mapping[] = [];
    for (let i = 0; i < count; i++) proposals.push(emitProposal(ctx, ctx.repair(mutateOneGene(state.chains[i % state.chains.length].mapping, ctx))));
    return proposals;
  },
  accept(state, evaluated, ctx) {
    if (state.chains.length === 0) {
      const starts = uniqueByKey(rankIndividuals(evaluated, ctx.spec), ANNEALING_CHAINS);
      return { chains: starts };
    }
    const t = temperature(ctx);
    const chains = state.chains.map((current, c) => {
      let best: Individual | null = null;
      for (let i = c; i < evaluated.length; i += state.chains.length) {
        if (best === null || better(evaluated[i], best, ctx)) best = evaluated[i];
      }
      if (best === null) return current;
      if (better(best, current, ctx)) return best;
      if (!best.valid) return current;
      const delta = scalarFitness(best, ctx.spec) - scalarFitness(current, ctx.spec);
      return ctx.rng.next() < Math.exp(-delta / t) ? best : current;
    });
    return { chains };
  },
};
