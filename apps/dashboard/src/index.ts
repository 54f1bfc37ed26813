export { main } from './cli/main.js';
export type { Command, CommandIo } from './cli/command.js';
export { UsageError, RunError } from './cli/errors.js';
export * from './ui/index.js';
