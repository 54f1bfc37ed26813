import type { Mapping } from '@gamma-ts/search-space';
import type { Individual } from './individual.js';
import { initialProposals, type Strategy, type StrategyContext } from './strategy.js';
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

/** Two different parents (GAMMA draws a random pair without repetition); the same one only if there is just one. */
function parentPair(parents: readonly Individual[], ctx: StrategyContext): [Mapping, Mapping] {
  const first = ctx.rng.int(parents.length);
  if (parents.length === 1) return [parents[0].mapping, parents[0].mapping];
  let second = ctx.rng.int(parents.length - 1);
  if (second >= first) second++;
  return [parents[first].mapping, parents[second].mapping];
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
      const [dad, mom] = parentPair(parents, ctx);
      const [a, b] = crossover(dad, mom, ctx.rates.crossover, ctx);
      children.push(varyChild(a, ctx));
      if (children.length < count) children.push(varyChild(b, ctx));
    }
    return children;
  },
  accept: uniqueSurvivors,
};
