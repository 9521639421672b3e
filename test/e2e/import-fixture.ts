// A real SQLite store in a temporary directory for the import tests, and helpers to
// run the import use case on text and to fingerprint the whole database.
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { importAccounts, type ImportSummary, type RejectSink } from '../../src/app/import-accounts.js';
import type { ImportFormat } from '../../src/app/import/import-rows.js';
import { memoryRecordSpool } from '../../src/app/import/record-spool.js';
import type { StoreHandle } from '../../src/app/ports/store.js';
import { tenantId, type TenantId } from '../../src/core/model/ids.js';
import { openStoreWith } from '../../src/main/open-store.js';

export interface SqliteFixture {
  readonly dir: string;
  readonly dbPath: string;
  readonly env: Record<string, string>;
  readonly handle: StoreHandle;
  readonly tenant: TenantId;
  readonly fingerprint: () => string;
  readonly close: () => Promise<void>;
}

export const openSqliteFixture = async (): Promise<SqliteFixture> => {
  const dir = mkdtempSync(join(tmpdir(), 'tact-import-test-'));
  const dbPath = join(dir, 'tact.db');
  const env = { TACT_MASTER_KEY: randomBytes(32).toString('hex'), TACT_LOG_LEVEL: 'silent' };
  const opened = await openStoreWith({ args: ['--db', `sqlite:${dbPath}`], env, cwd: dir, warn: () => undefined });
  if (!opened.ok) throw new Error(opened.error.message);
  const handle = opened.value;
  await handle.migrate();
  const tenant = tenantId('lender-a');
  await handle.store.createTenant(
    tenant,
    { name: 'Lender A', pack: 'cn', defaultRegion: 'CN', timeZone: 'Asia/Shanghai', locale: 'zh-CN' },
    'test:setup',
  );
  /** SHA-256 over every row of every table, read through a second connection. */
  const fingerprint = (): string => {
    const db = new Database(dbPath, { readonly: true });
    try {
      const hash = createHash('sha256');
      const tables = db.prepare("select name from sqlite_master where type = 'table' order by name").all() as { name: string }[];
      for (const { name } of tables) {
        hash.update(`#${name}\n`);
        for (const row of db.prepare(`select * from "${name}" order by rowid`).iterate()) {
          hash.update(JSON.stringify(row, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('hex') : v)));
        }
      }
      return hash.digest('hex');
    } finally {
      db.close();
    }
  };
  return {
    dir,
    dbPath,
    env,
    handle,
    tenant,
    fingerprint,
    close: async () => {
      await handle.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
};

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

export const importText = (
  f: SqliteFixture,
  text: string | Uint8Array,
  options: {
    readonly format?: ImportFormat;
    readonly skipInvalid?: boolean;
    readonly rejects?: RejectSink;
    readonly batchSize?: number;
  } = {},
): Promise<ImportSummary> =>
  importAccounts(f.handle.store, {
    tenant: f.tenant,
    actor: 'test:import',
    format: options.format ?? 'csv',
    context: { defaultRegion: 'CN', defaultTimeZone: 'Asia/Shanghai', today: '2026-03-20' },
    skipInvalid: options.skipInvalid ?? false,
    source: once(typeof text === 'string' ? new TextEncoder().encode(text) : text),
    spool: memoryRecordSpool(),
    ...(options.rejects === undefined ? {} : { rejects: options.rejects }),
    ...(options.batchSize === undefined ? {} : { batchSize: options.batchSize }),
  });
