// Applies forward-only migrations in one write transaction under a lock, and records
// each in schema_migrations. PostgreSQL: pg_advisory_xact_lock, so two `tact migrate`
// runs on two hosts apply each migration once. SQLite: BEGIN IMMEDIATE takes the write
// lock up front. DDL is transactional on both, so a failure leaves the schema unchanged.
import { sql, type Kysely } from 'kysely';
import { TactError } from '../../../core/errors.js';
import type { Migration } from '../migrations/migration.js';
import type { SqlCapabilities } from './sql-capabilities.js';
import { toStoreFault } from './store-fault.js';

/** Advisory lock key: "tact" as an integer; any fixed number shared by all Tact processes. */
const migrationLockKey = 0x74616374;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

const appliedNames = async (db: AnyDb): Promise<readonly string[]> => {
  const tables = await db.introspection.getTables();
  if (!tables.some((t) => t.name === 'schema_migrations')) return [];
  const rows = await db.selectFrom('schema_migrations').select('name').orderBy('name').execute();
  return rows.map((r) => String(r.name));
};

export interface MigrationStatus {
  readonly applied: readonly string[];
  readonly pending: readonly string[];
  /** Recorded in the database but unknown to this build. */
  readonly unknown: readonly string[];
}

export const migrationStatus = async (db: AnyDb, migrations: readonly Migration[]): Promise<MigrationStatus> => {
  const applied = await appliedNames(db);
  const known = new Set(migrations.map((m) => m.name));
  const done = new Set(applied);
  return {
    applied,
    pending: migrations.filter((m) => !done.has(m.name)).map((m) => m.name),
    unknown: applied.filter((n) => !known.has(n)),
  };
};

export const runMigrations = async (
  db: AnyDb,
  caps: SqlCapabilities,
  migrations: readonly Migration[],
  now: () => number,
): Promise<readonly string[]> =>
  applyUnderLock(db, caps, migrations, now).catch((e: unknown) => {
    throw toStoreFault(e);
  });

const applyUnderLock = async (
  db: AnyDb,
  caps: SqlCapabilities,
  migrations: readonly Migration[],
  now: () => number,
): Promise<readonly string[]> =>
  db.connection().execute(async (conn) => {
    await sql.raw(caps.beginWrite).execute(conn);
    try {
      if (caps.supportsAdvisoryLocks) await sql`select pg_advisory_xact_lock(${migrationLockKey})`.execute(conn);
      await conn.schema
        .createTable('schema_migrations')
        .ifNotExists()
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('applied_at', 'bigint', (c) => c.notNull())
        .execute();
      const status = await migrationStatus(conn, migrations);
      if (status.unknown.length > 0) throw new TactError('TACT_ERR_STORE_SCHEMA_TOO_NEW');
      const pending = migrations.filter((m) => status.pending.includes(m.name));
      for (const m of pending) {
        try {
          await m.up(conn, caps);
        } catch (e) {
          throw new TactError('TACT_ERR_STORE_MIGRATION_FAILED', `Migration ${m.name} failed: ${(e as Error).message}`);
        }
        await conn.insertInto('schema_migrations').values({ name: m.name, applied_at: now() }).execute();
      }
      await sql`commit`.execute(conn);
      return pending.map((m) => m.name);
    } catch (e) {
      await sql`rollback`.execute(conn).catch(() => undefined); // keep the first error
      throw e;
    }
  });

export const assertMigrated = async (db: AnyDb, migrations: readonly Migration[]): Promise<void> => {
  const status = await migrationStatus(db, migrations);
  if (status.unknown.length > 0) throw new TactError('TACT_ERR_STORE_SCHEMA_TOO_NEW');
  if (status.pending.length > 0) {
    throw new TactError(
      'TACT_ERR_STORE_NOT_MIGRATED',
      `The database schema is missing or older than this version of Tact (${status.pending.length} migration(s) pending). Run \`tact migrate\`.`,
    );
  }
};
