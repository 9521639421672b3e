// `tact start`'s engine in-process (issue 6): a fresh data directory, an ephemeral port,
// a clock inside cn sending hours. The demo book is loaded, today's plan makes messages,
// the dispatcher sends them through the bundled SMSC (whose log holds the texts), the
// server answers; a second start on the same directory loads nothing twice.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createArgon2PasswordHasher } from '../../src/adapters/system/argon2-password-hasher.js';
import { codesInSmscLog } from '../../src/main/demo-example-code.js';
import { startPlatform, type PlatformOptions } from '../../src/main/start-platform.js';
import { quietLogger } from '../support/dispatch-fixture.js';

// Wednesday 2026-12-09 10:30 in Asia/Shanghai: a working day, not a holiday, after the
// 10:00 reminders' send time.
const at = Date.parse('2026-12-09T02:30:00Z');

export const platformOptions = (dir: string): PlatformOptions => ({
  env: {}, cwd: dir, warn: () => undefined, db: `sqlite:${join(dir, 'tact.db')}`, dataDir: dir,
  host: '127.0.0.1', port: 0, smscPort: 0, clock: { now: () => at }, logger: quietLogger, accounts: 120,
});

describe('the platform in one process (tact start)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tact-start-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('seeds an empty store, sends through the SMSC, serves, stops; a second start reuses the data', { timeout: 120_000 }, async () => {
    const first = await startPlatform(platformOptions(dir));
    if (!first.ok) throw new Error(first.error.code);
    const p = first.value;
    try {
      expect(p.seeded?.tenants.map((t) => t.tenant)).toEqual(['demo-cn', 'demo-us']);
      const cn = p.seeded!.tenants[0]!;
      expect(cn.accounts).toBe(120);
      expect(cn.plan.planned).toBeGreaterThan(0);
      // Contacts are in the plan too: consent and location requests (cn, unreachable borrowers).
      expect(cn.plan.byAudience['third_party'] ?? 0).toBeGreaterThan(0);

      const health = await fetch(`${p.server.url}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ ok: true, dialect: 'sqlite' });

      // The banner's example is a code of a stored message that the SMSC received.
      expect(p.exampleCode?.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/);
      const db = new Database(join(dir, 'tact.db'), { readonly: true });
      const row = db.prepare('select state from messages where verification_code = ?').get(p.exampleCode!.code) as { state: string } | undefined;
      db.close();
      expect(row).toBeDefined();
      expect(['sending', 'sent', 'delivered']).toContain(row!.state);
      // The banner's portal link answers: the message is genuine (portal page, English).
      const page = await fetch(`${p.server.url}/v/${p.exampleCode!.code}?lang=en`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('This message is genuine');
      const unknown = await fetch(`${p.server.url}/v/ZZZZZZZZ?lang=en`);
      expect(await unknown.text()).not.toContain('This message is genuine');

      // The printed sign-ins exist, with argon2id hashes that verify.
      expect(p.logins.map((l) => `${l.tenant}/${l.login}/${l.role}`)).toEqual(['demo-cn/admin/admin', 'demo-cn/agent/agent', 'demo-us/admin/admin', 'demo-us/agent/agent']);
      for (const l of p.logins) {
        const user = await p.handle.store.findUserByLogin(l.tenant, l.login);
        expect(user?.role).toBe(l.role);
        expect(await createArgon2PasswordHasher().verify(user!.passwordHash, l.password)).toBe(true);
      }
      // Secrets beside the data: owner-only.
      expect(statSync(join(dir, 'tact-cookie.secret')).mode & 0o077).toBe(0);
      expect(statSync(join(dir, 'tact-master.key')).mode & 0o077).toBe(0);
    } finally {
      await p.stop();
    }
    // After stop() nothing answers on the port any more.
    await expect(fetch(`${p.server.url}/healthz`)).rejects.toThrow();
    const logged = codesInSmscLog(p.smscLogFile);
    expect(logged.map((c) => c.code)).toContain(p.exampleCode!.code);
    expect(readFileSync(p.smscLogFile, 'utf8')).toContain('核验码');

    const second = await startPlatform(platformOptions(dir));
    if (!second.ok) throw new Error(second.error.code);
    try {
      expect(second.value.seeded).toBeUndefined();
      expect(second.value.logins).toEqual(p.logins);
      expect((await second.value.handle.store.listUsers(p.logins[0]!.tenant)).length).toBe(2);
      const db = new Database(join(dir, 'tact.db'), { readonly: true });
      const counts = db.prepare('select tenant_id as t, count(*) as n from accounts group by tenant_id order by tenant_id').all();
      db.close();
      expect(counts).toEqual([{ t: 'demo-cn', n: 120 }, { t: 'demo-us', n: 40 }]);
      expect((await fetch(`${second.value.server.url}/healthz`)).status).toBe(200);
    } finally {
      await second.value.stop();
    }
  });
});
