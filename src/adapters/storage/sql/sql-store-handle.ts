// Builds the StoreHandle both dialect factories return: the store plus migrate,
// assertMigrated and close over the same Kysely instance.
import type { Kysely } from 'kysely';
import type { Cipher } from '../../../app/ports/cipher.js';
import type { Logger } from '../../../app/ports/logger.js';
import type { StoreHandle } from '../../../app/ports/store.js';
import { timeOrderedId } from '../../system/time-ordered-id.js';
import { allMigrations } from '../migrations/all-migrations.js';
import type { Migration } from '../migrations/migration.js';
import { assertMigrated, runMigrations } from './migrator.js';
import type { Database } from './schema.js';
import type { SqlCapabilities } from './sql-capabilities.js';
import { SqlStore } from './sql-store.js';
import { writeTurns } from './sql-context.js';
import type { RowInserter } from './row-inserter.js';
import { kyselyCodeLookup, type CodeLookup } from './code-lookup.js';

export interface SqlStoreOptions {
  readonly cipher: Cipher;
  readonly logger: Logger;
  /** Epoch ms UTC; default Date.now. Tests pass a fixed clock. */
  readonly now?: () => number;
  readonly newId?: () => string;
  /** Default: every shipped migration. */
  readonly migrations?: readonly Migration[];
}

export const createSqlStoreHandle = (
  db: Kysely<Database>,
  caps: SqlCapabilities,
  options: SqlStoreOptions,
  close: () => Promise<void>,
  rows: RowInserter,
  codes: CodeLookup = kyselyCodeLookup,
  /** A second connection for the planner's batch writes (sql-context.ts), closed with the store. */
  writer?: { readonly db: Kysely<Database>; readonly rows: RowInserter; readonly close: () => Promise<void> },
  /** A read-only connection for the planner's reads (sql-context.ts), closed with the store. */
  reader?: { readonly db: Kysely<Database>; readonly rows: RowInserter; readonly close: () => Promise<void> },
): StoreHandle => {
  const now = options.now ?? Date.now;
  const migrations = options.migrations ?? allMigrations;
  const store = new SqlStore({
    db,
    writer: writer === undefined ? undefined : { db: writer.db, rows: writer.rows, exclusive: writeTurns() },
    reader: reader === undefined ? undefined : { db: reader.db, rows: reader.rows },
    caps,
    rows,
    codes,
    cipher: options.cipher,
    now,
    newId: options.newId ?? (() => timeOrderedId(now())),
    logger: options.logger,
    salts: new Map(),
  });
  return {
    store,
    migrate: async () => {
      const applied = await runMigrations(db, caps, migrations, now);
      options.logger.info({ dialect: caps.dialect, applied: applied.length }, 'migrations applied');
      return applied;
    },
    assertMigrated: () => assertMigrated(db, migrations),
    close: async () => {
      await Promise.all([writer?.close(), reader?.close()]).catch(() => undefined);
      await close();
    },
  };
};
