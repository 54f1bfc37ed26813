import type { Command } from '../cli/command.js';

// Placeholder until its issue lands: reports itself as unavailable (exit 1) rather than pretending.
export const evaluateCommand: Command = {
  name: 'evaluate',
  summary: '(not yet available)',
  usage: 'Usage: gamma evaluate',
  async run(_args, io) {
    io.stderr.write('gamma: evaluate is not yet available\n');
    return 1;
  },
};
