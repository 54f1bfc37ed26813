import type { Model } from '@gamma-ts/model-zoo';
import {
  CONSTRAINT_PRESET_NAMES,
  MAX_LEVELS,
  dimExtent,
  mapSpaceSize,
  problemFromLayer,
  type Problem,
  type SpaceOptions,
} from '@gamma-ts/search-space';
import type { Command, CommandIo } from '../cli/command.js';
import { RunError, UsageError } from '../cli/errors.js';
import { hardwareOption } from '../cli/hardware-option.js';
import { constraintsOption } from '../cli/constraints-option.js';
import { modelOption } from '../cli/model-option.js';
import { levelsOption, parseOptions, positiveIntOption } from '../cli/parse-options.js';

const USAGE = `Usage: gamma space <model> [--layer NAME] [--levels N|MIN..MAX] [--pes N | --hw edge|cloud|<file.json>]
                   [--factors-only] [--constraints ${CONSTRAINT_PRESET_NAMES.join('|')}|<file.json>] [--json]

Prints the number of distinct valid mappings (exact) of each layer, and of the whole model (the product of its
layers' spaces: every layer is mapped on its own).

  <model>          a built-in model (see 'gamma models list') or a model file (.onnx, .csv)
  --layer          only this layer (by name)
  --levels         cluster levels: N, or MIN..MAX (1..${MAX_LEVELS}); default 2, or what --constraints fixes
  --pes            number of PEs (the product of cluster sizes may not exceed it)
  --hw             take the PE count from a hardware preset or file; default edge (168 PEs)
  --factors-only   tiles must divide the tile one level up (GAMMA's use_factor)
  --constraints    accelerator flexibility: a preset or a constraints JSON file
  --json           {"layers": [{"name", "size" (decimal string), "log10"}], "totalLog10"}`;

export const spaceCommand: Command = {
  name: 'space',
  summary: "print each layer's map-space size",
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseOptions('space', args, {
      layer: { type: 'string' },
      levels: { type: 'string' },
      pes: { type: 'string' },
      hw: { type: 'string' },
      'factors-only': { type: 'boolean', default: false },
      constraints: { type: 'string' },
      json: { type: 'boolean', default: false },
    });
    if (positionals.length !== 1) {
      throw new UsageError(`gamma space: give exactly one model, got ${positionals.length === 0 ? 'none' : positionals.join(' ')} (see 'gamma space --help')`);
    }
    if (values.pes !== undefined && values.hw !== undefined) throw new UsageError('gamma space: give --pes or --hw, not both');
    const numPEs = values.pes !== undefined ? positiveIntOption('space', 'pes', values.pes, 1) : hardwareOption('space', values.hw ?? 'edge', io.cwd).numPEs;
    const levels = values.levels === undefined ? undefined : levelsOption('space', values.levels);
    const constraints = values.constraints === undefined ? undefined : constraintsOption('space', values.constraints, numPEs, io.cwd);
    const model = modelOption('space', '<model>', positionals[0], io.cwd);
    const layers = values.layer === undefined ? model.layers : model.layers.filter((l) => l.name === values.layer);
    if (layers.length === 0) {
      const names = model.layers.map((l) => l.name);
      const shown = names.length > 20 ? `${names.slice(0, 20).join(', ')}, … (${names.length} in all)` : names.join(', ');
      throw new RunError(`model '${model.name}' has no layer '${values.layer}'; layers: ${shown}`);
    }
    const options: SpaceOptions = { numPEs, levels, factorsOnly: values['factors-only'] === true, constraints };
    const rows = layers.map((layer) => {
      const problem = problemFromLayer(layer);
      try {
        return { name: layer.name, problem, ...mapSpaceSize(problem, options) };
      } catch (error) {
        throw new RunError(error instanceof Error ? error.message : String(error));
      }
    });
    const totalLog10 = rows.reduce((sum, row) => sum + row.log10, 0);
    if (values.json === true) {
      const json = { layers: rows.map((r) => ({ name: r.name, size: r.size.toString(), log10: round(r.log10) })), totalLog10: round(totalLog10) };
      io.stdout.write(JSON.stringify(json) + '\n');
    } else {
      writeTable(io, model, rows, options, totalLog10);
    }
    return 0;
  },
};

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

function shape(p: Problem): string {
  const dims = p.op === 'DSCONV' ? (['C', 'Y', 'X', 'R', 'S'] as const) : (['K', 'C', 'Y', 'X', 'R', 'S'] as const);
  const text = dims.map((d) => `${d === 'Y' || d === 'X' ? d + "'" : d}${dimExtent(p, d)}`).join(' ');
  return `${p.op} ${text}${p.strideY !== 1 || p.strideX !== 1 ? ` /${p.strideY}` : ''}`;
}

function writeTable(
  io: CommandIo,
  model: Model,
  rows: readonly { name: string; problem: Problem; size: bigint; log10: number }[],
  options: SpaceOptions,
  totalLog10: number,
): void {
  const levels = options.levels ?? (options.constraints?.levels !== undefined ? null : { min: 2, max: 2 });
  const levelText = levels === null ? 'levels as the constraints fix them' : levels.min === levels.max ? `${levels.min} level${levels.min === 1 ? '' : 's'}` : `${levels.min}..${levels.max} levels`;
  const extras = [options.factorsOnly ? 'factor tiles only' : 'any tile sizes', options.constraints ? `constraints: ${options.constraints.name ?? 'file'}` : null].filter(Boolean);
  io.stdout.write(`Map space of ${model.name}: ${options.numPEs} PEs, ${levelText}, ${extras.join(', ')}\n`);
  const nameWidth = Math.max(5, ...rows.map((r) => r.name.length));
  const shapes = rows.map((r) => shape(r.problem));
  const shapeWidth = Math.max(5, ...shapes.map((s) => s.length));
  io.stdout.write(`${'layer'.padEnd(nameWidth)}  ${'shape'.padEnd(shapeWidth)}  ${'log10'.padStart(7)}  size\n`);
  rows.forEach((r, i) => {
    io.stdout.write(`${r.name.padEnd(nameWidth)}  ${shapes[i].padEnd(shapeWidth)}  ${r.log10.toFixed(2).padStart(7)}  ${r.size}\n`);
  });
  io.stdout.write(`whole model (${rows.length} layer${rows.length === 1 ? '' : 's'}, product): 10^${totalLog10.toFixed(2)}\n`);
}
