// Wires `tact plan`, `tact strategy` and `tact experiments` to real adapters: the store from --db, the
// system clock and crypto verification codes.
import { createPlanCommand } from '../cli/plan-command.js';
import { createStrategyCommand } from '../cli/strategy-command.js';
import { createExperimentsCommand } from '../cli/experiments-command.js';
import { CryptoCodeGenerator } from '../adapters/system/crypto-code-generator.js';
import { systemClock } from '../adapters/system/system-clock.js';
import { openStore } from './open-store.js';

export const planCommand = createPlanCommand({
  openStore,
  planDeps: (handle) => ({ store: handle.store, codes: new CryptoCodeGenerator(), clock: systemClock }),
});

export const strategyCommand = createStrategyCommand({ openStore, codes: () => new CryptoCodeGenerator() });

export const experimentsCommand = createExperimentsCommand({ openStore });
