// `tact import` with its adapters: the store from --db / TACT_DB and the system clock.
import { createImportCommand } from '../cli/import-command.js';
import { openStore } from './open-store.js';

export const importCommand = createImportCommand({ openStore, now: () => Date.now() });
