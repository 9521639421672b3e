// /v1 strategies, templates, decisions, experiments, audit, suppressions and keys: happy
// paths, bad input (one error shape with code and path) and responses without secrets.
// Run on SQLite (api-routes-sqlite.test.ts) and PostgreSQL (api-routes-postgres.test.ts).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parseDecisionRequest } from '../../src/core/model/parse-decision-request.js';
import { decideRequest } from '../../src/core/policy/decide-request.js';
import { defaultStrategies } from '../../src/core/strategy/default-strategies.js';
import { strategyToJson } from '../../src/core/strategy/parse-strategy.js';
import type { Role } from '../../src/core/model/roles.js';
import type { StoreTarget } from '../contract/store-fixture.js';
import { freshPhone } from '../contract/store-fixture.js';
import { keysByRole, seedTenant, type Seed } from '../support/api-seed.js';
import { startHttpApp, type HttpApp } from '../support/http-app.js';
import { apiClient, expectError, type Call } from './api-client.js';

export const settingsRoutesSuite = (target?: () => Promise<StoreTarget>): void => {
  let t: HttpApp;
  let s: Seed;
  let k: Record<Role, string>;
  let call: Call;
  beforeAll(async () => {
    t = await startHttpApp(target === undefined ? {} : { target: await target() });
    s = await seedTenant(t.handle.store, t.tenantA, 'sett');
    k = await keysByRole(t.handle.store, t.tenantA, ['admin', 'strategist', 'compliance', 'auditor', 'agent']);
    call = apiClient(t);
  });
  afterAll(async () => t.close());

  const strategy = (version: number) => ({ ...strategyToJson(defaultStrategies.cn), id: 'api-ladder', version });

  it('lints, saves and lists strategy versions', async () => {
    const bad = await call('POST', '/v1/strategies/lint', k.strategist, { ...strategy(1), steps: 'none' });
    expect(bad.body.valid).toBe(false);
    expect(bad.body.findings[0]).toMatchObject({ code: expect.stringMatching(/^TACT_ERR_STRATEGY_/), path: 'body.steps' });
    expect((await call('POST', '/v1/strategies/lint', k.strategist, strategy(1))).body).toEqual({ valid: true, findings: [] });
    const saved = await call('POST', '/v1/strategies?activate=true', k.strategist, strategy(1));
    expect(saved.status).toBe(201);
    expect(saved.body).toMatchObject({ strategyId: 'api-ladder', version: 1, status: 'active', findings: [] });
    expectError(await call('POST', '/v1/strategies', k.strategist, strategy(1)), 409, 'TACT_ERR_HTTP_CONFLICT', 'body.version');
    expectError(await call('POST', '/v1/strategies', k.strategist, { ...strategy(2), pack: 'mars' }), 400, 'TACT_ERR_STRATEGY_INVALID', 'body.pack');
    const usLadder = { ...strategyToJson(defaultStrategies['us-regf']), id: 'us-ladder', version: 1 };
    expect((await call('POST', '/v1/strategies/lint', k.strategist, usLadder)).body.valid).toBe(true);
    expectError(await call('POST', '/v1/strategies', k.strategist, usLadder), 400, 'TACT_ERR_STRATEGY_INVALID', 'body.pack');
    const list = await call('GET', '/v1/strategies', k.compliance);
    if (list.status !== 200) throw new Error(list.text);
    expect(list.body.items.map((x: { strategyId: string; version: number }) => `${x.strategyId}@${x.version}`)).toEqual(expect.arrayContaining(['api-ladder@1', `${s.strategyId}@1`]));
    expect(list.body.defaultInUse).toBeUndefined();
    const one = await call('GET', '/v1/strategies/api-ladder', k.compliance);
    expect(one.body.items[0].body.id).toBe('api-ladder');
  });

  it('lints and saves templates against the tenant settings', async () => {
    const leak = { key: 'contact.ask', audience: 'third_party', channel: 'sms', locale: 'zh-CN', body: '请转告{borrowerName}尽快还款 {amountOverdue}' };
    const lint = await call('POST', '/v1/templates/lint', k.strategist, { templates: [leak] });
    expect(lint.body.clean).toBe(false);
    expect(lint.body.results[0].findings.map((f: { rule: string }) => f.rule)).toEqual(expect.arrayContaining(['third-party-debt']));
    const refused = await call('POST', '/v1/templates', k.strategist, { templates: [leak] });
    expectError(refused, 400, 'TACT_ERR_MESSAGE_LINT_FAILED', 'body.templates.0.body');
    const clean = { key: 'reminder.api', audience: 'borrower', channel: 'sms', locale: 'zh-CN', body: '{borrowerName}您好，您的借款已逾期，请及时处理。' };
    const saved = await call('POST', '/v1/templates', k.strategist, { templates: [clean] });
    expect(saved.status).toBe(201);
    expect(saved.body.items[0]).toMatchObject({ key: 'reminder.api', version: 1 });
    expect((await call('GET', '/v1/templates/reminder.api', k.auditor)).body.items).toHaveLength(1);
    expectError(await call('POST', '/v1/templates', k.strategist, { templates: [{ ...clean, audience: 'everyone' }] }), 400, 'TACT_ERR_HTTP_BAD_REQUEST');
  });

  it('decides like tact decide, with the same codes and JSON paths', async () => {
    const request = JSON.parse(readFileSync('examples/decide/cn-borrower-sms-workday.json', 'utf8')) as Record<string, any>;
    const ok = await call('POST', '/v1/decisions', k.auditor, request);
    expect(ok.status).toBe(200);
    const parsed = parseDecisionRequest(request);
    const cli = parsed.ok ? decideRequest(parsed.value) : undefined;
    expect(cli?.ok).toBe(true);
    expect(ok.body).toEqual(JSON.parse(JSON.stringify(cli?.ok === true ? cli.value : null)));
    expect(ok.body.allowed).toBe(true);
    const bad = await call('POST', '/v1/decisions', k.agent, { ...request, contact: { ...request['contact'], channel: 'pigeon' } });
    expectError(bad, 400, 'TACT_ERR_DECIDE_UNKNOWN_VALUE', '$.contact.channel');
  });

  it('creates, gets and stops experiments', async () => {
    expectError(await call('POST', '/v1/experiments', k.strategist, { id: 'second', arms: [{ name: 'A', strategyId: s.strategyId, strategyVersion: 1, weight: 1 }, { name: 'B', strategyId: s.strategyId, strategyVersion: 2, weight: 1 }] }), 409, 'TACT_ERR_HTTP_CONFLICT');
    expect((await call('POST', `/v1/experiments/${s.experimentId}/stop`, k.strategist)).body.status).toBe('stopped');
    expectError(await call('POST', `/v1/experiments/${s.experimentId}/stop`, k.strategist), 409, 'TACT_ERR_HTTP_CONFLICT');
    expectError(await call('POST', '/v1/experiments', k.strategist, { id: 'ghost', arms: [{ name: 'A', strategyId: 'nope', strategyVersion: 1, weight: 1 }, { name: 'B', strategyId: 'nope', strategyVersion: 2, weight: 1 }] }), 400, 'TACT_ERR_STRATEGY_BAD_EXPERIMENT', 'body.arms');
    const created = await call('POST', '/v1/experiments', k.strategist, { id: 'second', arms: [{ name: 'A', strategyId: s.strategyId, strategyVersion: 1, weight: 1 }, { name: 'B', strategyId: s.strategyId, strategyVersion: 2, weight: 3 }] });
    expect(created.status).toBe(201);
    expect((await call('GET', '/v1/experiments/second', k.auditor)).body).toMatchObject({ id: 'second', status: 'running' });
    expect((await call('GET', '/v1/experiments', k.auditor)).body.items).toHaveLength(2);
  });

  it('pages audit events and verifies the chain', async () => {
    const page = await call('GET', '/v1/audit-events?limit=3', k.auditor);
    expect(page.body.items.map((e: { seq: number }) => e.seq)).toEqual([1, 2, 3]);
    const next = await call('GET', `/v1/audit-events?limit=3&afterSeq=${page.body.nextAfterSeq}`, k.auditor);
    expect(next.body.items[0].seq).toBe(4);
    const verified = await call('POST', '/v1/audit/verify', k.auditor);
    expect(verified.body).toMatchObject({ ok: true });
    expect(verified.body.count).toBeGreaterThan(5);
  });

  it('adds, lists (hashes only) and lifts manual suppressions', async () => {
    const phone = freshPhone();
    expect((await call('POST', '/v1/suppressions', k.compliance, { phone })).status).toBe(201);
    expectError(await call('POST', '/v1/suppressions', k.compliance, { phone: 'call me' }), 400, 'TACT_ERR_HTTP_BAD_REQUEST', 'body.phone');
    expectError(await call('POST', '/v1/suppressions', k.compliance, { phone, reason: 'erased' }), 400, 'TACT_ERR_HTTP_BAD_REQUEST', 'body.reason');
    const list = await call('GET', '/v1/suppressions', k.auditor);
    expect(list.body.items.length).toBeGreaterThanOrEqual(2);
    expect(list.text).not.toContain(phone.slice(-8));
    expect(Object.keys(list.body.items[0]).sort()).toEqual(['createdAt', 'hash', 'reason']);
    expect((await call('POST', '/v1/suppressions/removals', k.compliance, { phone })).body).toEqual({ lifted: true });
    expectError(await call('POST', '/v1/suppressions/removals', k.compliance, { phone }), 404, 'TACT_ERR_HTTP_NOT_FOUND', 'body.phone');
    await call('POST', '/v1/suppressions', k.compliance, { phone, reason: 'opt_out' });
    expectError(await call('POST', '/v1/suppressions/removals', k.compliance, { phone }), 409, 'TACT_ERR_HTTP_SUPPRESSION_PROTECTED');
  });

  it('creates a key whose secret is shown once and works until revoked', async () => {
    const created = await call('POST', '/v1/keys', k.admin, { role: 'auditor', label: 'reporting' });
    expect(created.status).toBe(201);
    const secret: string = created.body.secret;
    expect(secret).toMatch(/^tact_[A-Za-z0-9_-]{43}$/);
    expect(created.body.key.prefix).toBe(secret.slice(0, 12));
    expect((await call('GET', '/v1/accounts', `Bearer ${secret}`)).status).toBe(200);
    const list = await call('GET', '/v1/keys', k.admin);
    expect(list.text).not.toContain(secret.slice(12));
    expect(list.text).not.toContain(s.keySecret.slice(12));
    expect(list.body.items.find((x: { id: string }) => x.id === created.body.key.id)).toMatchObject({ role: 'auditor', label: 'reporting', lastUsedAt: expect.any(String) });
    expectError(await call('POST', '/v1/keys', k.admin, { role: 'root' }), 400, 'TACT_ERR_HTTP_BAD_REQUEST', 'body.role');
    expect((await call('DELETE', `/v1/keys/${created.body.key.id}`, k.admin)).body).toEqual({ id: created.body.key.id, revoked: true });
    expectError(await call('GET', '/v1/accounts', `Bearer ${secret}`), 401, 'TACT_ERR_HTTP_UNAUTHENTICATED');
    expectError(await call('DELETE', `/v1/keys/${created.body.key.id}`, k.admin), 404, 'TACT_ERR_HTTP_NOT_FOUND', 'keyId');
    const audit = await call('GET', '/v1/audit-events?type=api_key.revoked', k.auditor);
    expect(audit.body.items.at(-1)).toMatchObject({ subject: `api_key:${created.body.key.id}` });
  });
};
