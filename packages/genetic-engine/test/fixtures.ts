import { createRng, DIMS, type Dim, type Mapping, type Problem } from '@gamma-ts/search-space';
import type { SpaceOptions } from '@gamma-ts/search-space';
import type { OperatorContext } from '../src/operator-context.js';

/** ResNet-18 conv2_x shape: 64×64 3×3 on 56×56 (padded to 58). */
export const conv3x3: Problem = { op: 'CONV', name: 'res2', K: 64, C: 64, Y: 58, X: 58, R: 3, S: 3, strideY: 1, strideX: 1, repeat: 1 };
export const depthwise: Problem = { op: 'DSCONV', name: 'dw', K: 1, C: 32, Y: 114, X: 114, R: 3, S: 3, strideY: 1, strideX: 1, repeat: 1 };

export function level(parallel: Dim, clusterSize: number | null, tiles: Partial<Record<Dim, number>>, order: readonly Dim[] = DIMS): Mapping['levels'][number] {
  return { parallel, clusterSize, loops: order.map((dim) => ({ dim, tile: tiles[dim] ?? 1 })) };
}

export const twoLevel: Mapping = {
  levels: [
    level('K', null, { K: 16, C: 64, Y: 56, X: 56, R: 3, S: 3 }),
    level('C', 8, { K: 4, C: 8, Y: 7, X: 14, R: 3, S: 3 }, ['Y', 'X', 'K', 'C', 'R', 'S']),
  ],
};

export function ctxFor(problem: Problem, seed = 1, space: Partial<SpaceOptions> = {}): OperatorContext {
  return { problem, space: { numPEs: 168, levels: { min: 1, max: 3 }, ...space }, rng: createRng(seed) };
}

export function tilesOf(m: Mapping, levelIndex: number): Record<Dim, number> {
  return Object.fromEntries(m.levels[levelIndex].loops.map((l) => [l.dim, l.tile])) as Record<Dim, number>;
}
