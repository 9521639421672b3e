// /console/experiments/:experimentId: 200 for roles with experiments:read, 403 for the others; the
// table and the chart data blocks; escaping of the experiment name; 404 across tenants;
// the page's script is served.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roles } from '../../../src/core/model/roles.js';
import { defaultStrategies } from '../../../src/core/strategy/default-strategies.js';
import { strategyToJson } from '../../../src/core/strategy/parse-strategy.js';
import { mayDo } from '../../../src/http/plugins/permissions.js';
import { sampleRecord } from '../../contract/store-fixture.js';
import { signInAs, testHasher } from '../../support/console-users.js';
import { startHttpApp, type HttpApp } from '../../support/http-app.js';

describe('console experiment page', () => {
  let t: HttpApp;
  beforeAll(async () => {
    t = await startHttpApp({ extraDeps: { passwordHasher: testHasher } });
    const s = t.handle.store;
    const records = Array.from({ length: 6 }, (_, i) => sampleRecord(`P${i}`, { dueDate: '2026-12-01' }));
    await s.upsertImportBatch(t.tenantA, records, 'test');
    const ids = await Promise.all(records.map(async (r) => (await s.getAccountByExternalId(t.tenantA, r.externalId))!.id));
    const body = strategyToJson(defaultStrategies.cn) as Record<string, unknown>;
    for (const version of [1, 2]) await s.saveStrategy(t.tenantA, { strategyId: 'l', version, body: { ...body, id: 'l', version }, status: version === 1 ? 'active' : 'draft' }, 'test');
    await s.createExperiment(t.tenantA, { id: 'x1', name: '<b>send time</b>', arms: [{ name: 'A', strategyId: 'l', strategyVersion: 1, weight: 1 }, { name: 'B', strategyId: 'l', strategyVersion: 2, weight: 1 }] }, 'test');
    await s.assignArms(t.tenantA, 'x1', ids.map((id, i) => ({ accountId: id, arm: i < 3 ? 'A' : 'B' })), t.clock.now() - 3 * 86_400_000);
  });
  afterAll(async () => t.close());

  it('renders for roles with experiments:read and refuses the others', async () => {
    for (const role of roles) {
      const s = await signInAs(t, t.tenantA, `exp-${role}`, role);
      const r = await t.app.inject({ method: 'GET', url: '/console/experiments/x1', headers: { cookie: s.cookie } });
      expect([role, r.statusCode]).toEqual([role, mayDo(role, 'experiments:read') ? 200 : 403]);
    }
  });

  it('shows the per-arm table and the chart data; escapes the name', async () => {
    const s = await signInAs(t, t.tenantA, 'exp-strategist', 'strategist');
    const r = await t.app.inject({ method: 'GET', url: '/console/experiments/x1', headers: { cookie: s.cookie } });
    expect(r.body).toContain('&lt;b&gt;send time&lt;/b&gt;');
    expect(r.body).not.toContain('<b>send time</b>');
    expect(r.body).toMatch(/<tr><th>Accounts<\/th><td class="num">3<\/td><td class="num">3<\/td><\/tr>/);
    const cure = JSON.parse(/<script type="application\/json" id="data-cure">([^<]*)<\/script>/.exec(r.body)![1]!) as { datasets: { label: string; data: (number | null)[] }[] };
    expect(cure.datasets.map((d) => d.label)).toEqual(['A', 'B']);
    expect(cure.datasets[0]!.data.slice(0, 4)).toEqual([0, 0, 0, null]); // three days of exposure
    expect(r.body).toContain('<script src="/console/assets/experiment.js"></script>');
    const js = await t.app.inject({ method: 'GET', url: '/console/assets/experiment.js' });
    expect(js.statusCode).toBe(200);
    expect(js.body).toContain("read('data-complaints')");
  });

  it("is a 404 for another tenant's user", async () => {
    const s = await signInAs(t, t.tenantB, 'b-admin', 'admin');
    expect((await t.app.inject({ method: 'GET', url: '/console/experiments/x1', headers: { cookie: s.cookie } })).statusCode).toBe(404);
  });
});
