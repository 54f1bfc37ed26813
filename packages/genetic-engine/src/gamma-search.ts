import type { Mapping } from '@gamma-ts/search-space';
import type { Individual } from './individual.js';
import type { Strategy, StrategyContext } from './strategy.js';
import { initialProposals } from './strategy.js';
import { crossover } from './crossover.js';
import { tileMutation } from './tile-mutation.js';
import { parallelMutation } from './parallel-mutation.js';
import { reorder } from './reorder.js';
import { levelGrowth } from './level-growth.js';
import { levelAging } from './level-aging.js';
import { rankIndividuals, selectParents } from './selection.js';
import { selectElites } from './elitism.js';

export interface PopulationState {
  /** The current population, ranked best first. */
  readonly population: readonly Individual[];
}

/** GAMMA's variation of one child after crossover, in GAMMA's order, then `repair`. */
export function varyChild(child: Mapping, ctx: StrategyContext): Mapping {
  const r = ctx.rates;
  let m = tileMutation(child, r.tileMutation, r.tileMutationLoci, ctx);
  m = parallelMutation(m, r.parallelMutation, ctx);
  m = reorder(m, r.reorder, ctx);
  m = levelGrowth(m, r.levelGrowth, ctx);
  m = levelAging(m, r.levelAging, ctx);
  return ctx.repair(m);
}

/** The next population: elites of the old one and the new offspring, ranked, cut to the population size. */
export function survivors(state: PopulationState, evaluated: readonly Individual[], ctx: StrategyContext): PopulationState {
  const elites = selectElites(state.population, ctx.populationSize);
  return { population: rankIndividuals([...elites, ...evaluated], ctx.spec).slice(0, ctx.populationSize) };
}

/**
 * GAMMA: parents are the best 40 % of the unique valid individuals; each pair of children comes from two random parents
 * by tile crossover, then tile mutation, parallel-dimension mutation, reorder, level growth and aging, and repair.
 * The best 5 % survive as elites. With 2–3 objectives the ranking is NSGA-II's (see `rankIndividuals`).
 */
export const gammaSearch: Strategy<PopulationState> = {
  algorithm: 'gamma',
  initialState: () => ({ population: [] }),
  propose(state, count, ctx) {
    if (state.population.length === 0) return initialProposals(count, ctx);
    const parents = selectParents(state.population);
    const children: Mapping[] = [];
    while (children.length < count) {
      const dad = parents[ctx.rng.int(parents.length)].mapping;
      const mom = parents[ctx.rng.int(parents.length)].mapping;
      const [a, b] = crossover(dad, mom, ctx.rates.crossover, ctx);
      children.push(varyChild(a, ctx));
      if (children.length < count) children.push(varyChild(b, ctx));
    }
    return children;
  },
  accept: survivors,
};
