import { dimExtent, type Dim, type Mapping, type Problem } from '@gamma-ts/search-space';

/** A mapping Timeloop cannot express: every loop factor must be an integer that multiplies up to the dimension. */
export class NonDivisorTileError extends Error {
  override name = 'NonDivisorTileError';
  constructor(
    readonly layer: string,
    /** What does not divide, e.g. "level 1 tiles C by 3, which does not divide its level-0 tile 8". */
    readonly detail: string,
  ) {
    super(
      `layer '${layer}': ${detail}. Timeloop needs every dimension's factors to multiply exactly to its size, ` +
        `so this mapping cannot be exported; search with --factors-only to get mappings whose tiles divide evenly`,
    );
  }
}

/** The dimensions of a mapping in Timeloop's names: M output channels, P/Q output rows/columns. */
export type TimeloopDim = 'M' | 'C' | 'P' | 'Q' | 'R' | 'S';

export const TIMELOOP_DIM: Readonly<Record<Dim, TimeloopDim>> = { K: 'M', C: 'C', Y: 'P', X: 'Q', R: 'R', S: 'S' };

/** Loop factors of one Timeloop tiling level; `order` is outer → inner (MAESTRO's loop order at that level). */
export interface LevelFactors {
  readonly factors: Readonly<Partial<Record<TimeloopDim, number>>>;
  readonly order: readonly TimeloopDim[];
}

/** One MAESTRO cluster level as Timeloop loops: temporal (incl. folds of the parallel dim) and spatial. */
export interface ClusterLevelFactors {
  readonly temporal: LevelFactors;
  readonly spatial: { readonly dim: TimeloopDim; readonly factor: number };
  /** Sub-clusters this level has in hardware (Timeloop fanout). */
  readonly fanout: number;
}

/** The factorisation of a mapping into Timeloop loops, levels outermost first, then the PE's own loops. */
export interface TimeloopFactors {
  readonly levels: readonly ClusterLevelFactors[];
  /** Loops a PE runs over its innermost tile (at its L1). */
  readonly pe: LevelFactors;
  /** PEs with work: Π spatial factors. */
  readonly busyPEs: number;
}

/**
 * Splits a mapping into per-level Timeloop factors. Level i iterates its parent tile (the whole problem for
 * level 0) in steps of its own tiles; the parallel dimension's tiles go to the level's sub-clusters (spatial
 * factor, at most the fanout) and any remainder becomes a temporal fold. Throws `NonDivisorTileError` when a
 * tile does not divide its parent tile or the parallel tiles do not fill the sub-clusters evenly.
 */
export function timeloopFactors(problem: Problem, mapping: Mapping, numPEs: number): TimeloopFactors {
  const depthwise = problem.op === 'DSCONV';
  const clusterProduct = mapping.levels.slice(1).reduce((p, l) => p * (l.clusterSize ?? 1), 1);
  const outerFanout = Math.floor(numPEs / clusterProduct);
  if (outerFanout < 1) {
    throw new NonDivisorTileError(problem.name, `the cluster sizes multiply to ${clusterProduct}, more than the ${numPEs} PEs`);
  }
  let parent = new Map<Dim, number>(mapping.levels[0].loops.map((loop) => [loop.dim, dimExtent(problem, loop.dim)]));
  const levels = mapping.levels.map((level, i): ClusterLevelFactors => {
    const fanout = i === 0 ? outerFanout : (level.clusterSize ?? 1);
    const factors: Partial<Record<TimeloopDim, number>> = {};
    const order: TimeloopDim[] = [];
    let spatial = { dim: TIMELOOP_DIM[level.parallel], factor: 1 };
    const tiles = new Map<Dim, number>();
    for (const loop of level.loops) {
      if (depthwise && loop.dim === 'K') continue;
      const outer = parent.get(loop.dim) ?? dimExtent(problem, loop.dim);
      const dimName = loop.dim === 'Y' || loop.dim === 'X' ? `${loop.dim}'` : loop.dim;
      if (loop.tile > outer || outer % loop.tile !== 0) {
        const of = i === 0 ? `the layer's ${dimName} extent ${outer}` : `its level-${i - 1} tile ${outer}`;
        throw new NonDivisorTileError(problem.name, `level ${i} tiles ${dimName} by ${loop.tile}, which does not divide ${of}`);
      }
      const count = outer / loop.tile;
      let temporal = count;
      if (loop.dim === level.parallel) {
        if (count <= fanout) {
          spatial = { dim: TIMELOOP_DIM[loop.dim], factor: count };
          temporal = 1;
        } else if (count % fanout === 0) {
          spatial = { dim: TIMELOOP_DIM[loop.dim], factor: fanout };
          temporal = count / fanout;
        } else {
          throw new NonDivisorTileError(
            problem.name,
            `level ${i} spreads ${count} ${dimName} tiles over ${fanout} sub-clusters, leaving a partial last fold`,
          );
        }
      }
      factors[TIMELOOP_DIM[loop.dim]] = temporal;
      order.push(TIMELOOP_DIM[loop.dim]);
      tiles.set(loop.dim, loop.tile);
    }
    parent = tiles;
    return { temporal: { factors, order }, spatial, fanout };
  });
  const innermost = mapping.levels[mapping.levels.length - 1];
  const peFactors: Partial<Record<TimeloopDim, number>> = {};
  const peOrder: TimeloopDim[] = [];
  for (const loop of innermost.loops) {
    if (depthwise && loop.dim === 'K') continue;
    peFactors[TIMELOOP_DIM[loop.dim]] = loop.tile;
    peOrder.push(TIMELOOP_DIM[loop.dim]);
  }
  return { levels, pe: { factors: peFactors, order: peOrder }, busyPEs: levels.reduce((p, l) => p * l.spatial.factor, 1) };
}
