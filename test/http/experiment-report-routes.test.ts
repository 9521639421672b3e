// GET /v1/experiments/:experimentId/report: the permission (strategist yes, agent no), the tenant
// from the principal only (tenant B sees A's experiment as 404), the response schema
// (every field present; empty-group rates null), asOf validation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyRequest } from 'fastify';
import type { Principal } from '../../src/http/plugins/auth.js';
import { isRole } from '../../src/core/model/roles.js';
import { tenantId } from '../../src/core/model/ids.js';
import { defaultStrategies } from '../../src/core/strategy/default-strategies.js';
import { strategyToJson } from '../../src/core/strategy/parse-strategy.js';
import { sampleRecord } from '../contract/store-fixture.js';
import { startHttpApp, type HttpApp } from '../support/http-app.js';

// Test-only credentials: the tenant and role in two headers.
const headerPrincipal = async (request: FastifyRequest): Promise<Principal | undefined> => {
  const tenant = request.headers['x-test-tenant'];
  const role = request.headers['x-test-role'];
  return typeof tenant === 'string' && isRole(role) ? { tenant: tenantId(tenant), role, via: 'api_key' } : undefined;
};

describe('GET /v1/experiments/:experimentId/report', () => {
  let t: HttpApp;
  const as = (tenant: string, role: string) => ({ 'x-test-tenant': tenant, 'x-test-role': role });

  beforeAll(async () => {
    t = await startHttpApp({ extraDeps: { principalResolvers: [headerPrincipal] } });
    const s = t.handle.store;
    const records = Array.from({ length: 12 }, (_, i) => sampleRecord(`H${i}`, { dueDate: '2026-12-01' }));
    await s.upsertImportBatch(t.tenantA, records, 'test');
    const ids = await Promise.all(records.map(async (r) => (await s.getAccountByExternalId(t.tenantA, r.externalId))!.id));
    const body = strategyToJson(defaultStrategies.cn) as Record<string, unknown>;
    for (const version of [1, 2]) await s.saveStrategy(t.tenantA, { strategyId: 'l', version, body: { ...body, id: 'l', version }, status: version === 1 ? 'active' : 'draft' }, 'test');
    await s.createExperiment(t.tenantA, { id: 'x1', name: 'two arms', arms: [{ name: 'A', strategyId: 'l', strategyVersion: 1, weight: 1 }, { name: 'B', strategyId: 'l', strategyVersion: 2, weight: 1 }] }, 'test');
    await s.assignArms(t.tenantA, 'x1', ids.map((id, i) => ({ accountId: id, arm: i < 8 ? 'A' : 'B' })), t.clock.now() - 10 * 86_400_000);
  });
  afterAll(async () => t.close());

  it('answers a strategist with the full report', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/v1/experiments/x1/report', headers: as('tenant-a', 'strategist') });
    expect(r.statusCode).toBe(200);
    const body = r.json() as Record<string, unknown> & { arms: Record<string, unknown>[] };
    expect(body).toMatchObject({ experimentId: 'x1', status: 'running', synthetic: false, assumptions: [], control: 'A', primaryMetric: 'cure_30d', asOf: '2026-12-07T02:00:00.000Z' });
    expect(body.arms.map((a) => [a['arm'], a['accounts'], a['control']])).toEqual([['A', 8, true], ['B', 4, false]]);
    const b = body.arms[1]!;
    expect(b['cure7']).toMatchObject({ successes: 0, trials: 4, rate: 0 });
    expect((b['cure7'] as { vsControl: unknown }).vsControl).toMatchObject({ difference: 0 });
    // Ten days in: nobody has 30 days of exposure, so the 30-day rate is null (JSON has no NaN).
    expect(b['cure30']).toMatchObject({ trials: 0, rate: null, low: 0, high: 1, vsControl: null });
    expect((b['cureCurve'] as unknown[]).slice(0, 10).every((x) => x === 0)).toBe(true);
    expect((b['cureCurve'] as unknown[])[10]).toBeNull();
    expect(Object.keys(b).sort()).toEqual(['accounts', 'arm', 'callsPerAccount', 'complaints', 'control', 'cure30', 'cure7', 'cureCurve', 'curedNow', 'disputes',
      'messagesPerAccount', 'optOuts', 'recovered', 'smsCostMinor', 'smsCostPerAccountMinor', 'smsSegments', 'stopped', 'strategy', 'thirdPartyContactsPerAccount', 'weight']);
    expect(body['price']).toEqual({ perSegmentMinor: 5, currency: 'CNY', source: 'default' });
  });

  it('asOf ends the period; a bad asOf is a 400', async () => {
    const early = await t.app.inject({ method: 'GET', url: '/v1/experiments/x1/report?asOf=2026-11-20T00:00:00Z', headers: as('tenant-a', 'auditor') });
    expect(early.statusCode).toBe(200);
    expect((early.json() as { arms: { accounts: number }[] }).arms.map((a) => a.accounts)).toEqual([0, 0]);
    const bad = await t.app.inject({ method: 'GET', url: '/v1/experiments/x1/report?asOf=yesterday', headers: as('tenant-a', 'auditor') });
    expect(bad.statusCode).toBe(400);
  });

  it('refuses an agent (403), an anonymous caller (401), and hides tenant A from tenant B (404)', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/v1/experiments/x1/report', headers: as('tenant-a', 'agent') })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/v1/experiments/x1/report' })).statusCode).toBe(401);
    const other = await t.app.inject({ method: 'GET', url: '/v1/experiments/x1/report', headers: as('tenant-b', 'admin') });
    expect(other.statusCode).toBe(404);
    expect((other.json() as { error: { code: string } }).error.code).toBe('TACT_ERR_HTTP_NOT_FOUND');
    expect(t.routes.find((r) => r.url === '/v1/experiments/:experimentId/report')).toMatchObject({ permission: 'experiments:read' });
  });
});
