import { isAbsolute, resolve } from 'node:path';
import {
  getModel,
  importModel,
  isDepthwise,
  layerMacs,
  listModels,
  modelMacs,
  ModelImportError,
  outputHeight,
  outputWidth,
  unique,
  UnknownModelError,
  type ImportedModel,
  type Layer,
  type Model,
  type ModelOptions,
  type SkippedOp,
} from '@gamma-ts/model-zoo';
import type { Command, CommandIo } from '../cli/command.js';
import { RunError, UsageError } from '../cli/errors.js';
import { parseOptions, positiveIntOption } from '../cli/parse-options.js';

const USAGE = `Usage:
  gamma models list [--json]
  gamma models show <name> [--unique] [--json] [--batch <n>] [--seq <n>]
  gamma models import <file.onnx|file.csv> [--unique] [--json] [--dim <name>=<n> ...]

Lists the built-in models, shows a model's layers (name, operator, shape, MACs) or imports a model file.

  list       the built-in models with their aliases, layer counts and MACs.
  show       a built-in model by name (case-insensitive; e.g. resnet18, mobilenet_v2, bert_base).
  import     an ONNX model (Conv, Gemm, MatMul layers; shapes propagated from the input) or a GAMMA layer CSV
             (header K,C,Y,X,R,S,T; Y/X input sizes, stride 1, no padding; T = 1 CONV, 2 depthwise, 3 GEMM).
  --unique   collapse identical layer shapes into one entry with a count and the names it covers.
  --json     {"name", "layers": [{"name", "op", …shape fields…, "macs"}], "totalMacs"} (with "count" and
             "names" per entry under --unique; imports add "format", "skipped", "nonCompute", "notes").
  --batch    images (or sequences) per inference for show; default 1.
  --seq      sequence length for transformer models (bert_base); default 128.
  --dim      value for a symbolic ONNX dimension, e.g. --dim batch_size=8 (repeatable).

Exit code: 0 success, 1 a file that cannot be imported, 2 bad usage (including an unknown model name).`;

/** One layer as the JSON output writes it: name and op first, then the shape fields, derived sizes, MACs. */
function layerJson(layer: Layer): Record<string, unknown> {
  const { name, op, ...shape } = layer;
  const derived = layer.op === 'conv' ? { outputHeight: outputHeight(layer), outputWidth: outputWidth(layer) } : {};
  return { name, op, ...shape, ...derived, macs: layerMacs(layer) };
}

const group = (n: number): string => n.toLocaleString('en-US');

function giga(macs: number): string {
  return macs >= 1e9 ? `${(macs / 1e9).toFixed(2)} GMACs` : `${(macs / 1e6).toFixed(1)} MMACs`;
}

function pair(a: number, b: number, sep = '×'): string {
  return a === b ? `${a}` : `${a}${sep}${b}`;
}

/** A compact one-line shape: conv `N1 C3→K64 224×224→112×112 k7×7 s2 p3`, GEMM `M N K`, matmul with batch. */
export function shapeSummary(layer: Layer): string {
  switch (layer.op) {
    case 'conv': {
      const parts = [
        `N${layer.batch}`,
        `C${layer.inChannels}→K${layer.outChannels}`,
        `${layer.inputHeight}×${layer.inputWidth}→${outputHeight(layer)}×${outputWidth(layer)}`,
        `k${layer.kernelHeight}×${layer.kernelWidth}`,
      ];
      if (layer.strideY !== 1 || layer.strideX !== 1) parts.push(`s${pair(layer.strideY, layer.strideX)}`);
      if (layer.padY !== 0 || layer.padX !== 0) parts.push(`p${pair(layer.padY, layer.padX)}`);
      if (layer.dilationY !== 1 || layer.dilationX !== 1) parts.push(`d${pair(layer.dilationY, layer.dilationX)}`);
      if (isDepthwise(layer)) parts.push('depthwise');
      else if (layer.groups !== 1) parts.push(`g${layer.groups}`);
      return parts.join(' ');
    }
    case 'gemm':
      return `M${layer.M} N${layer.N} K${layer.K}`;
    case 'matmul':
      return `B${layer.batch} M${layer.M} N${layer.N} K${layer.K}`;
  }
}

function table(headers: readonly string[], rows: readonly (readonly string[])[], rightAligned: ReadonlySet<number>): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (rightAligned.has(i) ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(headers), ...rows.map(line)].join('\n');
}

function modelJson(model: Model, uniqueLayers: boolean): Record<string, unknown> {
  const layers = uniqueLayers
    ? unique(model).map((u) => ({ ...layerJson(u.layer), count: u.count, names: u.names }))
    : model.layers.map(layerJson);
  return { name: model.name, ...(model.description ? { description: model.description } : {}), layers, totalMacs: modelMacs(model) };
}

function modelText(model: Model, uniqueLayers: boolean): string {
  const header = `${model.name}${model.description ? ` — ${model.description}` : ''}`;
  const total = `total: ${model.layers.length} layers, ${group(modelMacs(model))} MACs (${giga(modelMacs(model))})`;
  if (!uniqueLayers) {
    const rows = model.layers.map((l) => [l.name, l.op, shapeSummary(l), group(layerMacs(l))]);
    return [header, table(['name', 'op', 'shape', 'MACs'], rows, new Set([3])), total].join('\n');
  }
  const entries = unique(model);
  const rows = entries.map((u) => [
    u.names.length > 1 ? `${u.layer.name} (+${u.names.length - 1})` : u.layer.name,
    u.layer.op,
    shapeSummary(u.layer),
    `×${u.count}`,
    group(layerMacs(u.layer)),
    group(u.count * layerMacs(u.layer)),
  ]);
  return [
    header,
    table(['first name', 'op', 'shape', 'count', 'MACs each', 'MACs all'], rows, new Set([3, 4, 5])),
    `${total}; ${entries.length} unique shapes`,
  ].join('\n');
}

const opList = (ops: readonly SkippedOp[]): string => ops.map((s) => `${s.op}×${s.count}`).join(', ');

function importText(imported: ImportedModel, uniqueLayers: boolean): string {
  const lines = [modelText(imported.model, uniqueLayers)];
  if (imported.skipped.length > 0) lines.push(`skipped (not imported): ${opList(imported.skipped)}`);
  if (imported.nonCompute.length > 0) lines.push(`not compute layers: ${opList(imported.nonCompute)}`);
  for (const note of imported.notes) lines.push(`note: ${note}`);
  return lines.join('\n');
}

function write(io: CommandIo, text: string): void {
  io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

function parseDimensions(values: readonly string[]): Record<string, number> {
  const dimensions: Record<string, number> = {};
  for (const entry of values) {
    const match = /^([^=]+)=(\d+)$/.exec(entry);
    if (!match || Number(match[2]) < 1) {
      throw new UsageError(`gamma models import: --dim must be <name>=<positive integer>, got '${entry}'`);
    }
    dimensions[match[1]] = Number(match[2]);
  }
  return dimensions;
}

function listCommand(args: readonly string[], io: CommandIo): number {
  const { values, positionals } = parseOptions('models list', args, { json: { type: 'boolean' } });
  if (positionals.length > 0) throw new UsageError(`gamma models list: unexpected argument '${positionals[0]}'`);
  const infos = listModels().map((info) => {
    const model = getModel(info.name);
    return { ...info, layers: model.layers.length, totalMacs: modelMacs(model) };
  });
  if (values.json) return (write(io, JSON.stringify(infos, null, 2)), 0);
  const rows = infos.map((m) => [m.name, m.aliases.join(', '), String(m.layers), giga(m.totalMacs), m.description]);
  write(io, table(['name', 'aliases', 'layers', 'MACs', 'description'], rows, new Set([2, 3])));
  return 0;
}

function showCommand(args: readonly string[], io: CommandIo): number {
  const { values, positionals } = parseOptions('models show', args, {
    unique: { type: 'boolean' },
    json: { type: 'boolean' },
    batch: { type: 'string' },
    seq: { type: 'string' },
  });
  if (positionals.length !== 1) {
    throw new UsageError(`gamma models show: expected one model name, got ${positionals.length} (see 'gamma models list')`);
  }
  const options: ModelOptions = {
    batch: positiveIntOption('models show', 'batch', values.batch, 1),
    ...(values.seq !== undefined ? { sequenceLength: positiveIntOption('models show', 'seq', values.seq, 128) } : {}),
  };
  let model: Model;
  try {
    model = getModel(positionals[0], options);
  } catch (error) {
    if (error instanceof UnknownModelError || error instanceof RangeError) throw new UsageError(`gamma models show: ${error.message}`);
    throw error;
  }
  write(io, values.json ? JSON.stringify(modelJson(model, values.unique ?? false), null, 2) : modelText(model, values.unique ?? false));
  return 0;
}

function importCommand(args: readonly string[], io: CommandIo): number {
  const { values, positionals } = parseOptions('models import', args, {
    unique: { type: 'boolean' },
    json: { type: 'boolean' },
    dim: { type: 'string', multiple: true },
  });
  if (positionals.length !== 1) throw new UsageError(`gamma models import: expected one model file, got ${positionals.length}`);
  const path = isAbsolute(positionals[0]) ? positionals[0] : resolve(io.cwd, positionals[0]);
  let imported: ImportedModel;
  try {
    imported = importModel(path, { dimensions: parseDimensions(values.dim ?? []) });
  } catch (error) {
    if (error instanceof ModelImportError) throw new RunError(error.message);
    throw error;
  }
  if (values.json) {
    const { model, format, skipped, nonCompute, notes } = imported;
    write(io, JSON.stringify({ ...modelJson(model, values.unique ?? false), format, skipped, nonCompute, notes }, null, 2));
  } else {
    write(io, importText(imported, values.unique ?? false));
  }
  return 0;
}

export const modelsCommand: Command = {
  name: 'models',
  summary: 'list, show and import layer shapes',
  usage: USAGE,
  async run(args, io) {
    const [sub, ...rest] = args;
    switch (sub) {
      case 'list':
        return listCommand(rest, io);
      case 'show':
        return showCommand(rest, io);
      case 'import':
        return importCommand(rest, io);
      case undefined:
        throw new UsageError("gamma models: missing subcommand; expected list, show or import (see 'gamma models --help')");
      default:
        throw new UsageError(`gamma models: unknown subcommand '${sub}'; expected list, show or import`);
    }
  },
};
