import type { Writable } from 'node:stream';

/** Where a command writes; tests pass in-memory streams. */
export interface CommandIo {
  readonly stdout: Writable & { isTTY?: boolean; columns?: number; rows?: number };
  readonly stderr: Writable;
  readonly stdin: NodeJS.ReadStream | undefined;
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
}

/** One `gamma` subcommand. `run` returns the exit code (0 success, 1 failed run); usage errors throw `UsageError`. */
export interface Command {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  run(args: readonly string[], io: CommandIo): Promise<number>;
}
