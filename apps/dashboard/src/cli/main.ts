import { UsageError } from './errors.js';
import type { Command, CommandIo } from './command.js';
import { commands } from '../commands/registry.js';

function overview(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'gamma — genetic search for DNN layer mappings on spatial accelerators',
    '',
    'Usage: gamma <command> [options]   (gamma <command> --help for details)',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Global options: --debug (show stack traces on errors)',
  ].join('\n');
}

function findCommand(name: string): Command | undefined {
  return commands.find((c) => c.name === name);
}

/** Runs the CLI and returns its exit code: 0 success, 1 failed run, 2 bad usage. */
export async function main(argv: readonly string[], io: CommandIo): Promise<number> {
  const debug = argv.includes('--debug');
  const args = argv.filter((a) => a !== '--debug');
  try {
    const [name, ...rest] = args;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      io.stdout.write(overview() + '\n');
      return name === undefined ? 2 : 0;
    }
    const command = findCommand(name);
    if (!command) throw new UsageError(`unknown command '${name}'; commands: ${commands.map((c) => c.name).join(', ')}`);
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout.write(command.usage.trimEnd() + '\n');
      return 0;
    }
    return await command.run(rest, io);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // Commands name themselves ("gamma search: …"); the rest get the program name.
    io.stderr.write(message.startsWith('gamma ') ? `${message}\n` : `gamma: ${message}\n`);
    if (debug && error instanceof Error && error.stack) io.stderr.write(error.stack + '\n');
    return error instanceof UsageError ? 2 : 1;
  }
}
