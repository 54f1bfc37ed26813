import { dimExtent, type Dim, type Mapping, type Problem } from '@gamma-ts/search-space';

/** A mapping Timeloop cannot express: every loop factor must be an integer that multiplies up to the dimension. */
export class NonDivisorTileError extends Error {
  override name = 'NonDivisorTileError';
  constructor(
    readonly layer: string,
    /** What does not divide, e.g. "level 1 tiles C by 3, which does not divide its level-0 tile 8". */
    readonly detail: string,
    /** What the user can do instead (the default names `--factors-only`). */
    readonly hint = 'search with --factors-only to get mappings whose tiles divide evenly',
  ) {
    super(
      `layer '${layer}': ${detail}. Timeloop needs every dimension's factors to multiply exactly to its size, ` +
        `so this mapping cannot be exported; ${hint}`,
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

/**
 * The parallel dimension of one level spread over its sub-clusters. When the tiles do not fill the sub-clusters
 * evenly, the last fold uses only `lastFold` of them (Timeloop v3's residual factor, written `M=16,8`).
 */
export interface SpatialFactor {
  readonly dim: TimeloopDim;
  readonly factor: number;
  /** Sub-clusters busy in the last fold; equals `factor` when every fold is full. */
  readonly lastFold: number;
}

/** One MAESTRO cluster level as Timeloop loops: temporal (incl. folds of the parallel dim) and spatial. */
export interface ClusterLevelFactors {
  readonly temporal: LevelFactors;
  readonly spatial: SpatialFactor;
  /** Sub-clusters this level has in hardware (Timeloop fanout). */
  readonly fanout: number;
}

/** The factorisation of a mapping into Timeloop loops, levels outermost first, then the PE's own loops. */
export interface TimeloopFactors {
  readonly levels: readonly ClusterLevelFactors[];
  /** Loops a PE runs over its innermost tile (at its L1). */
  readonly pe: LevelFactors;
  /** PEs with work: Π spatial factors (the most any fold uses, as MAESTRO and Timeloop count them). */
  readonly busyPEs: number;
}

/**
 * Splits a mapping into per-level Timeloop factors. Level i iterates its parent tile (the whole problem for
 * level 0) in steps of its own tiles; the parallel dimension's tiles go to the level's sub-clusters (spatial
 * factor, at most the fanout) and any remainder becomes a temporal fold. A depthwise layer has no K: MAESTRO
 * spreads C over the sub-clusters of a K-parallel level instead, and so does the export.
 *
 * A last fold that fills only some sub-clusters is a Timeloop v3 residual factor. Timeloop applies a residual
 * once, in the last iteration of the dimension's outer loops, while MAESTRO folds every parent tile the same way;
 * the two agree only when no outer level splits that dimension, so a partial fold below a split is refused.
 * Throws `NonDivisorTileError` for that and for a tile that does not divide its parent tile.
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
    const parallel: Dim = depthwise && level.parallel === 'K' ? 'C' : level.parallel;
    const factors: Partial<Record<TimeloopDim, number>> = {};
    const order: TimeloopDim[] = [];
    let spatial: SpatialFactor = { dim: TIMELOOP_DIM[parallel], factor: 1, lastFold: 1 };
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
      if (loop.dim === parallel) {
        const folds = Math.ceil(count / fanout);
        const factor = Math.min(count, fanout);
        const lastFold = count - (folds - 1) * factor;
        if (lastFold !== factor && outer !== dimExtent(problem, loop.dim)) {
          throw new NonDivisorTileError(
            problem.name,
            `level ${i} spreads ${count} ${dimName} tiles over ${fanout} sub-clusters, leaving a partial last fold in ` +
              `each of the ${dimExtent(problem, loop.dim) / outer} level-${i - 1} tiles (Timeloop v3 residual factors ` +
              `allow one partial fold per dimension)`,
            'one-level mappings (--levels 1..1) always export, and so do cluster sizes that divide the tile counts',
          );
        }
        spatial = { dim: TIMELOOP_DIM[loop.dim], factor, lastFold };
        temporal = folds;
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
