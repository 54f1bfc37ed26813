import type { Mapping } from '@gamma-ts/search-space';
import type { Individual } from './individual.js';
import type { ObjectiveSpec } from './objective-spec.js';
import type { OperatorContext } from './operator-context.js';
import type { Algorithm, OperatorRates } from './search-result.js';

/** Everything a search algorithm may use while proposing or accepting one generation. */
export interface StrategyContext extends OperatorContext {
  readonly spec: ObjectiveSpec;
  readonly populationSize: number;
  readonly rates: OperatorRates;
  /** 0-based index of the generation being proposed or accepted. */
  readonly generation: number;
  readonly expectedGenerations: number;
  /** Warm-start mappings (already repaired into this layer), offered to the first generation only. */
  readonly seeds: readonly Mapping[];
  /** `repair` with this search's space options (flexibility constraints included). */
  repair(mapping: Mapping): Mapping;
  /** A uniform random valid mapping (`sampleMapping`) drawn from the context's RNG. */
  sample(): Mapping;
  /**
   * Told of each proposal as soon as it is final, in the order `propose` returns them (`emitProposal`), so the engine
   * can start evaluating it while the rest are drawn. A strategy that never calls it still works: the engine then
   * sends its proposals when `propose` returns.
   */
  readonly proposed?: (mapping: Mapping) => void;
}

/** `mapping`, after telling the engine it is final (`StrategyContext.proposed`): `children.push(emitProposal(ctx, child))`. */
export function emitProposal(ctx: StrategyContext, mapping: Mapping): Mapping {
  ctx.proposed?.(mapping);
  return mapping;
}

/**
 * A search algorithm as a generational state machine: `propose` draws a batch of mappings (all randomness on the main
 * thread, from `ctx.rng`), the engine evaluates them (pure, possibly on workers), and `accept` folds the results in.
 * State is plain JSON so a checkpoint between generations can resume the exact run.
 */
export interface Strategy<State> {
  readonly algorithm: Algorithm;
  initialState(): State;
  propose(state: State, count: number, ctx: StrategyContext): Mapping[];
  accept(state: State, evaluated: readonly Individual[], ctx: StrategyContext): State;
}

/**
 * The first generation of every algorithm: the warm-start seeds, then `fill(i)` for the i-th mapping after them
 * (default: uniform random samples).
 */
export function initialProposals(count: number, ctx: StrategyContext, fill: (index: number) => Mapping = () => ctx.sample()): Mapping[] {
  const proposals: Mapping[] = [];
  for (let i = 0; i < ctx.seeds.length && proposals.length < count; i++) proposals.push(emitProposal(ctx, ctx.repair(ctx.seeds[i])));
  for (let index = 0; proposals.length < count; index++) proposals.push(emitProposal(ctx, fill(index)));
  return proposals;
}
