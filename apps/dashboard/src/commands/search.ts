import type { Command } from '../cli/command.js';

// Placeholder until its issue lands: reports itself as unavailable (exit 1) rather than pretending.
export const searchCommand: Command = {
  name: 'search',
  summary: '(not yet available)',
  usage: 'Usage: gamma search',
  async run(_args, io) {
    io.stderr.write('gamma: search is not yet available\n');
    return 1;
  },
};
