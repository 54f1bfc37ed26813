import { readResults } from '@gamma-ts/exporter';
import type { SearchResult } from '@gamma-ts/genetic-engine';
import type { Command, CommandIo } from '../cli/command.js';
import { UsageError } from '../cli/errors.js';
import { parseOptions, positiveIntOption } from '../cli/parse-options.js';
import { colorEnabled } from '../ui/color-choice.js';
import { renderResultReport } from '../ui/result-report.js';
import { runResultViewer } from '../ui/run-result-viewer.js';

const USAGE = `Usage: gamma view <results.pb> [--layer <name|number>] [--plain] [--width <columns>] [--no-color]

Shows a finished run in the dashboard's views: header, layer table, convergence, best mapping as a loop nest,
metrics with energy and buffer bars, invalid reasons, and the Pareto front of multi-objective runs.

On a terminal it is interactive (↑/↓ layer, tab panel, q quit). Otherwise, or with --plain, it prints the
report once: every layer, then every panel of one layer (--layer, default the first).

Options:
  --layer <name|number>  layer to detail, by name or 1-based row number
  --plain                print the report even on a terminal
  --width <columns>      report width (default: the terminal's, else 100)
  --no-color             no colours (also when NO_COLOR is set)`;

/** `--layer` as an index into the result's layers, or a UsageError listing what exists. */
export function resolveLayerOption(result: SearchResult, value: string | undefined, file: string): number {
  if (value === undefined) return 0;
  const byName = result.layers.findIndex((l) => l.name === value || l.names.includes(value));
  if (byName >= 0) return byName;
  const number = Number(value);
  if (Number.isInteger(number) && number >= 1 && number <= result.layers.length) return number - 1;
  throw new UsageError(
    `gamma view: --layer '${value}' is not a layer of ${file}; allowed: 1..${result.layers.length} or ${result.layers.map((l) => l.name).join(', ')}`,
  );
}

export const viewCommand: Command = {
  name: 'view',
  summary: 'show a finished run (results.pb) in the dashboard views',
  usage: USAGE,
  async run(args, io: CommandIo) {
    const { values, positionals } = parseOptions('view', args, {
      layer: { type: 'string' },
      plain: { type: 'boolean' },
      width: { type: 'string' },
      'no-color': { type: 'boolean' },
    });
    if (positionals.length !== 1) throw new UsageError(`gamma view: expected one results file, got ${positionals.length} (see 'gamma view --help')`);
    const file = positionals[0] as string;
    const result = await readResults(file);
    const layerIndex = resolveLayerOption(result, values.layer, file);
    const color = colorEnabled(io.env, values['no-color'] === true);
    const interactive = io.stdout.isTTY === true && io.stdin?.isTTY === true && values.plain !== true;
    if (interactive) {
      await runResultViewer({ result, stdout: io.stdout as NodeJS.WriteStream, stdin: io.stdin, color, layerIndex });
      return 0;
    }
    const columns = positiveIntOption('view', 'width', values.width, io.stdout.columns ?? 100);
    io.stdout.write(renderResultReport(result, { columns, color, layerIndex }));
    return 0;
  },
};
