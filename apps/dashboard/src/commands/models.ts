import type { Command } from '../cli/command.js';

export const modelsCommand: Command = {
  name: 'models',
  summary: 'list, show and import layer shapes',
  usage: 'Usage: gamma models list | show <name> [--unique] [--json] | import <file> [--json]',
  async run(_args, io) {
    io.stdout.write('models: not yet available\n');
    return 1;
  },
};
