// A second connection to the same SQLite file on a worker thread, as a Kysely instance
// (and, for writes, a RowInserter on it). better-sqlite3 runs every statement on the
// calling thread and blocks it; the planner writes each batch through this connection
// (PlanStore.writePlannedMessages), so SQLite's insert and index work for one batch runs
// on the other core while the main thread decides the next one (docs/planner.md,
// "Speed"). WAL keeps readers and the one writer apart; SQLite's write lock (BEGIN
// IMMEDIATE, busy_timeout) orders this connection's transactions with the main one's.
// Statements of one transaction hold the connection (a mutex, as Kysely's own SQLite
// driver does), so transactions never interleave. Not for ":memory:" databases.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import {
  Kysely,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type QueryResult,
} from 'kysely';
import type { Database } from '../sql/schema.js';
import type { InsertOptions, RowInserter } from '../sql/row-inserter.js';

// Plain CommonJS evaluated in the worker (no TypeScript loader needed there): one
// connection with the main connection's pragmas, a cache of prepared statements, one
// reply per request, in order.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path, { fileMustExist: true, readonly: workerData.readonly, timeout: workerData.timeout });
for (const p of workerData.pragmas) db.pragma(p);
const cache = new Map();
const prepare = (sql) => {
  let s = cache.get(sql);
  if (s === undefined) {
    s = db.prepare(sql);
    if (cache.size > 256) cache.clear();
    cache.set(sql, s);
  }
  return s;
};
parentPort.on('message', (m) => {
  try {
    const s = prepare(m.sql);
    if (m.rows !== undefined) {
      const inserted = new Array(m.rows.length);
      if (m.columns === undefined) for (let i = 0; i < m.rows.length; i += 1) inserted[i] = s.run(m.rows[i]).changes === 1;
      else {
        // Coded rows (codedRows below): the values column by column.
        const values = new Array(m.columns.length);
        const varying = [];
        const coded = [];
        for (let c = 0; c < m.columns.length; c += 1) {
          const col = m.columns[c];
          if (col.value !== undefined) values[c] = col.value;
          else if (col.list !== undefined) coded.push(c);
          else varying.push(c);
        }
        for (let i = 0; i < m.rows.length; i += 1) {
          const r = m.rows[i];
          for (let k = 0; k < varying.length; k += 1) values[varying[k]] = r[varying[k]];
          for (let k = 0; k < coded.length; k += 1) values[coded[k]] = m.columns[coded[k]].list[r[coded[k]]];
          inserted[i] = s.run(values).changes === 1;
        }
      }
      parentPort.postMessage({ id: m.id, inserted });
    } else if (s.reader) parentPort.postMessage({ id: m.id, rows: s.raw(m.raw === true).all(m.params) });
    else {
      const r = s.run(m.params);
      parentPort.postMessage({ id: m.id, rows: [], changes: r.changes });
    }
  } catch (e) {
    parentPort.postMessage({ id: m.id, error: String(e && e.message ? e.message : e), code: e && e.code });
  }
});
`;

interface Reply {
  readonly id: number;
  readonly rows?: unknown[];
  readonly changes?: number;
  readonly inserted?: boolean[];
  readonly error?: string;
  readonly code?: string;
}

class WorkerError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

/** The worker and its request/reply plumbing. */
class SqliteWorker {
  readonly #worker: Worker;
  readonly #pending = new Map<number, { resolve: (r: Reply) => void; reject: (e: Error) => void }>();
  #next = 0;

  constructor(path: string, timeoutMs: number, pragmas: readonly string[], readonly: boolean) {
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    this.#worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver, path, timeout: timeoutMs, pragmas, readonly } });
    this.#worker.on('message', (r: Reply) => {
      const p = this.#pending.get(r.id);
      if (p === undefined) return;
      this.#pending.delete(r.id);
      if (this.#pending.size === 0) this.#worker.unref();
      if (r.error !== undefined) p.reject(new WorkerError(r.error, r.code));
      else p.resolve(r);
    });
    this.#worker.on('error', (e) => this.#failAll(e));
    this.#worker.on('exit', () => this.#failAll(new Error('SQLite worker exited')));
    // Idle, it must not keep the process alive; while a request is pending it does.
    this.#worker.unref();
  }

  #failAll(e: Error): void {
    for (const p of this.#pending.values()) p.reject(e);
    this.#pending.clear();
  }

  request(message: {
    readonly sql: string;
    readonly params?: readonly unknown[];
    readonly rows?: readonly (readonly unknown[])[];
    /** With `rows`: how each column is coded (codedRows); without, rows hold every value. */
    readonly columns?: readonly ColumnCoding[];
    /** Rows as arrays of column values (the statement in raw mode). */
    readonly raw?: boolean;
  }): Promise<Reply> {
    const id = (this.#next += 1);
    if (this.#pending.size === 0) this.#worker.ref();
    return new Promise<Reply>((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#worker.postMessage({ id, ...message });
    });
  }

  close(): Promise<number> {
    return this.#worker.terminate();
  }
}

class WorkerConnection implements DatabaseConnection {
  constructor(private readonly worker: SqliteWorker) {}

  async executeQuery<R>(q: CompiledQuery): Promise<QueryResult<R>> {
    const r = await this.worker.request({ sql: q.sql, params: q.parameters });
    return { rows: (r.rows ?? []) as R[], ...(r.changes === undefined ? {} : { numAffectedRows: BigInt(r.changes) }) };
  }

  // eslint-disable-next-line require-yield
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('SQLite worker connection: streaming is not supported');
  }
}

class WorkerDriver implements Driver {
  #worker: SqliteWorker | undefined;
  #conn: WorkerConnection | undefined;
  #held: Promise<void> = Promise.resolve();
  #release: (() => void) | undefined;

  constructor(private readonly start: () => SqliteWorker) {}
  // Kysely initialises the driver on the first query: the worker starts only when used.
  async init(): Promise<void> {
    this.#worker = this.start();
    this.#conn = new WorkerConnection(this.#worker);
  }
  async acquireConnection(): Promise<DatabaseConnection> {
    const previous = this.#held;
    let release!: () => void;
    this.#held = new Promise<void>((r) => (release = r));
    await previous;
    this.#release = release;
    return this.#conn!;
  }
  async beginTransaction(conn: DatabaseConnection): Promise<void> {
    await conn.executeQuery({ sql: 'begin immediate', parameters: [], query: undefined as never, queryId: undefined as never });
  }
  async commitTransaction(conn: DatabaseConnection): Promise<void> {
    await conn.executeQuery({ sql: 'commit', parameters: [], query: undefined as never, queryId: undefined as never });
  }
  async rollbackTransaction(conn: DatabaseConnection): Promise<void> {
    await conn.executeQuery({ sql: 'rollback', parameters: [], query: undefined as never, queryId: undefined as never });
  }
  async releaseConnection(): Promise<void> {
    const r = this.#release;
    this.#release = undefined;
    r?.();
  }
  async destroy(): Promise<void> {
    await this.#worker?.close();
  }
}

const quote = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/** How a column's values cross to the worker (see codedRows). */
type ColumnCoding = { readonly value: unknown } | { readonly list: readonly unknown[] } | Record<string, never>;

/**
 * Rows as they cross to the worker thread, column by column: a column with one value in
 * every row (tenant, timestamps, nulls…) as that value once; a column with few distinct
 * values (a planner batch's decisions, states, templates…) as its list of values once
 * and, per row, an index into it; any other column as the row's value. Rows are copied
 * between threads (structured clone), so every value not repeated per row is work saved
 * on both threads: a batch of blocked messages repeats the same ~450-character decision.
 */
export const codedRows = (
  columns: readonly string[],
  rows: readonly Record<string, unknown>[],
): { rows: unknown[][]; columns: ColumnCoding[] } => {
  const out: unknown[][] = rows.map(() => new Array<unknown>(columns.length));
  const codings: ColumnCoding[] = [];
  // A list stays worth it while it is much shorter than the rows.
  const maxList = Math.max(1, rows.length >> 3);
  for (let c = 0; c < columns.length; c += 1) {
    const name = columns[c]!;
    const first = rows[0]?.[name] ?? null;
    let same = true;
    for (let i = 1; i < rows.length && same; i += 1) same = (rows[i]![name] ?? null) === first;
    if (same) {
      codings.push({ value: first });
      continue;
    }
    const index = new Map<unknown, number>();
    const list: unknown[] = [];
    let fits = true;
    for (let i = 0; i < rows.length && fits; i += 1) {
      const v = rows[i]![name] ?? null;
      let k = index.get(v);
      if (k === undefined && (fits = list.length < maxList)) {
        index.set(v, (k = list.length));
        list.push(v);
      }
      out[i]![c] = k;
    }
    if (fits) {
      codings.push({ list });
      continue;
    }
    for (let i = 0; i < rows.length; i += 1) out[i]![c] = rows[i]![name] ?? null;
    codings.push({});
  }
  return { rows: out, columns: codings };
};

/** Inserts on the worker's connection: one prepared single-row statement run per row there (as sqlite-row-inserter.ts). */
const workerRowInserter = (worker: SqliteWorker): RowInserter => {
  const run = async (table: string, rows: readonly object[], conflict: readonly string[]): Promise<boolean[]> => {
    const first = rows[0];
    if (first === undefined) return [];
    const columns = Object.keys(first);
    const onConflict = conflict.length === 0 ? '' : ` on conflict (${conflict.map(quote).join(', ')}) do nothing`;
    const sql = `insert into ${quote(table)} (${columns.map(quote).join(', ')}) values (${columns.map(() => '?').join(', ')})${onConflict}`;
    const coded = codedRows(columns, rows as readonly Record<string, unknown>[]);
    return (await worker.request({ sql, ...coded })).inserted ?? [];
  };
  return {
    async insert(_db, table, rows, options: InsertOptions = {}) {
      let inserted = 0;
      for (const ok of await run(table, rows, options.skipConflictOn ?? [])) if (ok) inserted += 1;
      return inserted;
    },
    insertNew: (_db, table, rows, key) => run(table, rows, key),
    async each(_db, sql, rows) {
      await worker.request({ sql, rows });
    },
    async arrays(_db, sql, parameters) {
      return ((await worker.request({ sql, params: parameters, raw: true })).rows ?? []) as (readonly unknown[])[];
    },
  };
};

export interface SqliteWorkerConnection {
  readonly db: Kysely<Database>;
  /**
   * Runs on the worker's connection. On a writer, use only through `db`'s open
   * transaction (it holds the connection); a read-only one has no transactions, so its
   * `arrays` may run at any time (sql-context.ts readArrays).
   */
  readonly rows: RowInserter;
  /** Stops the worker (if it started). */
  readonly close: () => Promise<void>;
}

/**
 * A Kysely instance (and a RowInserter) on another connection in a worker thread, with
 * these pragmas; `readonly` for one that only reads (it sees committed rows only).
 */
export const sqliteWorkerConnection = (path: string, timeoutMs: number, pragmas: readonly string[], readonly = false): SqliteWorkerConnection => {
  let worker: SqliteWorker | undefined;
  // A reader reads each batch's rows once: a 32 MiB page cache (the OS caches the file)
  // instead of the main connection's, so two connections do not double the memory.
  const settings = readonly ? [...pragmas.filter((p) => !/^(secure_delete|wal_autocheckpoint|cache_size)\b/.test(p)), 'cache_size = -32768'] : pragmas;
  const get = (): SqliteWorker => (worker ??= new SqliteWorker(path, timeoutMs, settings, readonly));
  const dialect: Dialect = {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => new WorkerDriver(get),
    createQueryCompiler: () => new SqliteQueryCompiler(),
    createIntrospector: (db) => new SqliteIntrospector(db),
  };
  let inserter: RowInserter | undefined;
  const lazyRows = (): RowInserter => (inserter ??= workerRowInserter(get()));
  return {
    db: new Kysely<Database>({ dialect }),
    close: () => (worker === undefined ? Promise.resolve() : worker.close().then(() => undefined)),
    rows: {
      insert: (db, table, rows, options) => lazyRows().insert(db, table, rows, options),
      insertNew: (db, table, rows, key) => lazyRows().insertNew(db, table, rows, key),
      each: (db, sql, rows) => lazyRows().each(db, sql, rows),
      arrays: (db, sql, parameters) => lazyRows().arrays(db, sql, parameters),
    },
  };
};

const COPIED_PRAGMAS = ['busy_timeout', 'synchronous', 'foreign_keys', 'cache_size', 'temp_store', 'wal_autocheckpoint', 'secure_delete'] as const;

/** The connection settings to copy to a second connection (journal_mode is the file's). */
export const pragmasOf = (database: { pragma(source: string, options: { simple: true }): unknown }): readonly string[] =>
  COPIED_PRAGMAS.map((name) => `${name} = ${Number(database.pragma(name, { simple: true }))}`);
