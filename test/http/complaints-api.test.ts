// /v1/complaints through app.inject(): filing each category (with its protection),
// permissions and tenant isolation, the SLA clock on a simulated clock across the 2026
// National Day holiday and its make-up Saturday, the overdue listing, resolution,
// mediation, counts and settings, and the console queue page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MessageRecord } from '../../src/app/ports/store-records.js';
import { complaintCategories } from '../../src/core/complaints/complaint-model.js';
import { as, GIF, PNG, seedPlanned, testRoleResolver } from '../support/complaint-http.js';
import { startHttpApp, type HttpApp } from '../support/http-app.js';

interface View { id: string; status: string; category: string; acknowledgeBy: string; resolveBy: string; overdue: boolean; breach?: string; protectiveActions: string[]; accountId?: string; screenshots: unknown[]; mediation?: { collectionPaused: boolean } }

describe('/v1/complaints', () => {
  let t: HttpApp;
  let msgs: MessageRecord[];
  const A = (role: 'compliance' | 'agent' | 'auditor' | 'admin' = 'compliance'): Record<string, string> => as(role, 'tenant-a');

  beforeAll(async () => {
    // Wednesday 2026-09-30 10:00 Asia/Shanghai, the day before National Day.
    t = await startHttpApp({ start: '2026-09-30T02:00:00Z', extraDeps: { principalResolvers: [testRoleResolver] } });
    msgs = await seedPlanned(t.handle.store, t.tenantA, complaintCategories.length + 3, t.clock.now());
  });
  afterAll(async () => t.close());

  const file = (body: Record<string, unknown>, headers = A('agent')) =>
    t.app.inject({ method: 'POST', url: '/v1/complaints', headers, payload: body });

  it('files each category and applies its protection at once', async () => {
    const expected: Record<string, string[]> = {
      harassment_frequency: ['suppress_number'], third_party_disclosure: ['suppress_number'], not_my_debt: ['pause_dispute'],
      wrong_number: ['mark_wrong_number'], amount_or_dispute: ['flag_for_review'], rude_or_threatening: ['flag_for_review'], other: ['flag_for_review'],
    };
    for (const [i, category] of complaintCategories.entries()) {
      const r = await file({ category, messageIds: [msgs[i]!.id], text: '测试投诉', source: i % 2 === 0 ? 'api' : 'agent_phone' });
      expect(r.statusCode).toBe(201);
      const body = r.json() as { complaint: View; protection: { action: string; applied: boolean }[] };
      expect(body.complaint.category).toBe(category);
      expect(body.complaint.status).toBe('received');
      expect(body.protection.map((p) => p.action)).toEqual(expected[category]);
      expect(body.protection.every((p) => p.applied)).toBe(true);
      // Sep 30 → Oct 1–7 off → Oct 8, Oct 9, Sat Oct 10 (make-up workday): due by Oct 11 00:00 Shanghai.
      expect(body.complaint.acknowledgeBy).toBe('2026-10-10T16:00:00.000Z');
    }
    // not_my_debt: the account is disputed (the dispute rule pauses collection).
    const [disputed] = await t.handle.store.getPlanAccounts(t.tenantA, [msgs[2]!.accountIds[0]!]);
    expect(disputed?.disputedAt).toBe(Date.parse('2026-09-30T02:00:00Z'));
    expect(await t.handle.store.isSuppressed(t.tenantA, msgs[0]!.to!, msgs[0]!.accountIds[0])).toBe(true);
  });

  it('checks permissions and keeps tenants apart', async () => {
    const created = (await file({ category: 'other', accountId: msgs[7]!.accountIds[0] })).json() as { complaint: View };
    const id = created.complaint.id;
    expect((await t.app.inject({ method: 'GET', url: `/v1/complaints/${id}`, headers: A('agent') })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: `/v1/complaints/${id}`, headers: A('auditor') })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'POST', url: `/v1/complaints/${id}/acknowledge`, headers: A('auditor') })).statusCode).toBe(403);
    expect((await file({ category: 'other' }, A('auditor'))).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/v1/complaints' })).statusCode).toBe(401);
    const other = await t.app.inject({ method: 'GET', url: `/v1/complaints/${id}`, headers: as('compliance', 'tenant-b') });
    expect(other.statusCode).toBe(404);
    expect((await file({ category: 'other', accountId: msgs[7]!.accountIds[0] }, as('agent', 'tenant-b'))).json()).toMatchObject({ error: { code: 'TACT_ERR_COMPLAINT_UNKNOWN_REFERENCE', path: 'accountId' } });
  });

  it('refuses bad input with a code and a path', async () => {
    const bad = await file({ category: 'shouting' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: { code: 'TACT_ERR_HTTP_BAD_REQUEST' } });
    const gif = await file({ category: 'other', screenshots: [Buffer.from(GIF).toString('base64')] });
    expect(gif.statusCode).toBe(415);
    expect(gif.json()).toMatchObject({ error: { code: 'TACT_ERR_COMPLAINT_SCREENSHOT_TYPE', path: 'screenshots[0]' } });
    const png = await file({ category: 'other', screenshots: [Buffer.from(PNG).toString('base64')] });
    expect((png.json() as { complaint: View }).complaint.screenshots).toHaveLength(1);
    const settings = await t.app.inject({ method: 'PUT', url: '/v1/complaints/settings', headers: A(), payload: { actions: { wrong_number: ['flag_for_review'] } } });
    expect(settings.statusCode).toBe(400);
    expect(settings.json()).toMatchObject({ error: { code: 'TACT_ERR_COMPLAINT_ACTION_BELOW_STATUTORY', path: '$.actions.wrong_number' } });
  });

  it('runs the SLA clock across National Day: overdue only after the make-up Saturday', async () => {
    const list = async (): Promise<View[]> => ((await t.app.inject({ method: 'GET', url: '/v1/complaints?overdue=true', headers: A() })).json() as { items: View[] }).items;
    t.clock.set(Date.parse('2026-10-07T15:00:00Z')); // Oct 7 23:00 Shanghai: still the holiday
    expect(await list()).toEqual([]);
    t.clock.set(Date.parse('2026-10-10T15:59:59Z')); // Sat Oct 10 23:59:59, a workday
    expect(await list()).toEqual([]);
    t.clock.set(Date.parse('2026-10-10T16:00:00Z'));
    const late = await list();
    expect(late.length).toBeGreaterThanOrEqual(complaintCategories.length);
    expect(late.every((c) => c.overdue && c.breach === 'acknowledge')).toBe(true);
    const first = late[0]!;
    const ack = await t.app.inject({ method: 'POST', url: `/v1/complaints/${first.id}/acknowledge`, headers: A() });
    expect(ack.json()).toMatchObject({ status: 'acknowledged', overdue: false });
    expect((await list()).map((c) => c.id)).not.toContain(first.id);
    t.clock.set(Date.parse(first.resolveBy));
    expect((await list()).find((c) => c.id === first.id)?.breach).toBe('resolve');
  });

  it('resolves, refers to mediation with a pause, reports status and the outcome', async () => {
    const list = ((await t.app.inject({ method: 'GET', url: '/v1/complaints?status=received', headers: A() })).json() as { items: View[] }).items;
    const [one, two] = list.filter((c) => c.accountId !== undefined);
    const res = await t.app.inject({ method: 'POST', url: `/v1/complaints/${one!.id}/resolve`, headers: A(), payload: { findings: '核实后确认', actions: ['agent_coached'], answer: '已回复' } });
    expect(res.json()).toMatchObject({ status: 'resolved', resolution: { findings: '核实后确认', actions: ['agent_coached'], answer: '已回复' } });
    const again = await t.app.inject({ method: 'POST', url: `/v1/complaints/${one!.id}/resolve`, headers: A(), payload: { findings: 'x', actions: ['none'] } });
    expect(again.statusCode).toBe(409);
    const put = await t.app.inject({ method: 'PUT', url: '/v1/complaints/settings', headers: A(), payload: { mediationBodies: [{ id: 'sh-fin', name: '上海金融消费纠纷调解中心' }], pauseDuringMediation: true } });
    expect(put.statusCode).toBe(200);
    const ref = await t.app.inject({ method: 'POST', url: `/v1/complaints/${two!.id}/mediation`, headers: A(), payload: { bodyId: 'sh-fin' } });
    expect(ref.json()).toMatchObject({ status: 'referred_to_mediation', mediation: { collectionPaused: true } });
    expect((await t.handle.store.getAccount(t.tenantA, two!.accountId as never))?.status).toBe('paused');
    const status = await t.app.inject({ method: 'GET', url: `/v1/complaints/${two!.id}/mediation`, headers: A('auditor') });
    expect(status.json()).toMatchObject({ status: 'in_mediation', bodyName: '上海金融消费纠纷调解中心', collectionPaused: true });
    const out = await t.app.inject({ method: 'POST', url: `/v1/complaints/${two!.id}/mediation/outcome`, headers: A(), payload: { outcome: 'settled' } });
    expect(out.json()).toMatchObject({ status: 'mediated' });
    expect((await t.handle.store.getAccount(t.tenantA, two!.accountId as never))?.status).toBe('overdue');
    const counts = await t.app.inject({ method: 'GET', url: '/v1/complaints/counts', headers: A('auditor') });
    expect((counts.json() as { counts: { kind: string; ref: string; complaints: number }[] }).counts).toContainEqual({ kind: 'rule', ref: 'cn', complaints: complaintCategories.length });
  });

  it('shows the console queue with due dates and overdue marks', async () => {
    const page = await t.app.inject({ method: 'GET', url: '/console/complaints?overdue=true', headers: A() });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('overdue: resolve');
    expect(page.body).toContain('Asia/Shanghai');
    expect(page.body).toContain('<title>Complaints · Tact console</title>');
    expect((await t.app.inject({ method: 'GET', url: '/console/complaints', headers: A('agent') })).statusCode).toBe(403);
    const received = ((await t.app.inject({ method: 'GET', url: '/v1/complaints?status=received', headers: A() })).json() as { items: View[] }).items[0]!;
    expect(page.body).toContain(`/console/complaints/${received.id}/acknowledge`);
    const ack = await t.app.inject({ method: 'POST', url: `/console/complaints/${received.id}/acknowledge`, headers: A(), payload: {} });
    expect(ack.statusCode).toBe(303);
    expect((await t.app.inject({ method: 'GET', url: `/v1/complaints/${received.id}`, headers: A() })).json()).toMatchObject({ status: 'acknowledged' });
  });
});
