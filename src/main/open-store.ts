// Composition: picks the store adapter from --db / TACT_DB (sqlite:PATH, default
// sqlite:./tact.db, or postgres://…), loads the master key (TACT_MASTER_KEY or the key
// file in the data directory) and wires cipher and logger. Commands call assertMigrated()
// before serving; `tact migrate` calls migrate().
import { dirname } from 'node:path';
import type { Logger } from '../app/ports/logger.js';
import type { OpenStore, StoreLocation } from '../app/ports/store-opener.js';
import type { StoreHandle } from '../app/ports/store.js';
import { openPostgresStore } from '../adapters/storage/postgres/open-postgres-store.js';
import { openSqliteStore } from '../adapters/storage/sqlite/open-sqlite-store.js';
import { loadMasterKey } from '../adapters/system/master-key-source.js';
import { createNodeCipher } from '../adapters/system/node-cipher.js';
import { createPinoLogger } from '../adapters/system/pino-logger.js';
import { readDbConfig, type DbConfig } from '../config/parse-db-url.js';
import type { TactFailure } from '../core/errors.js';
import { err, ok, type Result } from '../core/result.js';

/** TACT_DATA_DIR, else the SQLite file's directory, else the working directory. */
export const dataDirFor = (db: DbConfig, env: StoreLocation['env'], cwd: string): string => {
  const fromEnv = env['TACT_DATA_DIR'];
  if (fromEnv !== undefined && fromEnv.trim() !== '') return fromEnv;
  return db.kind === 'sqlite' && db.path !== ':memory:' ? dirname(db.path) : cwd;
};

export const loggerFor = (env: StoreLocation['env']): Logger => createPinoLogger({ level: env['TACT_LOG_LEVEL'] ?? 'warn' });

export interface OpenStoreExtras {
  readonly logger?: Logger;
  /** Epoch ms UTC; tests and simulations pass their clock. */
  readonly now?: () => number;
}

export const openStoreWith = async (
  where: StoreLocation,
  extras: OpenStoreExtras = {},
): Promise<Result<StoreHandle, TactFailure>> => {
  const db = readDbConfig(where.args, where.env, where.cwd);
  if (!db.ok) return db;
  const key = loadMasterKey({ env: where.env, dataDir: dataDirFor(db.value, where.env, where.cwd), warn: where.warn });
  if (!key.ok) return err(key.error);
  const options = {
    cipher: createNodeCipher(key.value),
    logger: extras.logger ?? loggerFor(where.env),
    ...(extras.now === undefined ? {} : { now: extras.now }),
  };
  if (db.value.kind === 'sqlite') return ok(openSqliteStore({ ...options, path: db.value.path }));
  return ok(await openPostgresStore({ ...options, url: db.value.url }));
};

export const openStore: OpenStore = (where) => openStoreWith(where);
