// The composition root's list of sub-commands, one file each under src/cli/.
import type { Command } from '../cli/command.js';
import { decideCommand } from '../cli/decide-command.js';
import { startCommand } from '../cli/start-command.js';

export const commands: readonly Command[] = [decideCommand, startCommand];
