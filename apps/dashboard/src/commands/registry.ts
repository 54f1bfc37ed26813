import type { Command } from '../cli/command.js';
import { modelsCommand } from './models.js';

/** Every `gamma` subcommand, in the order `gamma --help` lists them. */
export const commands: readonly Command[] = [modelsCommand];
