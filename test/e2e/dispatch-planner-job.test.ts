// The planner side of `tact run` on a simulated clock, and the planner lock on
// PostgreSQL (a second holder is refused while the first plans).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPostgresStore } from '../../src/adapters/storage/postgres/open-postgres-store.js';
import { openSqliteStore } from '../../src/adapters/storage/sqlite/open-sqlite-store.js';
import { createNodeCipher } from '../../src/adapters/system/node-cipher.js';
import { tenantId } from '../../src/core/model/ids.js';
import { PlannerJob } from '../../src/jobs/planner-job.js';
import { quietLogger } from '../support/dispatch-fixture.js';
import { createTestDatabase, pgAvailable } from '../support/postgres.js';
import { testClock } from '../support/test-clock.js';

const available = await pgAvailable();

describe('planner job', () => {
  it('plans each tenant day once, at the configured local time', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tact-planner-job-'));
    const clock = testClock('2026-01-05T21:30:00Z'); // 05:30 in Shanghai on 6 Jan
    const h = openSqliteStore({ path: join(dir, 'tact.db'), cipher: createNodeCipher(randomBytes(32)), logger: quietLogger, now: clock.now });
    try {
      await h.migrate();
      const t = tenantId('t1');
      await h.store.createTenant(t, { name: 'L', pack: 'cn', defaultRegion: 'CN', timeZone: 'Asia/Shanghai', locale: 'zh-CN' }, 'test');
      const planned: string[] = [];
      let job: PlannerJob | undefined;
      const sleep = async (ms: number): Promise<void> => {
        clock.advance(Math.max(ms, 1));
        if (clock.now() > Date.parse('2026-01-07T23:00:00Z')) job?.stop();
      };
      job = new PlannerJob({ store: h.store, clock, logger: quietLogger, sleep, planDay: async (tenant, date) => {
        planned.push(`${tenant}@${date}@${new Date(clock.now()).toISOString()}`);
      } }, '06:00');
      await job.run();
      expect(planned).toEqual(['t1@2026-01-06@2026-01-05T22:00:00.000Z', 't1@2026-01-07@2026-01-06T22:00:00.000Z', 't1@2026-01-08@2026-01-07T22:00:00.000Z']);
    } finally {
      await h.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.skipIf(!available)('on PostgreSQL only one planner holds a tenant day', async () => {
    const db = await createTestDatabase('tact_plock');
    const cipher = createNodeCipher(randomBytes(32));
    const a = await openPostgresStore({ url: db.url, cipher, logger: quietLogger });
    const b = await openPostgresStore({ url: db.url, cipher, logger: quietLogger });
    try {
      const t = tenantId('t1');
      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      let entered!: () => void;
      const inside = new Promise<void>((r) => (entered = r));
      const first = a.store.withPlannerLock(t, '2026-01-06', async () => {
        entered();
        await held;
        return 'first';
      });
      await inside;
      expect(await b.store.withPlannerLock(t, '2026-01-06', async () => 'second')).toBeUndefined();
      expect(await b.store.withPlannerLock(t, '2026-01-07', async () => 'other day')).toBe('other day');
      release();
      expect(await first).toBe('first');
      expect(await b.store.withPlannerLock(t, '2026-01-06', async () => 'after')).toBe('after');
    } finally {
      await a.close();
      await b.close();
      await db.drop();
    }
  });
});
