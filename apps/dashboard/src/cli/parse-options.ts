import { parseArgs, type ParseArgsConfig } from 'node:util';
import { MAX_LEVELS } from '@gamma-ts/search-space';
import { UsageError } from './errors.js';

type Options = NonNullable<ParseArgsConfig['options']>;
export type ParsedOptions<O extends Options> = ReturnType<typeof parseArgs<{ args: string[]; options: O; allowPositionals: boolean; strict: true }>>;

/** `util.parseArgs` whose failures become one-line `UsageError`s naming the command. */
export function parseOptions<O extends Options>(command: string, args: readonly string[], options: O, allowPositionals = true): ParsedOptions<O> {
  try {
    return parseArgs({ args: [...args], options, allowPositionals, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new UsageError(`gamma ${command}: ${message} (see 'gamma ${command} --help')`);
  }
}

/** Parses a positive integer option, or throws a `UsageError` naming it. */
export function positiveIntOption(command: string, name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) {
    throw new UsageError(`gamma ${command}: --${name} must be a positive integer, got '${value}'`);
  }
  return n;
}

/** Parses `--levels N` or `--levels MIN..MAX` (1 ≤ MIN ≤ MAX ≤ MAX_LEVELS), or throws a `UsageError` naming it. */
export function levelsOption(command: string, value: string): { min: number; max: number } {
  const match = /^(\d+)(?:\.\.(\d+))?$/.exec(value.trim());
  const min = match ? Number(match[1]) : NaN;
  const max = match ? Number(match[2] ?? match[1]) : NaN;
  if (!(min >= 1 && max <= MAX_LEVELS && min <= max)) {
    throw new UsageError(`gamma ${command}: --levels must be N or MIN..MAX with 1 ≤ MIN ≤ MAX ≤ ${MAX_LEVELS}, got '${value}' (see 'gamma ${command} --help')`);
  }
  return { min, max };
}
