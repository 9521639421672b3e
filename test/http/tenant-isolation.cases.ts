// Tenant isolation, walked over EVERY guarded route the server has (also the routes other
// areas add later): an admin of tenant A, with tenant B's real ids in every :param (and in
// bodies that take ids), gets 404 or 400 (409 when A's own state refuses first) — never 200 — and no response ever carries
// tenant B's data. Afterwards tenant B's records are unchanged. Param names come from
// route-walk.ts; an unknown one fails the test. Run on SQLite and PostgreSQL by
// tenant-isolation-{sqlite,postgres}.test.ts.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { StoreTarget } from '../contract/store-fixture.js';
import { notoSansScFonts } from '../../src/adapters/pdf/noto-sans-sc-fonts.js';
import { createPdfkitRenderer } from '../../src/adapters/pdf/pdfkit-renderer.js';
import { guardedRoutes, bodiesNaming, fillUrl, hasBody, paramIds, paramNames, queriesNaming } from './route-walk.js';
import { keysByRole, seedTenant, type Seed } from '../support/api-seed.js';
import { startHttpApp, type HttpApp } from '../support/http-app.js';

export const tenantIsolationSuite = (target?: () => Promise<StoreTarget>): void => {
  let t: HttpApp;
  let a: Seed;
  let b: Seed;
  let adminA: string;
  beforeAll(async () => {
    // With a PDF renderer, as `tact serve` runs: the PDF routes are walked for real, not refused with 503.
    const extraDeps = { pdf: createPdfkitRenderer(notoSansScFonts()) };
    t = await startHttpApp(target === undefined ? { extraDeps } : { target: await target(), extraDeps });
    a = await seedTenant(t.handle.store, t.tenantA, 'alpha');
    b = await seedTenant(t.handle.store, t.tenantB, 'bravo');
    adminA = (await keysByRole(t.handle.store, t.tenantA, ['admin'])).admin;
  });
  afterAll(async () => t.close());

  /** Strings that would betray tenant B: its ids, names, numbers, codes, key. */
  const secretsOf = (s: Seed): string[] => [
    s.accountId, s.accountExternalId, s.borrowerId, s.contactId, s.messageId, s.verificationCode, s.paymentExternalId,
    s.strategyId, s.templateKey, s.experimentId, s.keyId, s.keySecret, s.borrowerName, s.contactName,
    s.userId, s.complaintId, s.screenshotId, `user-${s.tag}`,
    s.borrowerPhone, s.contactPhone, s.borrowerPhone.slice(-8), s.contactPhone.slice(-8), 'bravo', 'Example Lending',
  ];

  it('knows every param name of every route', () => {
    const unknown = guardedRoutes(t.routes).flatMap((r) => paramNames(r.url).filter((p) => !(p in paramIds)).map((p) => `${r.method} ${r.url} :${p}`));
    expect(unknown).toEqual([]);
  });

  it('answers 404/400 for tenant B ids and never shows tenant B data', async () => {
    const routes = guardedRoutes(t.routes);
    expect(routes.length).toBeGreaterThan(30);
    const leaks: string[] = [];
    const wrong: string[] = [];
    for (const route of routes) {
      const key = `${route.method} ${route.url}`;
      const query = queriesNaming[key]?.(b);
      const url = fillUrl(route, (name) => paramIds[name]!(b)) + (query === undefined ? '' : `?${new URLSearchParams(query).toString()}`);
      const body = bodiesNaming[key]?.(b) ?? {};
      const r = await t.app.inject({ method: route.method as 'GET', url, headers: { authorization: adminA }, ...(hasBody(route.method) ? { payload: body as object } : {}) });
      const namesB = paramNames(route.url).length > 0 || bodiesNaming[key] !== undefined || query !== undefined;
      // 409: refused over tenant A's own state (e.g. A already runs an experiment) — says nothing of B.
      if (namesB && ![400, 404, 409].includes(r.statusCode)) wrong.push(`${key} → ${r.statusCode} ${r.body.slice(0, 200)}`);
      if (!namesB && r.statusCode >= 500) wrong.push(`${key} → ${r.statusCode} ${r.body.slice(0, 200)}`);
      for (const s of secretsOf(b)) if (r.body.includes(s)) leaks.push(`${key} shows "${s}"`);
    }
    expect(wrong).toEqual([]);
    expect(leaks).toEqual([]);
  });

  it('left tenant B unchanged', async () => {
    const s = t.handle.store;
    expect((await s.getAccount(t.tenantB, b.accountId))?.status).toBe('overdue');
    expect((await s.listApiKeys(t.tenantB)).find((k) => k.id === b.keyId)?.revokedAt).toBeUndefined();
    expect((await s.listExperiments(t.tenantB)).find((e) => e.id === b.experimentId)?.status).toBe('running');
    expect((await s.personLinks(t.tenantB, b.contactId))[0]?.confirmation).toBe('unconfirmed');
    expect(await s.isSuppressed(t.tenantB, b.suppressedPhone)).toBe(true);
    expect(await s.isSuppressed(t.tenantB, b.contactPhone, b.accountId)).toBe(false);
    expect((await s.listPayments(t.tenantB, b.accountId)).length).toBe(1);
    const complaint = await s.getComplaint(t.tenantB, b.complaintId);
    expect(complaint).toMatchObject({ status: 'received' });
    expect(complaint?.acknowledgedAt ?? complaint?.resolvedAt ?? complaint?.mediation).toBeUndefined();
    const user = await s.getUser(t.tenantB, b.userId);
    expect(user?.role).toBe('agent');
    expect(user?.disabledAt).toBeUndefined();
  });

  it('still serves tenant A its own records through the same routes', async () => {
    const r = await t.app.inject({ method: 'GET', url: `/v1/accounts/${a.accountId}`, headers: { authorization: adminA } });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ id: a.accountId, externalId: a.accountExternalId });
  });
};
