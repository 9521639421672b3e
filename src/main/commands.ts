// The composition root's list of sub-commands, one file each under src/cli/.
import type { Command } from '../cli/command.js';
import { storeCommands } from './store-commands.js';
import { importCommand } from './import-command-wiring.js';

export const commands: readonly Command[] = [...storeCommands, importCommand];
