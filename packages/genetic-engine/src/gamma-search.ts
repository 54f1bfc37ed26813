import type { Mapping } from '@gamma-ts/search-space';
import type { Individual } from './individual.js';
import { emitProposal, initialProposals, type Strategy, type StrategyContext } from './strategy.js';
import { crossover } from './crossover.js';
import { tileMutation } from './tile-mutation.js';
import { parallelMutation } from './parallel-mutation.js';
import { reorder } from './reorder.js';
import { levelGrowth } from './level-growth.js';
import { levelAging } from './level-aging.js';
import { rankIndividuals, selectParents, uniqueByKey } from './selection.js';
import { selectElites } from './elitism.js';
import { unitBaseMapping } from './unit-base-mapping.js';

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

/** Elites of the old population and the new offspring, ranked best first (not yet cut to the population size). */
function rankedWithElites(state: PopulationState, evaluated: readonly Individual[], ctx: StrategyContext): Individual[] {
  return rankIndividuals([...selectElites(state.population, ctx.populationSize), ...evaluated], ctx.spec);
}

/** The next population: elites of the old one and the new offspring, ranked, cut to the population size. */
export function survivors(state: PopulationState, evaluated: readonly Individual[], ctx: StrategyContext): PopulationState {
  return { population: rankedWithElites(state, evaluated, ctx).slice(0, ctx.populationSize) };
}

/**
 * GAMMA's next population: like `survivors`, but each mapping once (GAMMA's code removes duplicates before ranking),
 * so copies of a good mapping cannot crowd out the rest of the population.
 */
export function uniqueSurvivors(state: PopulationState, evaluated: readonly Individual[], ctx: StrategyContext): PopulationState {
  return { population: uniqueByKey(rankedWithElites(state, evaluated, ctx), ctx.populationSize) };
}

/** GAMMA's first generation: warm-start seeds, two all-unit-tile mappings, then unit-base genomes. */
export function gammaInitialProposals(count: number, ctx: StrategyContext): Mapping[] {
  return initialProposals(count, ctx, (unit) => unitBaseMapping(ctx, unit < 2));
}

/**
 * Index of the second parent, given the first (GAMMA draws a random pair without repetition); the same one only if
 * there is just one.
 */
function secondParent(first: number, parents: readonly Individual[], ctx: StrategyContext): number {
  if (parents.length === 1) return 0;
  const second = ctx.rng.int(parents.length - 1);
  return second >= first ? second + 1 : second;
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
    if (state.population.length === 0) return gammaInitialProposals(count, ctx);
    const parents = selectParents(state.population, ctx.populationSize);
    const children: Mapping[] = [];
    while (children.length < count) {
      // Indices, not destructured pairs: array destructuring goes through the iterator protocol on every child.
      const dad = ctx.rng.int(parents.length);
      const mom = secondParent(dad, parents, ctx);
      const pair = crossover(parents[dad].mapping, parents[mom].mapping, ctx.rates.crossover, ctx);
      children.push(emitProposal(ctx, varyChild(pair[0], ctx)));
      if (children.length < count) children.push(emitProposal(ctx, varyChild(pair[1], ctx)));
    }
    return children;
  },
  accept: uniqueSurvivors,
};
