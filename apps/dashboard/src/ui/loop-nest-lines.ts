import type { Hardware } from '@gamma-ts/cost-model';
import { dimExtent, type Dim, type Mapping, type Problem } from '@gamma-ts/search-space';

export interface LoopNestLoop {
  readonly dim: Dim;
  readonly tile: number;
  /** Iterations of this loop in time at this level; null when the enclosing extent is unknown. */
  readonly trips: number | null;
  readonly spatial: boolean;
}

export interface LoopNestLevel {
  readonly level: number;
  /** `Cluster(n)` written before this level; null for the outermost. */
  readonly clusterSize: number | null;
  /** PEs under this level: the whole array at the top, the cluster size below. */
  readonly pes: number;
  readonly parallel: Dim;
  /** How many sub-clusters (or PEs at the innermost level) the parallel dimension is spread over. */
  readonly fanOut: number;
  readonly fanOutUnit: string;
  readonly loops: readonly LoopNestLoop[];
}

/**
 * The mapping as a loop nest, outermost level first. Trips: a loop walks its enclosing tile (the problem extent at
 * the top, the same dimension's tile one level up) in steps of its tile; the spatial loop covers `fanOut` tiles
 * per step.
 */
export function loopNestLevels(mapping: Mapping, shape: Problem | null, hardware: Hardware): LoopNestLevel[] {
  const levels = mapping.levels;
  return levels.map((level, i) => {
    const pes = i === 0 ? hardware.numPEs : (level.clusterSize ?? hardware.numPEs);
    const inner = levels[i + 1];
    const innerSize = inner?.clusterSize ?? null;
    const fanOut = inner === undefined || innerSize === null ? pes : Math.max(1, Math.floor(pes / innerSize));
    const fanOutUnit = inner === undefined ? 'PEs' : `sub-clusters of ${innerSize ?? '?'}`;
    const parent = levels[i - 1];
    const loops = level.loops.map((loop): LoopNestLoop => {
      const enclosing = parent !== undefined ? (parent.loops.find((l) => l.dim === loop.dim)?.tile ?? null) : shape !== null ? dimExtent(shape, loop.dim) : null;
      const spatial = loop.dim === level.parallel;
      const step = spatial ? loop.tile * fanOut : loop.tile;
      return { dim: loop.dim, tile: loop.tile, trips: enclosing === null ? null : Math.max(1, Math.ceil(enclosing / step)), spatial };
    });
    return { level: i, clusterSize: level.clusterSize, pes, parallel: level.parallel, fanOut, fanOutUnit, loops };
  });
}

export function levelHeading(level: LoopNestLevel): string {
  const where = level.clusterSize === null ? `${level.pes} PEs` : `Cluster(${level.clusterSize})`;
  return `L${level.level}  ${where}  spatial ${level.parallel} over ${level.fanOut} ${level.fanOutUnit}`;
}

export function loopText(loop: LoopNestLoop): string {
  const trips = loop.trips === null ? '' : ` ×${loop.trips}`;
  return `${loop.spatial ? '‖' : ''}${loop.dim} ${loop.tile}${trips}`;
}
