// Hot-path statements compiled once per dialect. Building and compiling a Kysely query
// costs about as much as running a small one; the dispatcher runs the same few shapes
// for every claim. The SQL text depends only on the dialect (its capabilities), so it is
// compiled once per capabilities object and run with fresh parameters, in the order the
// builder placed them (checked once, at compile time).
import { CompiledQuery, type QueryResult } from 'kysely';
import type { SqlCapabilities } from './sql-capabilities.js';
import type { SqlContext } from './sql-context.js';

const texts = new WeakMap<SqlCapabilities, Map<string, string>>();

/** The SQL text `build()` compiles to in this dialect, built the first time `key` is asked for. */
export const sqlTextOnce = (ctx: SqlContext, key: string, parameters: number, build: () => CompiledQuery): string => {
  let byKey = texts.get(ctx.caps);
  if (byKey === undefined) texts.set(ctx.caps, (byKey = new Map()));
  let text = byKey.get(key);
  if (text === undefined) {
    const compiled = build();
    if (compiled.parameters.length !== parameters) {
      throw new Error(`${key}: expected ${parameters} parameters, the builder placed ${compiled.parameters.length}`);
    }
    byKey.set(key, (text = compiled.sql));
  }
  return text;
};

/** Runs a compiled text with its parameters on the context's database (or transaction). */
export const runSql = <R>(db: SqlContext['db'], text: string, parameters: readonly unknown[]): Promise<QueryResult<R>> =>
  db.executeQuery<R>(CompiledQuery.raw(text, [...parameters]));

/** A list as value-list.ts binds it: a native array (PostgreSQL) or JSON text (SQLite). */
export const listValue = (ctx: SqlContext, values: readonly string[]): unknown =>
  ctx.caps.listParameter === 'array' ? values : JSON.stringify(values);
