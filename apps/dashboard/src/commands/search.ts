import { join, resolve } from 'node:path';
import { MAX_LEVELS, CONSTRAINT_PRESET_NAMES } from '@gamma-ts/search-space';
import { constraintsOption } from '../cli/constraints-option.js';
import { METRIC_NAMES, type Metrics } from '@gamma-ts/cost-model';
import {
  ALGORITHMS,
  DEFAULT_POPULATION_SIZE,
  DEFAULT_SAMPLES,
  DEFAULT_SEED,
  SearchController,
  readCheckpoint,
  checkpointLayersDone,
  defaultWorkerCount,
  parseObjectiveSpec,
  resumeSearch,
  resolveSearchRequest,
  search,
  type Algorithm,
  type Budget,
  type MetricConstraint,
  type SearchEvent,
  type SearchRequest,
  type SearchResult,
} from '@gamma-ts/genetic-engine';
import { toResultsJsonText, writeFileAtomic, writeResults } from '@gamma-ts/exporter';
import type { Command, CommandIo } from '../cli/command.js';
import { RunError, UsageError } from '../cli/errors.js';
import { hardwareOption } from '../cli/hardware-option.js';
import { modelOption } from '../cli/model-option.js';
import { levelsOption, parseOptions, positiveIntOption } from '../cli/parse-options.js';
import {
  SearchEventQueue,
  chooseProgressMode,
  colorEnabled,
  createJsonEventPrinter,
  createPlainProgressPrinter,
  dashboardRunInfo,
  runLiveDashboard,
  type DashboardRunInfo,
} from '../ui/index.js';

const USAGE = `Usage:
  gamma search --model <name|file.onnx|file.csv> [--layer NAME] --hw edge|cloud|<file.json>
               --objective latency[,energy] [--budget ${DEFAULT_SAMPLES}] [--seed N] [--workers N]
               [--algorithm gamma|random|standard-ga|annealing] [--levels 2..2] [--factors-only]
               [--constraints ${CONSTRAINT_PRESET_NAMES.join('|')}|FILE.json] [--max METRIC=VALUE]... [--population ${DEFAULT_POPULATION_SIZE}] [--out DIR]
               [--json] [--no-color]
  gamma search --resume DIR [--workers N] [--out DIR] [--json] [--no-color]

Finds, for each unique layer shape of a model (or one layer), the mapping that minimises the objective on the
hardware, with GAMMA's genetic algorithm (or a baseline). On a terminal it shows a live dashboard (q quits and
keeps the results so far, p pauses, up/down select a layer, tab switches panels); otherwise it prints one line
per generation (one layer) or per layer (whole model), then a table. Writes results.pb (gamma.results.v1, read it
with gamma-export / gamma view) and results.json into --out.

  --model        a built-in model (gamma models), or an .onnx / GAMMA .csv file
  --layer        search only the shape of this layer
  --hw           hardware preset (edge, cloud) or a hardware .json file
  --objective    latency, energy, edp, power, area, throughput, l2Traffic; a comma list of 2-3 for a Pareto
                 front (NSGA-II); or a weighted product such as latency*energy^2
  --budget       per layer: samples (10000, the default = 200 x 50 generations), generations (50gen),
                 time (90s, 2m) or patience (patience=10: generations without improvement); comma-separate
                 several, the first reached stops the layer
  --seed         one seed for every random choice (default ${DEFAULT_SEED}, always recorded)
  --workers      evaluation worker threads (default: cores - 1, and the main thread evaluates too;
                 0 = main thread only); never changes the result
  --algorithm    gamma (default), random, standard-ga, annealing
  --levels       allowed cluster levels, min..max or one number, 1..${MAX_LEVELS} (default 2..2, or the range
                 --constraints fixes)
  --factors-only tiles must divide their parent tile
  --constraints  accelerator flexibility constraints: a preset (${CONSTRAINT_PRESET_NAMES.join(', ')}) or a JSON
                 file (see the search-space README)
  --max          upper bound on a metric, repeatable: --max runtime=400000 (latency is an alias of runtime)
  --population   population size (default ${DEFAULT_POPULATION_SIZE})
  --out          output directory (default gamma-results/<model>); checkpoints go there too
  --resume       continue an interrupted search from its directory (its recorded settings are used)
  --json         print one JSON event per line instead of the dashboard or progress lines
  --no-color     no colours in the dashboard (NO_COLOR is honoured too)

Ctrl-C stops after the current generation, writes the results so far and a checkpoint, and prints how to resume.`;

/** A parsed `gamma search` invocation: a new search or a resume. */
export type SearchInvocation =
  | { readonly kind: 'new'; readonly request: SearchRequest; readonly outDir: string; readonly workers: number }
  | { readonly kind: 'resume'; readonly resumeDir: string; readonly outDir: string; readonly workers: number };

export interface SearchRunOptions {
  /** Receives every engine event (the live dashboard subscribes here). */
  readonly onEvent?: (event: SearchEvent) => void;
  readonly controller?: SearchController;
  readonly checkpointEvery?: number;
}

export interface SearchRunOutcome {
  readonly result: SearchResult;
  /** results.pb, the project's result format. */
  readonly resultsPath: string;
  readonly resultsJsonPath: string;
  readonly interrupted: boolean;
  /** The directory to pass to `--resume` when interrupted. */
  readonly checkpointDir: string;
}

const METRIC_ALIASES: Readonly<Record<string, keyof Metrics>> = { latency: 'runtime' };

function usage(message: string): UsageError {
  return new UsageError(`gamma search: ${message} (see 'gamma search --help')`);
}

function parseBudget(text: string): Budget {
  const budget: { samples?: number; generations?: number; timeMs?: number; patience?: number } = {};
  for (const part of text.split(',').map((p) => p.trim())) {
    let m: RegExpMatchArray | null;
    if ((m = /^(\d+)$/.exec(part))) budget.samples = Number(m[1]);
    else if ((m = /^(\d+)\s*(gen|generations?)$/i.exec(part))) budget.generations = Number(m[1]);
    else if ((m = /^(\d+(?:\.\d+)?)\s*(ms|s|m|min)$/i.exec(part))) {
      const unit = m[2].toLowerCase();
      budget.timeMs = Number(m[1]) * (unit === 'ms' ? 1 : unit === 's' ? 1000 : 60_000);
    } else if ((m = /^patience\s*=\s*(\d+)$/i.exec(part))) budget.patience = Number(m[1]);
    else throw usage(`--budget: '${part}' is not a budget; use samples (10000), generations (50gen), time (90s, 2m) or patience=N`);
  }
  for (const [field, value] of Object.entries(budget)) if (!(value > 0)) throw usage(`--budget: ${field} must be positive, got ${value}`);
  return budget;
}

function parseMax(entries: readonly string[]): MetricConstraint[] {
  return entries.map((entry) => {
    const m = /^([A-Za-z0-9]+)\s*(?:=|<=)\s*([0-9.eE+]+)$/.exec(entry.trim());
    const name = m ? (METRIC_ALIASES[m[1]] ?? m[1]) : '';
    if (!m || !(METRIC_NAMES as readonly string[]).includes(name)) {
      throw usage(`--max: expected METRIC=VALUE with METRIC one of latency, ${METRIC_NAMES.join(', ')}; got '${entry}'`);
    }
    const max = Number(m[2]);
    if (!Number.isFinite(max) || max <= 0) throw usage(`--max: ${name} bound must be a positive number, got '${m[2]}'`);
    return { metric: name as keyof Metrics, max };
  });
}

/** Parses `gamma search` arguments into a request; bad usage throws `UsageError`, unreadable inputs `RunError`. */
export function parseSearchArgs(args: readonly string[], io: Pick<CommandIo, 'cwd'>): SearchInvocation {
  const { values, positionals } = parseOptions('search', args, {
    model: { type: 'string' },
    layer: { type: 'string' },
    hw: { type: 'string' },
    objective: { type: 'string' },
    budget: { type: 'string' },
    seed: { type: 'string' },
    workers: { type: 'string' },
    algorithm: { type: 'string' },
    levels: { type: 'string' },
    'factors-only': { type: 'boolean', default: false },
    constraints: { type: 'string' },
    max: { type: 'string', multiple: true },
    population: { type: 'string' },
    out: { type: 'string' },
    resume: { type: 'string' },
  });
  if (positionals.length > 0) throw usage(`unexpected argument '${positionals[0]}'`);
  let workers = defaultWorkerCount();
  if (values.workers !== undefined) {
    workers = Number(values.workers);
    if (!Number.isInteger(workers) || workers < 0) throw usage(`--workers must be a non-negative integer, got '${values.workers}'`);
  }
  if (values.resume !== undefined) {
    const others = Object.keys(values).filter((k) => !['resume', 'workers', 'out', 'factors-only'].includes(k) && values[k as keyof typeof values] !== undefined);
    if (others.length > 0 || values['factors-only']) throw usage(`--resume replays the recorded settings; it takes only --workers and --out, not --${others[0] ?? 'factors-only'}`);
    const resumeDir = resolve(io.cwd, values.resume);
    return { kind: 'resume', resumeDir, outDir: values.out === undefined ? resumeDir : resolve(io.cwd, values.out), workers };
  }
  if (values.model === undefined) throw usage('--model is required');
  if (values.hw === undefined) throw usage('--hw is required (edge, cloud or a hardware .json file)');
  if (values.objective === undefined) throw usage('--objective is required (e.g. latency, or latency,energy)');
  let objective;
  try {
    objective = parseObjectiveSpec(values.objective, '--objective');
  } catch (error) {
    throw usage(error instanceof Error ? error.message : String(error));
  }
  const algorithm = (values.algorithm ?? 'gamma') as Algorithm;
  if (!ALGORITHMS.includes(algorithm)) throw usage(`--algorithm: unknown '${values.algorithm}'; allowed: ${ALGORITHMS.join(', ')}`);
  let seed = DEFAULT_SEED;
  if (values.seed !== undefined) {
    seed = Number(values.seed);
    if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw usage(`--seed must be an integer in 0..4294967295, got '${values.seed}'`);
  }
  const model = modelOption('search', '--model', values.model, io.cwd);
  const hardware = hardwareOption('search', values.hw, io.cwd);
  const request: SearchRequest = {
    model,
    ...(values.layer !== undefined ? { layer: values.layer } : {}),
    hardware,
    objective,
    constraints: parseMax(values.max ?? []),
    algorithm,
    seed,
    budget: values.budget === undefined ? { samples: DEFAULT_SAMPLES } : parseBudget(values.budget),
    populationSize: positiveIntOption('search', 'population', values.population, DEFAULT_POPULATION_SIZE),
    ...(values.levels !== undefined ? { levels: levelsOption('search', values.levels) } : {}),
    factorsOnly: values['factors-only'] === true,
    ...(values.constraints !== undefined ? { flexibility: constraintsOption('search', values.constraints, hardware.numPEs, io.cwd) } : {}),
  };
  const defaultOut = join('gamma-results', `${model.name}${values.layer ? '-' + values.layer : ''}`.replace(/[^A-Za-z0-9._-]+/g, '_'));
  return { kind: 'new', request, outDir: resolve(io.cwd, values.out ?? defaultOut), workers };
}

/**
 * Runs a parsed invocation: the search (new or resumed) with checkpoints in the output directory, then
 * `results.json` written atomically — also when interrupted, with the results so far. Printing is the caller's.
 */
export async function runSearchInvocation(invocation: SearchInvocation, options: SearchRunOptions = {}): Promise<SearchRunOutcome> {
  const engineOptions = {
    workers: invocation.workers,
    checkpointDir: invocation.kind === 'resume' ? invocation.resumeDir : invocation.outDir,
    ...(options.checkpointEvery !== undefined ? { checkpointEvery: options.checkpointEvery } : {}),
    ...(options.onEvent ? { onEvent: options.onEvent } : {}),
    ...(options.controller ? { controller: options.controller } : {}),
  };
  let result: SearchResult;
  try {
    result = invocation.kind === 'resume' ? await resumeSearch(invocation.resumeDir, engineOptions) : await search(invocation.request, engineOptions);
  } catch (error) {
    if (error instanceof UsageError || error instanceof RunError) throw error;
    throw new RunError(error instanceof Error ? error.message : String(error));
  }
  const resultsPath = join(invocation.outDir, 'results.pb');
  const resultsJsonPath = join(invocation.outDir, 'results.json');
  await writeResults(resultsPath, result);
  await writeFileAtomic(resultsJsonPath, toResultsJsonText(result));
  return { result, resultsPath, resultsJsonPath, interrupted: result.run.stopReason === 'interrupted', checkpointDir: engineOptions.checkpointDir };
}

/** Takes the display flags out of the argument list: they choose how progress is shown, not what is searched. */
export function displayFlags(args: readonly string[]): { rest: string[]; json: boolean; noColor: boolean } {
  return {
    rest: args.filter((a) => a !== '--json' && a !== '--no-color'),
    json: args.includes('--json'),
    noColor: args.includes('--no-color'),
  };
}

/** The run as the views show it, and for a resumed search the line that says so (a new one needs none). */
async function describeRun(invocation: SearchInvocation): Promise<{ headline: string | null; run: DashboardRunInfo }> {
  if (invocation.kind === 'new') return { headline: null, run: dashboardRunInfo(resolveSearchRequest(invocation.request), { workers: invocation.workers }) };
  let checkpoint;
  try {
    checkpoint = await readCheckpoint(invocation.resumeDir);
  } catch (error) {
    throw new RunError(error instanceof Error ? error.message : String(error));
  }
  return {
    headline: `gamma search: resuming ${checkpoint.request.model.name} (${checkpointLayersDone(checkpoint)} layer shape(s) done) from ${invocation.resumeDir}\n`,
    run: dashboardRunInfo(checkpoint.request, { workers: invocation.workers }),
  };
}

/** Runs a search with the progress view the terminal allows: live dashboard, plain lines or JSON events. */
export async function runSearchCommand(invocation: SearchInvocation, io: CommandIo, display: { json: boolean; noColor: boolean }): Promise<number> {
  const write = (text: string) => void io.stdout.write(text);
  const mode = chooseProgressMode({ stdoutIsTTY: io.stdout.isTTY === true, json: display.json, env: io.env });
  const { headline, run } = await describeRun(invocation);
  const controller = new SearchController();
  const onSigint = () => {
    if (mode !== 'json') io.stderr.write('\ninterrupt: stopping after the current generation…\n');
    controller.stop();
  };
  process.once('SIGINT', onSigint);
  let outcome: SearchRunOutcome;
  try {
    if (mode === 'live') {
      const queue = new SearchEventQueue();
      const shown = runLiveDashboard({
        events: queue,
        run,
        color: colorEnabled(io.env, display.noColor),
        controls: { onQuit: () => controller.stop(), onPause: () => controller.pause(), onResume: () => controller.resume() },
        stdout: io.stdout as NodeJS.WriteStream,
        ...(io.stdin ? { stdin: io.stdin } : {}),
      });
      try {
        outcome = await runSearchInvocation(invocation, { controller, onEvent: (event) => queue.push(event) });
        queue.end();
      } catch (error) {
        queue.fail(error);
        await shown.catch(() => {});
        throw error;
      }
      await shown;
    } else if (mode === 'json') {
      const print = createJsonEventPrinter(write);
      outcome = await runSearchInvocation(invocation, { controller, onEvent: print });
    } else {
      if (headline !== null) write(headline);
      outcome = await runSearchInvocation(invocation, { controller, onEvent: createPlainProgressPrinter(run, write) });
    }
  } finally {
    process.removeListener('SIGINT', onSigint);
  }
  if (mode === 'json') {
    write(JSON.stringify({ type: 'results', resultsPath: outcome.resultsPath, resultsJsonPath: outcome.resultsJsonPath, interrupted: outcome.interrupted }) + '\n');
  } else {
    write(`results written to ${outcome.resultsPath} and ${outcome.resultsJsonPath}\n`);
    write(`export them with: pnpm gamma-export ${outcome.resultsPath} --to maestro|timeloop|json|csv|svg --out DIR\n`);
  }
  if (outcome.interrupted) {
    if (mode !== 'json') write(`interrupted: the results so far are saved. Resume with: gamma search --resume ${outcome.checkpointDir}\n`);
    return 130;
  }
  return 0;
}

export const searchCommand: Command = {
  name: 'search',
  summary: 'find the best mapping of each layer of a model (GAMMA genetic search)',
  usage: USAGE,
  async run(args, io) {
    const { rest, json, noColor } = displayFlags(args);
    return runSearchCommand(parseSearchArgs(rest, io), io, { json, noColor });
  },
};
