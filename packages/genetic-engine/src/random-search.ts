import type { Strategy } from './strategy.js';
import { emitProposal, initialProposals } from './strategy.js';

/** Baseline: every generation is a batch of uniform random valid mappings; nothing is learned between batches. */
export const randomSearch: Strategy<Record<string, never>> = {
  algorithm: 'random',
  initialState: () => ({}),
  propose(_state, count, ctx) {
    // Seeds only reach the first batch, through `initialProposals`.
    return ctx.generation === 0 ? initialProposals(count, ctx) : Array.from({ length: count }, () => emitProposal(ctx, ctx.sample()));
  },
  accept: (state) => state,
};
