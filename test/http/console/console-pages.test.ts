// Every console page renders for the roles allowed to open it and answers 403 for the
// others (the role matrix in permissions.ts); the account page shows the timeline; the
// work queue's call check follows the engine (quiet hours, connected-call cap); the
// editors lint live and save; /v1/users and /v1/calls.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountId, personId } from '../../../src/core/model/ids.js';
import { roles, type Role } from '../../../src/core/model/roles.js';
import { mayDo, type Permission } from '../../../src/http/plugins/permissions.js';
import { sampleRecord } from '../../contract/store-fixture.js';
import { startHttpApp, type HttpApp } from '../../support/http-app.js';
import { signInAs, testHasher, type ConsoleSession } from '../../support/console-users.js';

const pages: readonly { readonly url: string; readonly permission: Permission }[] = [
  { url: '/console', permission: 'dashboard:read' },
  { url: '/console/accounts', permission: 'accounts:read' },
  { url: '/console/accounts/ACCOUNT', permission: 'accounts:read' },
  { url: '/console/queue', permission: 'calls:write' },
  { url: '/console/strategies', permission: 'strategies:read' },
  { url: '/console/templates', permission: 'templates:read' },
];

describe('console pages', () => {
  let t: HttpApp;
  const sessions = new Map<Role, ConsoleSession>();
  let account = '';
  let borrower = '';
  beforeAll(async () => {
    t = await startHttpApp({ extraDeps: { passwordHasher: testHasher } });
    await t.deps.store.upsertImportBatch(t.tenantA, [sampleRecord('ACC-<1>', { borrowerName: '张<script>三', daysPastDue: 40 })], 'test');
    const a = await t.deps.store.getAccountByExternalId(t.tenantA, 'ACC-<1>');
    account = a?.id ?? '';
    borrower = (await t.deps.store.listAccountPeople(t.tenantA, accountId(account))).find((p) => p.role === 'borrower')?.personId ?? '';
    for (const role of roles) sessions.set(role, await signInAs(t, t.tenantA, `user-${role}`, role));
  });
  afterAll(async () => t.close());

  // Tests move the clock by hours: a fresh session per request outlives no idle limit.
  const session = async (role: Role): Promise<ConsoleSession> => {
    const s = await signInAs(t, t.tenantA, `user-${role}`, role);
    sessions.set(role, s);
    return s;
  };
  const get = async (role: Role, url: string) => t.app.inject({ method: 'GET', url: url.replace('ACCOUNT', account), headers: { cookie: (await session(role)).cookie } });
  const post = async (role: Role, url: string, payload: object, form = false) => {
    const s = await session(role);
    return t.app.inject({
      method: 'POST',
      url,
      headers: form
        ? { cookie: s?.cookie ?? '', 'content-type': 'application/x-www-form-urlencoded' }
        : { cookie: s?.cookie ?? '', 'x-csrf-token': s?.csrf ?? '' },
      payload: form ? new URLSearchParams({ ...(payload as Record<string, string>), _csrf: s?.csrf ?? '' }).toString() : payload,
    });
  };

  for (const p of pages) {
    it(`${p.url}: 200 for roles with ${p.permission}, 403 for the others`, async () => {
      for (const role of roles) {
        const r = await get(role, p.url);
        expect([role, r.statusCode]).toEqual([role, mayDo(role, p.permission) ? 200 : 403]);
        if (r.statusCode === 200) {
          expect(r.headers['content-type']).toContain('text/html');
          expect(r.body).not.toMatch(/<script>(?!\s*<\/)/); // nothing inline but JSON blocks
        }
      }
    });
  }

  it('escapes stored text and shows the timeline with people and local times', async () => {
    const r = await get('agent', `/console/accounts/${account}`);
    expect(r.body).toContain('ACC-&lt;1&gt;');
    expect(r.body).toContain('张&lt;script&gt;三');
    expect(r.body).not.toContain('张<script>');
  });

  it('offers the evidence pack (PDF and JSON twin) only to roles that may read evidence', async () => {
    const link = `/v1/evidence.pdf?accountId=${encodeURIComponent(account)}`;
    expect((await get('compliance', `/console/accounts/${account}`)).body).toContain(link);
    expect((await get('agent', `/console/accounts/${account}`)).body).not.toContain('/v1/evidence');
  });

  it('serves assets with their type, Chart.js included', async () => {
    for (const [name, type] of [['console.css', 'text/css'], ['dashboard.js', 'text/javascript'], ['chart.umd.js', 'text/javascript'], ['editor.js', 'text/javascript']]) {
      const r = await t.app.inject({ method: 'GET', url: `/console/assets/${name}` });
      expect(r.statusCode).toBe(200);
      expect(r.headers['content-type']).toContain(type);
    }
    expect((await t.app.inject({ method: 'GET', url: '/console/assets/nope.js' })).statusCode).toBe(404);
  });

  it('refuses a call at 23:00 local with the quiet-hours reason', async () => {
    t.clock.set(Date.parse('2026-12-07T15:00:00Z')); // 23:00 Asia/Shanghai, a Monday
    const r = await post('agent', '/v1/calls/check', { accountId: account, personId: borrower });
    expect(r.statusCode).toBe(200);
    const body = r.json() as { allowed: boolean; violations: { reason: string }[] };
    expect(body.allowed).toBe(false);
    expect(body.violations.map((v) => v.reason)).toContain('POLICY_QUIET_HOURS');
    const page = await get('agent', `/console/queue/check?accountId=${account}&personId=${borrower}`);
    expect(page.body).toContain('POLICY_QUIET_HOURS');
    const logged = await post('agent', '/v1/calls', { accountId: account, personId: borrower, outcome: 'connected' });
    expect(logged.statusCode).toBe(409);
    expect(logged.json().error.code).toBe('TACT_ERR_CALL_BLOCKED');
  });

  it('refuses the 4th connected call of the day under cn, and logs an override with an audit event', async () => {
    t.clock.set(Date.parse('2026-12-08T02:00:00Z')); // 10:00 local, Tuesday
    for (let i = 0; i < 3; i += 1) {
      const ok = await post('agent', '/v1/calls', { accountId: account, personId: borrower, outcome: 'connected' });
      expect(ok.statusCode).toBe(201);
      t.clock.advance(3_600_000);
    }
    const check = await post('agent', '/v1/calls/check', { accountId: account, personId: borrower });
    const body = check.json() as { allowed: boolean; violations: { reason: string }[] };
    expect(body.allowed).toBe(false);
    expect(body.violations.map((v) => v.reason)).toContain('POLICY_CONNECTED_CALLS');
    const form = await post('agent', '/console/queue/calls', { accountId: account, personId: borrower, outcome: 'connected' }, true);
    expect(form.statusCode).toBe(409);
    const over = await post('agent', '/console/queue/calls', { accountId: account, personId: borrower, outcome: 'promise_to_pay', overrideReason: 'Borrower called back and asked us to ring' }, true);
    expect(over.statusCode).toBe(303);
    const types: string[] = [];
    for await (const e of t.deps.store.iterateAudit(t.tenantA)) types.push(e.type);
    expect(types.filter((x) => x === 'call.logged')).toHaveLength(3);
    expect(types.filter((x) => x === 'call.logged_override')).toHaveLength(1);
    const events = await t.deps.store.listContactEvents(t.tenantA, personId(borrower));
    expect(events.filter((e) => e.channel === 'call')).toHaveLength(4);
    const page = await get('compliance', `/console/accounts/${account}`);
    expect((page.body.match(/<tr class="call">/g) ?? []).length).toBe(4);
  });

  it('lints a template draft live with an SMS preview, and saves only a clean one', async () => {
    const draft = { key: 'reminder.test', audience: 'borrower', channel: 'sms', locale: 'en', body: 'Hello {name}, pay now or we will sue you.' };
    const lint = await post('strategist', '/console/lint/template', draft);
    expect(lint.statusCode).toBe(200);
    const l = lint.json() as { findings: { rule: string }[]; sms: { encoding: string; segments: number } };
    expect(l.sms.encoding).toBe('gsm7');
    expect(l.sms.segments).toBe(1);
    const bad = await post('strategist', '/console/templates', draft, true);
    expect(l.findings.map((f) => f.rule)).toContain('threat');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('threat');
    const good = await post('strategist', '/console/templates', { ...draft, body: 'Hello, your payment is due.' }, true);
    expect(good.statusCode).toBe(200);
    expect(good.body).toContain('Saved');
    expect((await post('auditor', '/console/templates', draft, true)).statusCode).toBe(403);
  });

  it('lints and saves a strategy version', async () => {
    const bad = await post('strategist', '/console/lint/strategy', { body: '{"id":' });
    expect((bad.json() as { findings: unknown[] }).findings.length).toBeGreaterThan(0);
    const page = await get('strategist', '/console/strategies');
    const text = /<textarea name="body"[^>]*>([\s\S]*?)<\/textarea>/.exec(page.body)?.[1] ?? '';
    const json = JSON.parse(text.replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&')) as { version: number };
    const body = JSON.stringify({ ...json, version: json.version + 1 });
    expect((await post('strategist', '/console/lint/strategy', { body })).json()).toEqual({ findings: [] });
    const saved = await post('strategist', '/console/strategies', { body, activate: 'on' }, true);
    expect(saved.statusCode).toBe(200);
    expect((await t.deps.store.getActiveStrategy(t.tenantA))?.version).toBe(json.version + 1);
  });

  it('manages users over /v1/users (admin only), without ever returning a hash', async () => {
    const created = await post('admin', '/v1/users', { login: 'frank', role: 'agent', password: 'a long enough password' });
    expect(created.statusCode).toBe(201);
    const u = created.json() as { id: string; role: string };
    expect(JSON.stringify(created.json())).not.toContain('argon2');
    expect((await post('admin', '/v1/users', { login: 'frank', role: 'agent', password: 'a long enough password' })).json().error.code).toBe('TACT_ERR_AUTH_LOGIN_TAKEN');
    expect((await post('admin', '/v1/users', { login: 'x', role: 'agent', password: 'short' })).statusCode).toBe(400);
    const patched = await t.app.inject({ method: 'PATCH', url: `/v1/users/${u.id}`, headers: { cookie: (await session('admin')).cookie, 'x-csrf-token': sessions.get('admin')?.csrf ?? '' }, payload: { role: 'compliance' } });
    expect(patched.json()).toMatchObject({ role: 'compliance', disabled: false });
    const list = await get('auditor', '/v1/users');
    expect(list.statusCode).toBe(200);
    expect(JSON.stringify(list.json())).not.toContain('argon2');
    expect((await post('auditor', '/v1/users', { login: 'gina', role: 'agent', password: 'a long enough password' })).statusCode).toBe(403);
    const other = await t.app.inject({ method: 'PATCH', url: '/v1/users/nobody', headers: { cookie: (await session('admin')).cookie, 'x-csrf-token': sessions.get('admin')?.csrf ?? '' }, payload: { disabled: true } });
    expect(other.statusCode).toBe(404);
  });
});
