// The composition root's list of sub-commands, one file each under src/cli/.
import type { Command } from '../cli/command.js';
import { decideCommand } from '../cli/decide-command.js';
import { createDispatchCommand } from '../cli/dispatch-command.js';
import { createStatusCommand } from '../cli/status-command.js';
import { createRunCommand } from '../cli/run-command.js';
import { dispatchDeps, runDeps, statusDeps } from './dispatch-deps.js';
import { smscCommand } from '../cli/smsc-command.js';
import { startCommand } from '../cli/start-command.js';
import { templatesCommand } from '../cli/templates-command.js';
import { importCommand } from './import-command-wiring.js';
import { paymentsCommand } from './payments-command-wiring.js';
import { planCommand, strategyCommand } from './plan-deps.js';
import { smscDeps } from './smsc-deps.js';
import { storeCommands } from './store-commands.js';

export const commands: readonly Command[] = [
  startCommand,
  decideCommand,
  importCommand,
  paymentsCommand,
  planCommand,
  strategyCommand,
  ...storeCommands,
  templatesCommand,
  smscCommand(smscDeps()),
  createDispatchCommand(dispatchDeps()),
  createStatusCommand(statusDeps),
  createRunCommand(runDeps()),
];
