import type { Command } from '../cli/command.js';
import { UsageError } from '../cli/errors.js';
import { displayFlags, parseSearchArgs, runSearchCommand } from './search.js';

/** The built-in default search that `pnpm start` runs: a whole model, one preset, the paper's budget. */
export const DEFAULT_START_ARGS: readonly string[] = ['--model', 'resnet18', '--hw', 'edge', '--objective', 'latency', '--budget', '10000'];

const PASSED_THROUGH = ['--out', '--workers', '--seed'];

export const startCommand: Command = {
  name: 'start',
  summary: 'run the default search: ResNet-18 on the edge preset, latency, 10 000 samples per layer shape',
  usage: `Usage: gamma start [--out DIR] [--workers N] [--seed N] [--json] [--no-color]

Runs 'gamma search ${DEFAULT_START_ARGS.join(' ')}' — every unique layer shape of ResNet-18 on the
edge accelerator (168 PEs), minimising latency with GAMMA's genetic algorithm — with the live dashboard on a terminal
and plain progress lines otherwise. Results go to gamma-results/resnet18 (results.pb and results.json).`,
  async run(args, io) {
    const { rest: options, json, noColor } = displayFlags(args);
    const rest: string[] = [];
    for (let i = 0; i < options.length; i++) {
      const arg = options[i];
      if (!PASSED_THROUGH.includes(arg) || options[i + 1] === undefined) {
        throw new UsageError(`gamma start: unexpected argument '${arg}' (see 'gamma start --help'; use 'gamma search' for other searches)`);
      }
      rest.push(arg, options[++i]);
    }
    const invocation = parseSearchArgs([...DEFAULT_START_ARGS, ...rest], io);
    return runSearchCommand(invocation, io, { json, noColor });
  },
};
