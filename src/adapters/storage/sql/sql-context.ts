// What every query module needs: the database (or the open transaction), the dialect's
// capabilities, the cipher, the clock and ids. One context per store; a transaction
// gets a copy whose `db` is bound to its connection.
import type { CompiledQuery, Kysely } from 'kysely';
import type { Cipher } from '../../../app/ports/cipher.js';
import type { Logger } from '../../../app/ports/logger.js';
import { TactError } from '../../../core/errors.js';
import type { TenantId } from '../../../core/model/ids.js';
import type { CodeLookup } from './code-lookup.js';
import type { RowInserter } from './row-inserter.js';
import type { Database } from './schema.js';
import type { SqlCapabilities } from './sql-capabilities.js';

export interface SqlContext {
  readonly db: Kysely<Database>;
  /**
   * A second connection whose write transactions run beside the main thread's work
   * (SQLite: a worker thread, sqlite/sqlite-worker-connection.ts), with its own
   * RowInserter; used for the planner's batch writes (writePlannedOn).
   */
  readonly writer?: SecondWriter | undefined;
  /**
   * A read-only connection for the planner's large reads made outside a transaction
   * (SQLite: a worker thread), with a RowInserter whose `arrays` runs on it: it sees
   * committed rows only, so a transaction's context never has one (sql-store.ts). Use
   * through `readerOf` and `readArrays`.
   */
  readonly reader?: { readonly db: Kysely<Database>; readonly rows: RowInserter } | undefined;
  readonly caps: SqlCapabilities;
  /** Bulk inserts in the dialect's fastest way (chosen once per store). */
  readonly rows: RowInserter;
  /** The portal's code lookup in the dialect's fastest way (chosen once per store). */
  readonly codes: CodeLookup;
  readonly cipher: Cipher;
  /** Epoch milliseconds UTC. */
  readonly now: () => number;
  readonly newId: () => string;
  readonly logger: Logger;
  /** Tenant salts never change once created: cached for the store's lifetime. */
  readonly salts: Map<string, string>;
}

/**
 * A second write connection in the same process, and the turn both take: a write
 * transaction on either waits (asynchronously) for the other's to end. Without it the
 * main thread, blocked in SQLite's busy wait for the lock the worker's transaction
 * holds, could not send that transaction its next statement: a deadlock until
 * busy_timeout.
 */
export interface SecondWriter {
  readonly db: Kysely<Database>;
  readonly rows: RowInserter;
  exclusive<T>(fn: () => Promise<T>): Promise<T>;
}

/** An async mutex: one `exclusive` call runs at a time, in call order. */
export const writeTurns = (): SecondWriter['exclusive'] => {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(fn: () => Promise<T>): Promise<T> => {
    const run = tail.then(fn, fn);
    tail = run.catch(() => undefined);
    return run;
  };
};

/** The connection for a large read outside a transaction: the reader when there is one. */
export const readerOf = (ctx: SqlContext): Kysely<Database> => ctx.reader?.db ?? ctx.db;

/**
 * A large read outside a transaction, its rows as arrays in select-list order
 * (RowInserter.arrays), on the reader when there is one. From a worker thread, arrays
 * cross to the main thread cheaper than objects (no column names copied per row), and
 * the caller builds its own row objects anyway.
 */
export const readArrays = (ctx: SqlContext, query: CompiledQuery): Promise<readonly (readonly unknown[])[]> =>
  ctx.reader === undefined ? ctx.rows.arrays(ctx.db, query.sql, query.parameters) : ctx.reader.rows.arrays(ctx.reader.db, query.sql, query.parameters);

export const tenantSalt = async (ctx: SqlContext, tenant: TenantId): Promise<string | undefined> => {
  const cached = ctx.salts.get(tenant);
  if (cached !== undefined) return cached;
  const row = await ctx.db.selectFrom('tenants').select('salt').where('tenant_id', '=', tenant).executeTakeFirst();
  if (row !== undefined) ctx.salts.set(tenant, row.salt);
  return row?.salt;
};

export const requireTenantSalt = async (ctx: SqlContext, tenant: TenantId): Promise<string> => {
  const salt = await tenantSalt(ctx, tenant);
  if (salt === undefined) throw new TactError('TACT_ERR_STORE_UNKNOWN_TENANT');
  return salt;
};

/** Encrypts one column value; the tenant and column are bound as associated data. */
export const seal = (ctx: SqlContext, tenant: TenantId, column: string, value: string): string =>
  ctx.cipher.encrypt(value, `${tenant}/${column}`);

export const unseal = (ctx: SqlContext, tenant: TenantId, column: string, sealed: string): string =>
  ctx.cipher.decrypt(sealed, `${tenant}/${column}`);

export const sealOptional = (ctx: SqlContext, tenant: TenantId, column: string, value: string | undefined): string | null =>
  value === undefined ? null : seal(ctx, tenant, column, value);

export const unsealOptional = (
  ctx: SqlContext,
  tenant: TenantId,
  column: string,
  sealed: string | null,
): string | undefined => (sealed === null ? undefined : unseal(ctx, tenant, column, sealed));

/** Splits rows so one multi-row statement stays under the dialect's parameter limit. */
export const chunksFor = <T>(ctx: SqlContext, rows: readonly T[], columns: number): T[][] => {
  const size = Math.max(1, Math.min(1000, Math.floor(ctx.caps.maxParameters / columns)));
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
};
