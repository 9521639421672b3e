import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allMigrations } from '../../../src/adapters/storage/migrations/all-migrations.js';
import { main } from '../../../src/main/tact.js';
import { memoryIo } from '../../support/memory-io.js';

const key = { TACT_MASTER_KEY: 'ab'.repeat(32) };

describe('tact migrate / tact audit verify', () => {
  it('verify refuses an un-migrated database with TACT_ERR_STORE_NOT_MIGRATED and the hint', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tact-cli-'));
    const io = memoryIo('', key, dir);
    expect(await main(['audit', 'verify'], io)).toBe(3);
    expect(io.err()).toContain('TACT_ERR_STORE_NOT_MIGRATED');
    expect(io.err()).toContain('tact migrate');
  });

  it('migrate creates the default sqlite:./tact.db, then verify passes with 0 events', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tact-cli-'));
    const io = memoryIo('', key, dir);
    expect(await main(['migrate'], io)).toBe(0);
    expect(io.out()).toContain(`applied ${allMigrations.length} migration(s): 0001-tenants-and-audit`);
    const io2 = memoryIo('', key, dir);
    expect(await main(['audit', 'verify', '--db', `sqlite:${join(dir, 'tact.db')}`], io2)).toBe(0);
    expect(io2.out()).toBe('audit chain intact: 0 event(s) in 0 tenant(s)\n');
  });

  it('bad options and bad configuration exit 2 with a code', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tact-cli-'));
    const cases: [readonly string[], Record<string, string>, string][] = [
      [['migrate', '--db', 'mysql://x'], key, 'TACT_ERR_CONFIG_BAD_DB_URL'],
      [['migrate', 'extra'], key, 'TACT_ERR_CLI_BAD_ARGUMENT'],
      [['audit', 'check'], key, 'TACT_ERR_CLI_BAD_ARGUMENT'],
      [['audit', 'verify', '--tenant'], key, 'TACT_ERR_CLI_BAD_ARGUMENT'],
      [['migrate'], { TACT_MASTER_KEY: 'too-short' }, 'TACT_ERR_CONFIG_BAD_MASTER_KEY'],
    ];
    for (const [args, env, code] of cases) {
      const io = memoryIo('', env, dir);
      expect(await main(args, io), args.join(' ')).toBe(2);
      expect(io.err()).toContain(code);
    }
  });

  it('an unreachable PostgreSQL is a fault (exit 3, retryable code)', async () => {
    const io = memoryIo('', key, tmpdir());
    expect(await main(['migrate', '--db', 'postgres://nobody@127.0.0.1:1/none'], io)).toBe(3);
    expect(io.err()).toContain('TACT_ERR_STORE_UNAVAILABLE');
  });
});
