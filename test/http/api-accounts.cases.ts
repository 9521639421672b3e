// /v1 accounts, people, contacts, imports, payments and messages: happy paths, bad input
// (one error shape with code and path) and response schemas that keep fields in.
// Run on SQLite (api-routes-sqlite.test.ts) and PostgreSQL (api-routes-postgres.test.ts).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { StoreTarget } from '../contract/store-fixture.js';
import { keysByRole, seedTenant, type Seed } from '../support/api-seed.js';
import { startHttpApp, type HttpApp } from '../support/http-app.js';
import type { Role } from '../../src/core/model/roles.js';
import { apiClient, expectError, type Call } from './api-client.js';

export const accountRoutesSuite = (target?: () => Promise<StoreTarget>): void => {
  let t: HttpApp;
  let s: Seed;
  let k: Record<Role, string>;
  let call: Call;
  beforeAll(async () => {
    t = await startHttpApp(target === undefined ? {} : { target: await target() });
    s = await seedTenant(t.handle.store, t.tenantA, 'acct');
    k = await keysByRole(t.handle.store, t.tenantA, ['admin', 'agent', 'compliance', 'auditor', 'strategist']);
    call = apiClient(t);
  });
  afterAll(async () => t.close());

  const row = (id: string) => ({ external_id: id, product: 'cash', currency: 'CNY', principal: '100.00', balance: '80.00', amount_overdue: '10.00', due_date: '2026-11-01', borrower_name: '王五', borrower_phone: '13800138000' });

  it('creates accounts from import rows and pages through them', async () => {
    for (const id of ['p-1', 'p-2', 'p-3']) expect((await call('POST', '/v1/accounts', k.admin, row(id))).status).toBe(201);
    expectError(await call('POST', '/v1/accounts', k.admin, row('p-1')), 409, 'TACT_ERR_HTTP_CONFLICT', 'body.external_id');
    expectError(await call('POST', '/v1/accounts', k.admin, { ...row('p-4'), currency: 'XX' }), 400, 'TACT_ERR_IMPORT_BAD_CURRENCY', 'body.currency');
    const first = await call('GET', '/v1/accounts?limit=2', k.agent);
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(2);
    const second = await call('GET', `/v1/accounts?limit=2&after=${first.body.next}`, k.agent);
    const third = await call('GET', `/v1/accounts?limit=2&after=${second.body.next}`, k.agent);
    const ids = [...first.body.items, ...second.body.items, ...third.body.items].map((a: { id: string }) => a.id);
    expect(new Set(ids).size).toBe(4);
    expect(third.body.next).toBeUndefined();
    expect(Object.keys(first.body.items[0]).sort()).toEqual(['balanceMinor', 'createdAt', 'currency', 'daysPastDue', 'dueDate', 'externalId', 'flags', 'id', 'overdueMinor', 'principalMinor', 'product', 'status', 'updatedAt']);
    expectError(await call('GET', '/v1/accounts?limit=0', k.agent), 400, 'TACT_ERR_HTTP_BAD_REQUEST', 'querystring.limit');
  });

  it('shows names in clear to agents and masked to auditors', async () => {
    const agent = await call('GET', `/v1/accounts/${s.accountId}`, k.agent);
    expect(agent.body.people.map((p: { name: string }) => p.name)).toEqual([s.borrowerName, s.contactName]);
    const auditor = await call('GET', `/v1/accounts/${s.accountId}`, k.auditor);
    expect(auditor.text).not.toContain(s.borrowerName);
    expect(auditor.body.people[0].name).toMatch(/^借\*+$/);
    expectError(await call('GET', '/v1/accounts/nope', k.agent), 404, 'TACT_ERR_HTTP_NOT_FOUND', 'accountId');
  });

  it('patches status and flags with an audit event, and refuses unknown fields', async () => {
    const r = await call('PATCH', `/v1/accounts/${s.accountId}`, k.admin, { flags: ['hardship'] });
    expect(r.body.flags).toEqual(['hardship']);
    expectError(await call('PATCH', `/v1/accounts/${s.accountId}`, k.admin, { balanceMinor: 1 }), 400, 'TACT_ERR_HTTP_BAD_REQUEST');
    expectError(await call('PATCH', `/v1/accounts/${s.accountId}`, k.admin, { status: 'closed' }), 400, 'TACT_ERR_HTTP_BAD_REQUEST', 'body.status');
    const audit = await call('GET', '/v1/audit-events?type=account.updated', k.auditor);
    expect(audit.body.items.at(-1)).toMatchObject({ subject: `account:${s.accountId}`, data: { fields: ['flags'] } });
  });

  it('shows the timeline in time order with the message decision and the payment', async () => {
    const r = await call('GET', `/v1/accounts/${s.accountId}/timeline`, k.agent);
    expect(r.status).toBe(200);
    const kinds = r.body.items.map((e: { kind: string }) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(['message', 'payment']));
    const at = r.body.items.map((e: { at: string }) => Date.parse(e.at));
    expect(at).toEqual([...at].sort((x, y) => x - y));
    expect(r.body.items.find((e: { kind: string }) => e.kind === 'message')).toMatchObject({ verificationCode: s.verificationCode, state: 'planned', decision: { allowed: true } });
    expect(r.text).not.toContain(s.borrowerPhone);
  });

  it('masks a person’s number unless the role answers data-subject requests', async () => {
    const agent = await call('GET', `/v1/people/${s.contactId}`, k.agent);
    expect(agent.body.phone).not.toBe(s.contactPhone);
    expect(agent.body.phone.slice(-4)).toBe(s.contactPhone.slice(-4));
    const compliance = await call('GET', `/v1/people/${s.contactId}`, k.compliance);
    expect(compliance.body.phone).toBe(s.contactPhone);
    expect(compliance.body.links).toEqual([expect.objectContaining({ accountId: s.accountId, confirmation: 'unconfirmed', name: s.contactName })]);
  });

  it('confirms and refuses contacts; a refusal suppresses the number and is final', async () => {
    expectError(await call('POST', `/v1/accounts/${s.accountId}/contacts/${s.borrowerId}/confirm`, k.agent), 409, 'TACT_ERR_HTTP_CONFLICT');
    const ok = await call('POST', `/v1/accounts/${s.accountId}/contacts/${s.contactId}/confirm`, k.agent);
    expect(ok.body).toEqual({ accountId: s.accountId, personId: s.contactId, confirmation: 'confirmed', changed: true });
    const refused = await call('POST', `/v1/accounts/${s.accountId}/contacts/${s.contactId}/refuse`, k.agent);
    expect(refused.body).toMatchObject({ confirmation: 'refused', suppressed: true });
    expect(await t.handle.store.isSuppressed(t.tenantA, s.contactPhone, s.accountId)).toBe(true);
    expectError(await call('POST', `/v1/accounts/${s.accountId}/contacts/${s.contactId}/confirm`, k.agent), 409, 'TACT_ERR_HTTP_CONFLICT');
    expectError(await call('POST', '/v1/suppressions/removals', k.admin, { phone: s.contactPhone, accountId: s.accountId }), 409, 'TACT_ERR_HTTP_SUPPRESSION_PROTECTED', 'body.phone');
  });

  it('imports CSV and JSON Lines like tact import, with per-row failures', async () => {
    const csv = readFileSync('examples/import/accounts.csv', 'utf8');
    const ok = await call('POST', '/v1/imports', k.admin, csv, { 'content-type': 'text/csv' });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ written: true, rejected: 0, failureCount: 0 });
    expect(ok.body.created).toBe(ok.body.rowsRead);
    const jsonl = `${JSON.stringify(row('j-1'))}\n${JSON.stringify({ ...row('j-2'), due_date: 'soon' })}\n`;
    const refused = await call('POST', '/v1/imports', k.admin, jsonl, { 'content-type': 'application/x-ndjson' });
    expectError(refused, 400, 'TACT_ERR_IMPORT_BAD_DATE', 'due_date');
    expect(refused.body.error.line).toBe(2);
    expect((await t.handle.store.getAccountByExternalId(t.tenantA, 'j-1'))).toBeUndefined();
    const skipped = await call('POST', '/v1/imports?skipInvalid=true', k.admin, jsonl, { 'content-type': 'application/x-ndjson' });
    expect(skipped.body).toMatchObject({ written: true, created: 1, rejected: 1, failures: [{ code: 'TACT_ERR_IMPORT_BAD_DATE', line: 2, path: 'due_date' }] });
    expectError(await call('POST', '/v1/imports', k.admin, 'x', { 'content-type': 'text/plain' }), 415, 'TACT_ERR_HTTP_UNSUPPORTED_MEDIA_TYPE');
  });

  it('records payments idempotently and lists them per account', async () => {
    const pay = { externalId: 'api-pay-1', accountId: s.accountId, amountMinor: 500, currency: 'CNY', paidAt: '2026-12-07T01:00:00Z' };
    const first = await call('POST', '/v1/payments', k.admin, pay);
    expect(first.body).toMatchObject({ kind: 'recorded', cancelledMessages: 1 });
    expect((await call('POST', '/v1/payments', k.admin, pay)).body).toMatchObject({ kind: 'duplicate', paymentId: first.body.paymentId });
    expectError(await call('POST', '/v1/payments', k.admin, { ...pay, amountMinor: 600 }), 400, 'TACT_ERR_PAYMENT_ID_CONFLICT', 'body.externalId');
    expectError(await call('POST', '/v1/payments', k.admin, { ...pay, externalId: 'api-pay-2', currency: 'USD' }), 400, 'TACT_ERR_PAYMENT_CURRENCY_MISMATCH', 'body.currency');
    expectError(await call('POST', '/v1/payments', k.admin, { ...pay, amountMinor: 0 }), 400, 'TACT_ERR_HTTP_BAD_REQUEST', 'body.amountMinor');
    const list = await call('GET', `/v1/accounts/${s.accountId}/payments`, k.agent);
    expect(list.body.items.map((p: { externalId: string }) => p.externalId)).toEqual([s.paymentExternalId, 'api-pay-1']);
  });

  it('lists and gets messages without the address; the body only for roles that see names', async () => {
    const cancelled = await call('GET', `/v1/messages?state=cancelled&accountId=${s.accountId}`, k.agent);
    expect(cancelled.body.items.map((m: { id: string }) => m.id)).toEqual([s.messageId]);
    expect((await call('GET', '/v1/messages?state=planned&accountId=' + s.accountId, k.agent)).body.items).toEqual([]);
    expect((await call('GET', '/v1/messages?from=2026-12-09T00:00:00Z', k.agent)).body.items).toEqual([]);
    expectError(await call('GET', '/v1/messages?state=lost', k.agent), 400, 'TACT_ERR_HTTP_BAD_REQUEST', 'querystring.state');
    const one = await call('GET', `/v1/messages/${s.messageId}`, k.agent);
    expect(one.body).toMatchObject({ id: s.messageId, verificationCode: s.verificationCode, body: '正文acct' });
    expect(one.body.to).toBeUndefined();
    expect(one.text).not.toContain(s.borrowerPhone);
    expect((await call('GET', `/v1/messages/${s.messageId}`, k.auditor)).body.body).toBeUndefined();
  });

  it('closes an account instead of deleting it', async () => {
    const r = await call('DELETE', `/v1/accounts/${s.accountId}`, k.admin);
    expect(r.body.account.status).toBe('closed');
    expect((await call('GET', `/v1/accounts/${s.accountId}`, k.agent)).body.status).toBe('closed');
    expectError(await call('DELETE', '/v1/accounts/nope', k.admin), 404, 'TACT_ERR_HTTP_NOT_FOUND');
  });
};
