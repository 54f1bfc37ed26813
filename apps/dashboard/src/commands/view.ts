import type { Command } from '../cli/command.js';

// Placeholder until its issue lands: reports itself as unavailable (exit 1) rather than pretending.
export const viewCommand: Command = {
  name: 'view',
  summary: '(not yet available)',
  usage: 'Usage: gamma view',
  async run(_args, io) {
    io.stderr.write('gamma: view is not yet available\n');
    return 1;
  },
};
