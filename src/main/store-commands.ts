// The store's sub-commands with their adapters wired in (main/ is the only place that
// imports adapters).
import { createAuditCommand } from '../cli/audit-command.js';
import type { Command } from '../cli/command.js';
import { createMigrateCommand } from '../cli/migrate-command.js';
import { nodeSha256Hex } from '../adapters/system/node-sha256.js';
import { openStore } from './open-store.js';

export const storeCommands: readonly Command[] = [
  createMigrateCommand({ openStore }),
  createAuditCommand({ openStore, sha256Hex: nodeSha256Hex }),
];
