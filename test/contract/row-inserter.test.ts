// The dialects' RowInserters (how import writes many rows): values come back exactly as
// given — including the characters PostgreSQL array literals escape — and insertNew
// skips rows that conflict on its key, saying which ones it inserted.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { postgresRowInserter } from '../../src/adapters/storage/postgres/postgres-row-inserter.js';
import { sqliteRowInserter } from '../../src/adapters/storage/sqlite/sqlite-row-inserter.js';
import { sqliteWorkerConnection } from '../../src/adapters/storage/sqlite/sqlite-worker-connection.js';
import type { RowInserter } from '../../src/adapters/storage/sql/row-inserter.js';
import type { Database as Schema } from '../../src/adapters/storage/sql/schema.js';
import { createTestDatabase, pgAvailable } from '../support/postgres.js';

interface Row {
  readonly tenant_id: string;
  readonly k: string;
  readonly v: string | null;
  readonly n: number | null;
}

const awkward = ['plain', 'a,b', '{x}', 'say "hi"', 'back\\slash', "it's", '王伟 配偶', 'NULL', '', ' padded '];
const rows: Row[] = awkward.map((v, i) => ({ tenant_id: 't', k: `k${i}`, v, n: i === 3 ? null : 1_700_000_000_000 + i }));

const contract = (name: string, open: () => Promise<{ db: Kysely<Schema>; rows: RowInserter; close: () => Promise<void> }>) => {
  describe(`RowInserter: ${name}`, () => {
    let target: Awaited<ReturnType<typeof open>> | undefined;
    const get = async () => (target ??= await open());
    afterAll(async () => target?.close());
    const all = async (db: Kysely<Schema>) =>
      (await sql<Row>`select tenant_id, k, v, n from ri_test order by k`.execute(db)).rows.map((r) => ({ ...r, n: r.n === null ? null : Number(r.n) }));

    it('inserts every row with its values unchanged', async () => {
      const { db, rows: inserter } = await get();
      await inserter.insert(db, 'ri_test' as never, rows as never);
      expect(await all(db)).toEqual([...rows].sort((a, b) => a.k.localeCompare(b.k)));
    });

    it('rows whose columns repeat values (one value, a few, all distinct) come back unchanged', async () => {
      const { db, rows: inserter } = await get();
      // 64 rows: tenant constant, v from a short list (a null among them), n distinct but for a few.
      const many: Row[] = Array.from({ length: 64 }, (_, i) => ({ tenant_id: 't', k: `m${String(i).padStart(2, '0')}`, v: i % 5 === 4 ? null : awkward[i % 3]!, n: i % 7 === 0 ? 5 : i }));
      expect(await inserter.insert(db, 'ri_test' as never, many as never)).toBe(64);
      expect((await all(db)).filter((r) => r.k.startsWith('m'))).toEqual(many);
      const few: Row[] = [{ tenant_id: 't', k: 'm00', v: 'dup', n: 1 }, { tenant_id: 't', k: 'mx', v: 'dup', n: 1 }];
      expect(await inserter.insertNew(db, 'ri_test' as never, few as never, ['tenant_id', 'k'] as never)).toEqual([false, true]);
    });

    it('insertNew skips rows that conflict on the key and reports which were inserted', async () => {
      const { db, rows: inserter } = await get();
      const batch: Row[] = [
        { tenant_id: 't', k: 'new1', v: 'n1', n: 1 },
        { tenant_id: 't', k: 'k1', v: 'changed', n: 2 },
        { tenant_id: 't', k: 'new2', v: null, n: null },
      ];
      const inserted = await inserter.insertNew(db, 'ri_test' as never, batch as never, ['tenant_id', 'k'] as never);
      expect(inserted).toEqual([true, false, true]);
      const after = await all(db);
      expect(after.find((r) => r.k === 'k1')?.v).toBe('a,b');
      expect(after.filter((r) => r.k.startsWith('new'))).toEqual([batch[0], batch[2]]);
      expect(await inserter.insertNew(db, 'ri_test' as never, [] as never, ['tenant_id', 'k'] as never)).toEqual([]);
    });
  });
};

const createTable = sql`create table ri_test (tenant_id text not null, k text not null, v text, n bigint, primary key (tenant_id, k))`;

contract('SQLite', async () => {
  const database = new Database(':memory:');
  const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database }) });
  await createTable.execute(db);
  return { db, rows: sqliteRowInserter(database), close: () => db.destroy() };
});

contract('SQLite worker connection (the planner\'s writer)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tact-ri-'));
  const path = join(dir, 'ri.db');
  const setup = new Database(path);
  setup.pragma('journal_mode = WAL');
  setup.exec(createTable.compile(new Kysely<Schema>({ dialect: new SqliteDialect({ database: setup }) })).sql);
  setup.close();
  const conn = sqliteWorkerConnection(path, 5000, []);
  return {
    db: conn.db,
    rows: conn.rows,
    close: async () => {
      await conn.db.destroy();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});

if (await pgAvailable()) {
  contract('PostgreSQL', async () => {
    const database = await createTestDatabase('tact_rows');
    const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: database.url, max: 1 }) }) });
    await createTable.execute(db);
    return {
      db,
      rows: postgresRowInserter(),
      close: async () => {
        await db.destroy();
        await database.drop();
      },
    };
  });
}
