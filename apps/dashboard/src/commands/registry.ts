import type { Command } from '../cli/command.js';
import { evaluateCommand } from './evaluate.js';
import { modelsCommand } from './models.js';
import { searchCommand } from './search.js';
import { spaceCommand } from './space.js';
import { startCommand } from './start.js';
import { viewCommand } from './view.js';

/** Every `gamma` subcommand, in the order `gamma --help` lists them. */
export const commands: readonly Command[] = [
  startCommand,
  searchCommand,
  viewCommand,
  evaluateCommand,
  spaceCommand,
  modelsCommand,
];
