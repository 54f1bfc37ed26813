import { parseArgs, type ParseArgsConfig } from 'node:util';
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
