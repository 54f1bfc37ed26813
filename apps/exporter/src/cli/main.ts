import type { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import type { SearchResult } from '@gamma-ts/genetic-engine';
import { UsageError } from './cli-errors.js';
import { decodeResults, decodeResultsHeader } from '../decode-results.js';
import { readResultsBytes } from '../read-results.js';
import { exportMaestro } from '../maestro-export.js';
import { exportTimeloopLayers, refusalError } from '../timeloop-export.js';
import { toResultsJsonText } from '../results-json.js';
import { toCsv } from '../results-csv.js';
import { toSvg } from '../results-svg.js';
import { inspectSummary } from '../inspect-summary.js';
import { writeExportedFiles, type ExportedFile } from '../exported-file.js';

/** Where the CLI writes; tests pass in-memory streams. */
export interface ExportIo {
  readonly stdout: Writable;
  readonly stderr: Writable;
}

interface FormatExport {
  readonly files: ExportedFile[];
  /** Layers left out, one line each with the reason; the export then exits 1. */
  readonly refused?: readonly string[];
  /** What the user can do about the refused layers. */
  readonly hint?: string;
}

const FORMATS: Readonly<Record<string, { readonly summary: string; readonly files: (r: SearchResult) => ExportedFile[] | FormatExport }>> = {
  maestro: { summary: 'network.m + one .m per layer, run-maestro.sh with the hardware flags, expected.csv', files: exportMaestro },
  timeloop: {
    summary: 'one folder per layer with Timeloop v3 arch/problem/map/ERT YAML',
    files: (r) => {
      const { files, refused } = exportTimeloopLayers(r);
      // Nothing Timeloop can run: fail as a whole rather than write a folder of refusals.
      if (refused.length > 0 && refused.length === r.layers.filter((l) => l.best !== null).length) throw refusalError(refused);
      return { files, refused: refused.map((e) => `${e.layer}: ${e.detail}`), ...(refused[0] ? { hint: refused[0].hint } : {}) };
    },
  },
  json: { summary: 'results.json: everything in results.pb', files: (r) => [{ path: 'results.json', content: toResultsJsonText(r) }] },
  csv: { summary: 'results.csv: one row per layer with the main metrics', files: (r) => [{ path: 'results.csv', content: toCsv(r) }] },
  svg: { summary: 'results.svg: convergence curves and Pareto fronts', files: (r) => [{ path: 'results.svg', content: toSvg(r) }] },
};

export const USAGE = [
  'gamma-export — turn a gamma-ts results.pb into files other tools read',
  '',
  'Usage:',
  '  gamma-export <results.pb> --to <format> --out <dir>',
  '  gamma-export inspect <results.pb>',
  '',
  'Formats:',
  ...Object.entries(FORMATS).map(([name, f]) => `  ${name.padEnd(9)} ${f.summary}`),
  '',
  'Options:',
  '  --to <format>   one of: ' + Object.keys(FORMATS).join(', '),
  '  --out <dir>     output directory (created if missing; files are written atomically)',
  '  --debug         show stack traces on errors',
  '  -h, --help      this help',
  '',
  'Exit codes: 0 done, 1 the export failed (unreadable file, mapping Timeloop cannot express, …), 2 bad usage.',
].join('\n');

function parse(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      options: { to: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' }, debug: { type: 'boolean' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message.split('\n')[0] : String(error)} (see 'gamma-export --help')`);
  }
}

async function load(file: string): Promise<{ bytes: Uint8Array; result: SearchResult }> {
  const bytes = await readResultsBytes(file);
  return { bytes, result: decodeResults(bytes, file) };
}

async function run(argv: readonly string[], io: ExportIo): Promise<number> {
  const { values, positionals } = parse(argv);
  if (values.help) {
    io.stdout.write(USAGE + '\n');
    return 0;
  }
  if (positionals[0] === 'inspect') {
    if (positionals.length !== 2) throw new UsageError("inspect takes one results file: 'gamma-export inspect <results.pb>'");
    if (values.to !== undefined || values.out !== undefined) throw new UsageError('inspect takes no --to or --out');
    const { bytes, result } = await load(positionals[1]);
    io.stdout.write(inspectSummary(result, decodeResultsHeader(bytes, positionals[1])));
    return 0;
  }
  if (positionals.length === 0) throw new UsageError("missing the results file (see 'gamma-export --help')");
  if (positionals.length > 1) throw new UsageError(`one results file at a time, got ${positionals.length}: ${positionals.join(' ')}`);
  const format = values.to;
  if (format === undefined) throw new UsageError(`missing --to; formats: ${Object.keys(FORMATS).join(', ')}`);
  const exporter = FORMATS[format];
  if (!exporter) throw new UsageError(`--to: unknown format '${format}'; formats: ${Object.keys(FORMATS).join(', ')}`);
  if (values.out === undefined || values.out === '') throw new UsageError('missing --out <dir>');
  const { result } = await load(positionals[0]);
  const exported = exporter.files(result);
  const { files, refused = [], hint } = Array.isArray(exported) ? { files: exported } : exported;
  await writeExportedFiles(values.out, files);
  io.stdout.write(`gamma-export: wrote ${files.length} file${files.length === 1 ? '' : 's'} (${format}) to ${values.out}\n`);
  if (refused.length === 0) return 0;
  io.stderr.write(`gamma-export: ${refused.length} layer${refused.length === 1 ? '' : 's'} not exported (${format} cannot express the mapping):\n`);
  for (const line of refused) io.stderr.write(`  ${line}\n`);
  if (hint) io.stderr.write(`  ${hint}\n`);
  return 1;
}

/** Runs `gamma-export` and returns its exit code: 0 done, 1 failed, 2 bad usage. Errors are one line on stderr. */
export async function main(argv: readonly string[], io: ExportIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`gamma-export: ${message.split('\n')[0]}\n`);
    if (argv.includes('--debug') && error instanceof Error && error.stack) io.stderr.write(error.stack + '\n');
    if (argv.length === 0 && error instanceof UsageError) io.stderr.write(USAGE + '\n');
    return error instanceof UsageError ? 2 : 1;
  }
}
