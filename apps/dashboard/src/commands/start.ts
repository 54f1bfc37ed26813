import type { Command } from '../cli/command.js';

// Placeholder until its issue lands: reports itself as unavailable (exit 1) rather than pretending.
export const startCommand: Command = {
  name: 'start',
  summary: '(not yet available)',
  usage: 'Usage: gamma start',
  async run(_args, io) {
    io.stderr.write('gamma: start is not yet available\n');
    return 1;
  },
};
