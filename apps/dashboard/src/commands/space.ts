import type { Command } from '../cli/command.js';

// Placeholder until its issue lands: reports itself as unavailable (exit 1) rather than pretending.
export const spaceCommand: Command = {
  name: 'space',
  summary: '(not yet available)',
  usage: 'Usage: gamma space',
  async run(_args, io) {
    io.stderr.write('gamma: space is not yet available\n');
    return 1;
  },
};
