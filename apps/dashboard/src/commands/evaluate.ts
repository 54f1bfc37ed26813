import { readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { getModel } from '@gamma-ts/model-zoo';
import {
  mappingFromGenome,
  mappingToGenome,
  outputCols,
  outputRows,
  parseMaestroText,
  problemFromGolden,
  problemFromLayer,
  type Mapping,
  type Problem,
} from '@gamma-ts/search-space';
import {
  evaluate,
  GOLDEN_FIELDS,
  goldenMismatches,
  parseGoldenCase,
  type Evaluation,
  type GoldenField,
  type Hardware,
  type InvalidReasonCode,
} from '@gamma-ts/cost-model';
import type { Command, CommandIo } from '../cli/command.js';
import { RunError, UsageError } from '../cli/errors.js';
import { hardwareOption } from '../cli/hardware-option.js';
import { parseOptions } from '../cli/parse-options.js';

const USAGE = `Usage:
  gamma evaluate --layer <model>:<layer name>|<shape json>|<shape.json> --mapping <file.json|file.m> [--hw edge|cloud|<file.json>] [--json]
  gamma evaluate --cases <file.jsonl> [--json]

Evaluates a mapping with the MAESTRO cost model and says whether its numbers are physically sane.

  --layer    a layer of a built-in model (e.g. resnet18:layer1.0.conv1), or a shape in the golden layer
             form, inline or in a file: {"op":"CONV","K":64,"C":64,"Y":58,"X":58,"R":3,"S":3,"strideY":1,"strideX":1}.
             Optional when --mapping is a .m file (its Dimensions are used).
  --mapping  a genome (.json: an array of levels {parallel, clusterSize, loops: [[dim, tile], ...]}, or
             {"levels": [...]}) or a one-layer MAESTRO .m file.
  --hw       a preset (edge, cloud) or a hardware .json file; default edge.
  --cases    a file in the golden format (one case a line: id, layer, hw, genome or maestro, expected?). Each
             case's hw gives MAESTRO's five hardware fields; capacities are unconstrained unless given.
             With expected numbers, ends with a per-field match summary.
  --json     machine-readable output (for --cases: one line per case, then a summary line).

Exit code: 0 valid (or, for --cases, every expected field matched), 1 invalid mapping, mismatch or bad input,
2 bad usage.`;

export const evaluateCommand: Command = {
  name: 'evaluate',
  summary: 'evaluate one mapping, or check a file of cases against MAESTRO',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseOptions('evaluate', args, {
      layer: { type: 'string' },
      mapping: { type: 'string' },
      hw: { type: 'string' },
      cases: { type: 'string' },
      json: { type: 'boolean', default: false },
    });
    if (positionals.length > 0) throw new UsageError(`gamma evaluate: unexpected argument '${positionals[0]}' (see 'gamma evaluate --help')`);
    if (values.cases !== undefined) {
      for (const other of ['layer', 'mapping', 'hw'] as const) {
        if (values[other] !== undefined) throw new UsageError(`gamma evaluate: --cases takes no --${other} (each case carries its own)`);
      }
      return runCases(resolve(io.cwd, values.cases), values.json === true, io);
    }
    if (values.mapping === undefined) throw new UsageError(`gamma evaluate: give --mapping (with --layer), or --cases (see 'gamma evaluate --help')`);
    const mappingPath = resolve(io.cwd, values.mapping);
    const fromMaestro = extname(mappingPath) === '.m';
    if (values.layer === undefined && !fromMaestro) {
      throw new UsageError('gamma evaluate: --layer is required unless --mapping is a MAESTRO .m file');
    }
    const hw = hardwareOption('evaluate', values.hw ?? 'edge', io.cwd);
    let problem: Problem;
    let mapping: Mapping;
    if (fromMaestro) {
      const parsed = parseMaestroText(readText(mappingPath, 'mapping'), mappingPath);
      mapping = parsed.mapping;
      problem = parsed.problem;
      if (values.layer !== undefined) {
        const given = layerOption(values.layer, io.cwd);
        if (shapeOf(given) !== shapeOf(problem)) {
          throw new RunError(`the layer of ${mappingPath} (${shapeOf(problem)}) is not --layer ${values.layer} (${shapeOf(given)})`);
        }
        problem = given;
      }
    } else {
      problem = layerOption(values.layer as string, io.cwd);
      mapping = mappingFromGenome(readJson(mappingPath, 'mapping'), mappingPath);
    }
    const evaluation = evaluate(problem, mapping, hw);
    if (values.json === true) {
      io.stdout.write(JSON.stringify({ layer: problem, hardware: hw, mapping: mappingToGenome(mapping), ...evaluation }) + '\n');
    } else {
      io.stdout.write(report(problem, mapping, hw, evaluation));
    }
    return evaluation.valid ? 0 : 1;
  },
};

function readText(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new RunError(`${path}: ${code === 'ENOENT' ? `no such ${what} file` : `cannot read the ${what} file (${code ?? String(error)})`}`);
  }
}

function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new RunError(`${source}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
}

function readJson(path: string, what: string): unknown {
  return parseJson(readText(path, what), path);
}

function layerOption(value: string, cwd: string): Problem {
  if (value.trimStart().startsWith('{')) return problemFromGolden(parseJson(value, '--layer'), '--layer');
  if (extname(value) === '.json') {
    const path = resolve(cwd, value);
    return problemFromGolden(readJson(path, 'layer'), path);
  }
  const colon = value.indexOf(':');
  if (colon <= 0 || colon === value.length - 1) {
    throw new UsageError(`gamma evaluate: --layer must be <model>:<layer name>, a JSON shape or a .json file, got '${value}'`);
  }
  const model = getModel(value.slice(0, colon));
  const layerName = value.slice(colon + 1);
  const layer = model.layers.find((l) => l.name === layerName);
  if (!layer) {
    const names = model.layers.map((l) => l.name);
    const shown = names.length > 12 ? `${names.slice(0, 12).join(', ')}, … (${names.length} layers; 'gamma models show ${model.name}')` : names.join(', ');
    throw new RunError(`model '${model.name}' has no layer '${layerName}'; layers: ${shown}`);
  }
  return problemFromLayer(layer);
}

function shapeOf(p: Problem): string {
  const k = p.op === 'DSCONV' ? '' : ` K ${p.K}`;
  return `${p.op}${k} C ${p.C} Y ${p.Y} X ${p.X} R ${p.R} S ${p.S} stride ${p.strideY}×${p.strideX}`;
}

// ---------------------------------------------------------------------------------------------- human report

function int(n: number): string {
  return Number.isInteger(n) && Math.abs(n) < 1e15 ? n.toLocaleString('en-US') : n.toPrecision(6);
}

function real(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  return Math.abs(n) >= 1e9 ? n.toExponential(4) : Number(n.toPrecision(6)).toLocaleString('en-US', { maximumFractionDigits: 6 });
}

function ratio(value: number, bound: number): string {
  return bound > 0 ? `×${(value / bound).toFixed(2)}` : '';
}

function report(problem: Problem, mapping: Mapping, hw: Hardware, ev: Evaluation): string {
  const out: string[] = [];
  const repeat = problem.repeat > 1 ? `, ×${problem.repeat} repetitions` : '';
  out.push(`layer     ${problem.name}: ${shapeOf(problem)} (Y' ${outputRows(problem)}, X' ${outputCols(problem)})${repeat}`);
  out.push(
    `hardware  ${hw.name}: ${int(hw.numPEs)} PEs, L1 ${int(hw.l1CapacityElements)}/PE, L2 ${int(hw.l2CapacityElements)} elements, ` +
      `NoC ${int(hw.nocBandwidth)}/cycle (${hw.nocHops} hop × ${hw.nocHopLatency} cycle), off-chip ${int(hw.offchipBandwidth)}/cycle`,
  );
  out.push(`mapping   ${mapping.levels.length} level${mapping.levels.length === 1 ? '' : 's'}, outermost first`);
  for (const [i, level] of mapping.levels.entries()) {
    const cluster = level.clusterSize === null ? '' : `Cluster(${level.clusterSize}) `;
    const loops = level.loops.map((l) => `${l.dim === 'Y' || l.dim === 'X' ? l.dim + "'" : l.dim} ${l.tile}`).join(', ');
    out.push(`  ${i + 1}. ${cluster}parallel ${level.parallel}: ${loops}`);
  }
  out.push('');
  if (ev.valid) {
    out.push('verdict   VALID');
  } else {
    out.push(`verdict   INVALID (${ev.reasons.length} reason${ev.reasons.length === 1 ? '' : 's'})`);
    for (const r of ev.reasons) out.push(`  ✗ ${r.code}: ${r.message}`);
  }
  const a = ev.maestro;
  const m = ev.metrics;
  const e = ev.energy;
  if (a === null || m === null || e === null) return out.join('\n') + '\n';
  if (!ev.valid) out.push('', "MAESTRO's numbers for this invalid mapping (see the reasons above):");
  out.push('');
  out.push(`runtime      ${int(m.runtime)} cycles`);
  out.push(`  bound      ⌈MACs / ${int(hw.numPEs)} PEs⌉ = ${int(ev.lowerBoundCycles)} (${ratio(m.runtime, ev.lowerBoundCycles)}); ` +
    `⌈MACs / ${int(ev.busyPEs)} busy PEs⌉ = ${int(ev.busyLowerBoundCycles)} (${ratio(m.runtime, ev.busyLowerBoundCycles)})`);
  out.push(`MACs         ${int(m.macs)}`);
  out.push(`throughput   ${real(m.throughput)} MACs/cycle, PE utilization ${(100 * m.peUtilization).toFixed(1)} %`);
  out.push(`energy       ${real(m.energy)} nJ   EDP ${real(m.edp)} nJ·cycles`);
  out.push(`  MAC ${real(e.macNj)}   DRAM ${real(e.dramNj)}`);
  out.push(`  L1  input ${real(e.l1InputNj)}   weight ${real(e.l1WeightNj)}   output ${real(e.l1OutputNj)}`);
  out.push(`  L2  input ${real(e.l2InputNj)}   weight ${real(e.l2WeightNj)}   output ${real(e.l2OutputNj)}`);
  out.push(`power        ${real(m.power)} mW   area ${real(m.area)} µm² (MAESTRO's formulas on the capacities)`);
  const t = a.perTensor;
  out.push(`L1 size      ${int(a.l1Size)} per PE (input ${int(t.input.l1Size)}, weight ${int(t.weight.l1Size)}, output ${int(t.output.l1Size)})`);
  out.push(`L2 size      ${int(a.l2Size)} (input ${int(t.input.l2Size)}, weight ${int(t.weight.l2Size)}, output ${int(t.output.l2Size)})`);
  const c = a.counts;
  const rows: [string, number, number][] = [
    ['L1 input', c.l1InputRead, c.l1InputWrite],
    ['L1 weight', c.l1WeightRead, c.l1WeightWrite],
    ['L1 output', c.l1OutputRead, c.l1OutputWrite],
    ['L2 input', c.l2InputRead, c.l2InputWrite],
    ['L2 weight', c.l2WeightRead, c.l2WeightWrite],
    ['L2 output', c.l2OutputRead, c.l2OutputWrite],
  ];
  const width = Math.max(5, ...rows.flatMap(([, r, w]) => [int(r).length, int(w).length]));
  out.push(`accesses     ${'reads'.padStart(width)}  ${'writes'.padStart(width)}   (elements, one repetition)`);
  for (const [name, r, w] of rows) out.push(`  ${name.padEnd(10)} ${int(r).padStart(width)}  ${int(w).padStart(width)}`);
  out.push(`NoC peak ${int(a.peakNocBandwidth)}/cycle   off-chip required ${int(a.offchipBandwidthReq)}/cycle   MAESTRO CSV energy ${real(a.maestroEnergyNj)} nJ`);
  return out.join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------------- --cases

interface CasesSummary {
  cases: number;
  valid: number;
  withExpected: number;
  reasons: Partial<Record<InvalidReasonCode, number>>;
  matched: Map<GoldenField, number>;
  compared: Map<GoldenField, number>;
}

async function runCases(path: string, json: boolean, io: CommandIo): Promise<number> {
  const lines = readText(path, 'cases').split('\n');
  const summary: CasesSummary = { cases: 0, valid: 0, withExpected: 0, reasons: {}, matched: new Map(), compared: new Map() };
  let anyMismatch = false;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim().length === 0) continue;
    const source = `${path}:${i + 1}`;
    const c = parseGoldenCase(parseJson(lines[i], source), source);
    const ev = evaluate(c.problem, c.mapping, c.hardware);
    summary.cases++;
    if (ev.valid) summary.valid++;
    for (const r of ev.reasons) summary.reasons[r.code] = (summary.reasons[r.code] ?? 0) + 1;
    let mismatches: GoldenField[] | null = null;
    if (c.expected !== null) {
      summary.withExpected++;
      mismatches = goldenMismatches(ev.maestro, c.expected);
      if (mismatches.length > 0) anyMismatch = true;
      for (const field of c.expected.keys()) {
        summary.compared.set(field, (summary.compared.get(field) ?? 0) + 1);
        if (!mismatches.includes(field)) summary.matched.set(field, (summary.matched.get(field) ?? 0) + 1);
      }
    }
    io.stdout.write(json ? caseJson(c.id, ev, mismatches) + '\n' : caseLine(c.id, ev, mismatches, c.expected) + '\n');
  }
  io.stdout.write(json ? JSON.stringify({ summary: summaryJson(summary, anyMismatch) }) + '\n' : summaryText(summary));
  return anyMismatch ? 1 : 0;
}

function caseJson(id: string, ev: Evaluation, mismatches: GoldenField[] | null): string {
  const a = ev.maestro;
  return JSON.stringify({
    id,
    valid: ev.valid,
    reasons: ev.reasons,
    runtime: a?.runtime ?? null,
    macs: a?.macs ?? null,
    l1Size: a?.l1Size ?? null,
    l2Size: a?.l2Size ?? null,
    counts: a?.counts ?? null,
    perTensor: a?.perTensor ?? null,
    peakNocBandwidth: a?.peakNocBandwidth ?? null,
    offchipBandwidthReq: a?.offchipBandwidthReq ?? null,
    maestroEnergyNj: a?.maestroEnergyNj ?? null,
    energyNj: ev.metrics?.energy ?? null,
    busyPEs: ev.busyPEs,
    lowerBoundCycles: ev.lowerBoundCycles,
    busyLowerBoundCycles: ev.busyLowerBoundCycles,
    ...(mismatches === null ? {} : { mismatches }),
  });
}

function caseLine(id: string, ev: Evaluation, mismatches: GoldenField[] | null, expected: ReadonlyMap<GoldenField, number> | null): string {
  const verdict = ev.valid ? 'valid  ' : `INVALID (${ev.reasons.map((r) => r.code).join(', ')})`;
  const runtime = ev.maestro === null ? '' : `  runtime ${ev.maestro.runtime}  macs ${ev.maestro.macs}`;
  let check = '';
  if (mismatches !== null && expected !== null) {
    check =
      mismatches.length === 0
        ? `  ✓ ${expected.size} fields match`
        : `  ✗ mismatch: ${mismatches.map((f) => `${f} ${ev.maestro === null ? 'n/a' : fieldValue(ev, f)} ≠ ${expected.get(f)}`).join(', ')}`;
  }
  return `${id}  ${verdict}${runtime}${check}`;
}

function fieldValue(ev: Evaluation, field: GoldenField): number {
  const a = ev.maestro!;
  if (field === 'maestroEnergyNj') return Number(a.maestroEnergyNj.toPrecision(6));
  const parts = field.split('.');
  let v: unknown = a;
  for (const p of parts) v = (v as Record<string, unknown>)[p];
  return v as number;
}

function summaryJson(s: CasesSummary, anyMismatch: boolean): unknown {
  const fields: Record<string, { matched: number; compared: number }> = {};
  for (const f of GOLDEN_FIELDS) {
    const compared = s.compared.get(f) ?? 0;
    if (compared > 0) fields[f] = { matched: s.matched.get(f) ?? 0, compared };
  }
  return { cases: s.cases, valid: s.valid, invalidReasons: s.reasons, withExpected: s.withExpected, fields, allMatch: !anyMismatch };
}

function summaryText(s: CasesSummary): string {
  const out = ['', `${s.cases} cases: ${s.valid} valid, ${s.cases - s.valid} invalid`];
  for (const [code, n] of Object.entries(s.reasons)) out.push(`  ${code.padEnd(24)} ${n}`);
  if (s.withExpected > 0) {
    out.push('', `match with expected (${s.withExpected} cases):`);
    for (const f of GOLDEN_FIELDS) {
      const compared = s.compared.get(f) ?? 0;
      if (compared === 0) continue;
      const matched = s.matched.get(f) ?? 0;
      out.push(`  ${f.padEnd(24)} ${String(matched).padStart(6)} / ${compared}${matched === compared ? '' : '   ✗'}`);
    }
  }
  return out.join('\n') + '\n';
}
