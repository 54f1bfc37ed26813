import { allowedLevelRange, DIMS, dimExtent, mappingLevel, type Dim, type Mapping, type MappingLevel, type Problem } from '@gamma-ts/search-space';
import type { OperatorContext } from './operator-context.js';
import { parallelDims, searchableDims, tileOf, withTile } from './loop-tiles.js';
import { loopPositions, orderFromPositions } from './uniform-crossover.js';

/**
 * The generic gene list of a mapping, as a standard GA sees it: the level count, then per level the parallel
 * dimension, the cluster size (below the outermost level), each free tile and each loop position. Each gene is
 * redrawn uniformly from its whole domain, with no notion of parent tiles or dataflow.
 */
type Gene =
  | { kind: 'levels' }
  | { kind: 'parallel'; level: number }
  | { kind: 'cluster'; level: number }
  | { kind: 'tile'; level: number; dim: Dim }
  | { kind: 'position'; level: number; dim: Dim };

const geneLists = new WeakMap<Problem, (readonly Gene[])[]>();

/** The gene list depends only on the layer and the level count, so it is built once per pair and shared (read-only). */
function genes(mapping: Mapping, ctx: OperatorContext): readonly Gene[] {
  let byCount = geneLists.get(ctx.problem);
  if (!byCount) {
    byCount = [];
    geneLists.set(ctx.problem, byCount);
  }
  const count = mapping.levels.length;
  let list = byCount[count];
  if (!list) {
    const built: Gene[] = [{ kind: 'levels' }];
    const dims = searchableDims(ctx.problem);
    for (let level = 0; level < count; level++) {
      built.push({ kind: 'parallel', level });
      if (level > 0) built.push({ kind: 'cluster', level });
      for (const dim of dims) built.push({ kind: 'tile', level, dim });
      for (const dim of DIMS) built.push({ kind: 'position', level, dim });
    }
    list = built;
    byCount[count] = list;
  }
  return list;
}

function redraw(mapping: Mapping, gene: Gene, ctx: OperatorContext): Mapping {
  const { rng, problem, space } = ctx;
  if (gene.kind === 'levels') {
    const range = allowedLevelRange(problem, space);
    const count = rng.intBetween(range.min, range.max);
    if (count <= mapping.levels.length) return { levels: mapping.levels.slice(0, count) };
    // New levels are copies of the innermost one; later genes and `repair` make them their own.
    const levels = [...mapping.levels];
    while (levels.length < count) levels.push(mappingLevel(levels[levels.length - 1].parallel, 1, levels[levels.length - 1].loops));
    return { levels };
  }
  const levels = [...mapping.levels];
  const level: MappingLevel = levels[gene.level];
  switch (gene.kind) {
    case 'parallel': {
      const choices = parallelDims(problem);
      levels[gene.level] = mappingLevel(choices[rng.int(choices.length)], level.clusterSize, level.loops);
      break;
    }
    case 'cluster':
      levels[gene.level] = mappingLevel(level.parallel, rng.intBetween(1, space.numPEs), level.loops);
      break;
    case 'tile':
      levels[gene.level] = withTile(level, gene.dim, rng.intBetween(1, dimExtent(problem, gene.dim)));
      break;
    case 'position': {
      const pos = loopPositions(level);
      pos[gene.dim] = rng.int(DIMS.length);
      levels[gene.level] = mappingLevel(level.parallel, level.clusterSize, orderFromPositions(pos).map((dim) => ({ dim, tile: tileOf(level, dim) })));
      break;
    }
  }
  return { levels };
}

/** Standard GA mutation: every gene independently redrawn with probability `perGeneRate` (default 1 / genes). */
export function geneMutation(mapping: Mapping, ctx: OperatorContext, perGeneRate?: number): Mapping {
  const list = genes(mapping, ctx);
  const rate = perGeneRate ?? 1 / list.length;
  let current = mapping;
  for (const gene of list) {
    if (ctx.rng.next() >= rate) continue;
    if (gene.kind !== 'levels' && gene.level >= current.levels.length) continue;
    current = redraw(current, gene, ctx);
  }
  return current;
}

/** Simulated annealing's neighbour move: exactly one gene, chosen uniformly, redrawn. */
export function mutateOneGene(mapping: Mapping, ctx: OperatorContext): Mapping {
  const list = genes(mapping, ctx);
  return redraw(mapping, list[ctx.rng.int(list.length)], ctx);
}
