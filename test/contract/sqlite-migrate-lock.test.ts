// SQLite's migration lock is BEGIN IMMEDIATE: two processes migrating one new file at
// once must apply each migration exactly once (the second waits, then finds nothing).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { allMigrations } from '../../src/adapters/storage/migrations/all-migrations.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'tact-lock-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const script = (path: string): string => `
  const { openSqliteStore } = await import(${JSON.stringify(join(root, 'src/adapters/storage/sqlite/open-sqlite-store.ts'))});
  const { createNodeCipher } = await import(${JSON.stringify(join(root, 'src/adapters/system/node-cipher.ts'))});
  const logger = { debug() {}, info() {}, warn() {}, error() {}, child() { return logger; } };
  const h = openSqliteStore({ path: ${JSON.stringify(path)}, cipher: createNodeCipher(Buffer.alloc(32, 3)), logger, busyTimeoutMs: 20000 });
  process.stdout.write(JSON.stringify(await h.migrate()));
  await h.close();
`;

const migrateInChild = (path: string): Promise<string[]> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script(path)], { cwd: root });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out) as string[]) : reject(new Error(`exit ${code}: ${err}`))));
  });

describe('SQLite migrations under BEGIN IMMEDIATE', () => {
  it('two processes migrating one new file apply each migration exactly once', async () => {
    const path = join(dir, 'tact.db');
    const results = await Promise.all([migrateInChild(path), migrateInChild(path)]);
    expect(results.flat().sort()).toEqual(allMigrations.map((m) => m.name).sort());
  }, 60_000);
});
