// The composition root's list of sub-commands, one file each under src/cli/.
import type { Command } from '../cli/command.js';
import { createComplaintsCommand } from '../cli/complaints-command.js';
import { systemClock } from '../adapters/system/system-clock.js';
import { decideCommand } from '../cli/decide-command.js';
import { createDispatchCommand } from '../cli/dispatch-command.js';
import { createRunCommand } from '../cli/run-command.js';
import { createSimulateCommand } from '../cli/simulate-command.js';
import { smscCommand } from '../cli/smsc-command.js';
import { examplesCommand } from '../cli/examples-command.js';
import { createServeCommand } from '../cli/serve-command.js';
import { createStartCommand } from '../cli/start-command.js';
import { createStatusCommand } from '../cli/status-command.js';
import { createTemplatesCommand } from '../cli/templates-command.js';
import { createKeysCommand } from '../cli/keys-command.js';
import { createTenantCommand } from '../cli/tenant-command.js';
import { dispatchDeps, runDeps, statusDeps } from './dispatch-deps.js';
import { importCommand } from './import-command-wiring.js';
import { openStore } from './open-store.js';
import { paymentsCommand } from './payments-command-wiring.js';
import { serveDeps, startDeps } from './platform-deps.js';
import { experimentsCommand, planCommand, strategyCommand } from './plan-deps.js';
import { simulateDeps } from './simulate-deps.js';
import { smscDeps } from './smsc-deps.js';
import { storeCommands } from './store-commands.js';
import { usersCommand } from './users-command-wiring.js';

export const commands: readonly Command[] = [
  createStartCommand(startDeps()),
  createServeCommand(serveDeps()),
  examplesCommand,
  decideCommand,
  importCommand,
  paymentsCommand,
  strategyCommand,
  experimentsCommand,
  planCommand,
  createDispatchCommand(dispatchDeps()),
  createRunCommand(runDeps()),
  createStatusCommand(statusDeps),
  ...storeCommands,
  createTemplatesCommand({ openStore }),
  createTenantCommand({ openStore }),
  createKeysCommand({ openStore }),
  smscCommand(smscDeps()),
  usersCommand,
  createComplaintsCommand({ openStore, clock: systemClock }),
  createSimulateCommand(simulateDeps()),
];
