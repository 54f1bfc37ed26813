import type { Dim } from './dim.js';
import type { Mapping } from './mapping.js';
import type { Problem } from './problem.js';

function maestroDimName(dim: Dim): string {
  return dim === 'Y' ? "Y'" : dim === 'X' ? "X'" : dim;
}

/**
 * The `Dataflow { … }` directive lines of a mapping, as GAMMA writes them: per level `Cluster(n,P);` (not before
 * the outermost), then one `SpatialMap(t,t)` / `TemporalMap(t,t)` per loop, Y/X as `Y'`/`X'` (output
 * coordinates). Depthwise layers write no K lines.
 */
export function toMaestroDataflow(problem: Problem, mapping: Mapping): string[] {
  const lines: string[] = [];
  const depthwise = problem.op === 'DSCONV';
  for (const level of mapping.levels) {
    if (level.clusterSize !== null) lines.push(`Cluster(${level.clusterSize},P);`);
    for (const loop of level.loops) {
      if (depthwise && loop.dim === 'K') continue;
      const kind = loop.dim === level.parallel ? 'SpatialMap' : 'TemporalMap';
      lines.push(`${kind}(${loop.tile},${loop.tile}) ${maestroDimName(loop.dim)};`);
    }
  }
  return lines;
}

/** The `Layer … { … }` block of one layer, as lines. */
export function toMaestroLayer(problem: Problem, mapping: Mapping): string[] {
  const lines = [`Layer ${problem.op} {`, `Type: ${problem.op}`];
  if (problem.strideX !== 1 || problem.strideY !== 1) lines.push(`Stride { X: ${problem.strideX}, Y: ${problem.strideY} }`);
  lines.push(
    `Dimensions { K: ${problem.K}, C: ${problem.C}, Y: ${problem.Y}, X: ${problem.X}, R: ${problem.R}, S: ${problem.S} }`,
    'Dataflow {',
    ...toMaestroDataflow(problem, mapping),
    '}',
    '}',
  );
  return lines;
}

/**
 * The exact MAESTRO `.m` text GAMMA writes for one layer and mapping (no trailing newline). Every golden case's
 * `maestro` field is this function of its `layer` and `genome`.
 */
export function toMaestroText(problem: Problem, mapping: Mapping): string {
  return ['Network 0 {', ...toMaestroLayer(problem, mapping), '}'].join('\n');
}
