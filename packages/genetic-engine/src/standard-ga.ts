import type { Mapping } from '@gamma-ts/search-space';
import type { Strategy } from './strategy.js';
import { emitProposal, initialProposals } from './strategy.js';
import { survivors, type PopulationState } from './gamma-search.js';
import { uniformCrossover } from './uniform-crossover.js';
import { geneMutation } from './gene-mutation.js';

/** Probability that two selected parents are recombined (otherwise the first is copied), a textbook setting. */
export const STANDARD_GA_CROSSOVER_RATE = 0.9;

/**
 * Baseline: a textbook GA on the generic gene list — binary tournament selection on rank, uniform crossover, per-gene
 * mutation at 1/genes — with the same population, elitism, repair and ranking as GAMMA but none of its operators.
 */
export const standardGa: Strategy<PopulationState> = {
  algorithm: 'standard-ga',
  initialState: () => ({ population: [] }),
  propose(state, count, ctx) {
    if (state.population.length === 0) return initialProposals(count, ctx);
    const pop = state.population;
    // The population is ranked, so the lower index wins a tournament.
    const tournament = () => pop[Math.min(ctx.rng.int(pop.length), ctx.rng.int(pop.length))].mapping;
    const children: Mapping[] = [];
    while (children.length < count) {
      const a = tournament();
      const b = tournament();
      const child = ctx.rng.next() < STANDARD_GA_CROSSOVER_RATE ? uniformCrossover(a, b, ctx) : a;
      children.push(emitProposal(ctx, ctx.repair(geneMutation(child, ctx))));
    }
    return children;
  },
  accept: survivors,
};
