// better-sqlite3 under Kysely prepares every query again. Kysely emits the same SQL
// text for the same query shape (values are parameters), so a small cache of prepared
// statements saves SQLite's parse and plan for repeated shapes, such as the import's
// 1,000-row inserts. Least recently used shapes are dropped beyond `limit`.
import type Database from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

export const withStatementCache = (database: Database.Database, limit = 256): SqliteDatabase => {
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => {
      cache.clear();
      database.close();
    },
    prepare: (sql: string): SqliteStatement => {
      const hit = cache.get(sql);
      if (hit !== undefined) {
        cache.delete(sql);
        cache.set(sql, hit);
        return hit;
      }
      const stmt = database.prepare(sql) as unknown as SqliteStatement;
      cache.set(sql, stmt);
      if (cache.size > limit) {
        const oldest = cache.keys().next();
        if (oldest.done !== true) cache.delete(oldest.value);
      }
      return stmt;
    },
  };
};
