// The retention job's queries (retention-store.ts). Each step counts (dry run) or
// removes (apply) personal data older than the cutoff, in one transaction with an
// audit event that carries the counts only. Ledger rows of people still known are
// kept (texts and addresses cleared): they are the record of what was sent.
import type { RetentionCounts, RetentionStep } from '../../../app/ports/retention-store.js';
import { personId, type TenantId } from '../../../core/model/ids.js';
import { appendAuditIn } from './audit-queries.js';
import type { AttemptTables, EvidenceTables } from './evidence-schema.js';
import { erasePersonIn } from './erase-person.js';
import type { InboundTables } from './inbound-schema.js';
import { chunksFor, type SqlContext } from './sql-context.js';

const pending = ['planned', 'queued', 'sending', 'blocked', 'unknown'];
/** A person linked to an account in one of these states is still needed. */
const openStatuses = ['current', 'overdue', 'paused'];

export const getRetentionDaysRow = async (ctx: SqlContext, tenant: TenantId): Promise<number | undefined> => {
  const r = await ctx.db.withTables<EvidenceTables>().selectFrom('tenant_retention').select('retention_days')
    .where('tenant_id', '=', tenant).executeTakeFirst();
  return r === undefined ? undefined : Number(r.retention_days);
};

export const setRetentionDaysIn = async (ctx: SqlContext, tenant: TenantId, days: number, actor: string): Promise<void> => {
  const db = ctx.db.withTables<EvidenceTables>();
  const now = ctx.now();
  const before = await getRetentionDaysRow(ctx, tenant);
  await db.insertInto('tenant_retention').values({ tenant_id: tenant, retention_days: days, updated_at: now })
    .onConflict((oc) => oc.column('tenant_id').doUpdateSet({ retention_days: days, updated_at: now })).execute();
  await appendAuditIn(ctx, tenant, { actor, type: 'tenant.retention_set', subject: `tenant:${tenant}`, data: { from: before ?? null, to: days } });
};

const count = async (q: { executeTakeFirst(): Promise<{ n: number | string | bigint } | undefined> }): Promise<number> =>
  Number((await q.executeTakeFirst())?.n ?? 0);

const inactivePeople = async (ctx: SqlContext, tenant: TenantId, cutoff: number): Promise<string[]> => {
  const rows = await ctx.db.selectFrom('people').select('people.person_id')
    .where('people.tenant_id', '=', tenant).where('people.updated_at', '<', cutoff)
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('account_people').innerJoin('accounts', (j) =>
      j.onRef('accounts.tenant_id', '=', 'account_people.tenant_id').onRef('accounts.account_id', '=', 'account_people.account_id'))
      .select('account_people.person_id')
      .whereRef('account_people.tenant_id', '=', 'people.tenant_id').whereRef('account_people.person_id', '=', 'people.person_id')
      .where((eb) => eb.or([eb('accounts.status', 'in', openStatuses), eb('account_people.updated_at', '>=', cutoff), eb('accounts.updated_at', '>=', cutoff)])))))
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('contact_events').select('contact_events.event_id')
      .whereRef('contact_events.tenant_id', '=', 'people.tenant_id').whereRef('contact_events.person_id', '=', 'people.person_id')
      .where('contact_events.at', '>=', cutoff))))
    .orderBy('people.person_id').execute();
  return rows.map((r) => r.person_id);
};

export const runRetentionStepIn = async (
  ctx: SqlContext, tenant: TenantId, step: RetentionStep, cutoff: number, apply: boolean, actor: string,
): Promise<RetentionCounts> => {
  const db = ctx.db;
  const out: Record<string, number> = {};
  if (step === 'message_texts') {
    const where = db.selectFrom('messages').where('tenant_id', '=', tenant).where('created_at', '<', cutoff)
      .where('state', 'not in', pending).where((eb) => eb.or([eb('body_enc', 'is not', null), eb('to_enc', 'is not', null)]));
    out['messages.text_cleared'] = await count(where.select((eb) => eb.fn.countAll<number>().as('n')));
    if (apply && out['messages.text_cleared'] > 0) {
      await db.updateTable('messages').set({ body_enc: null, to_enc: null }).where('tenant_id', '=', tenant).where('created_at', '<', cutoff)
        .where('state', 'not in', pending).execute();
    }
  } else if (step === 'ledger_texts') {
    const where = db.selectFrom('contact_events').where('tenant_id', '=', tenant).where('at', '<', cutoff)
      .where((eb) => eb.or([eb('body_enc', 'is not', null), eb('to_enc', 'is not', null)]));
    out['contact_events.text_cleared'] = await count(where.select((eb) => eb.fn.countAll<number>().as('n')));
    if (apply && out['contact_events.text_cleared'] > 0) {
      await db.updateTable('contact_events').set({ body_enc: null, to_enc: null }).where('tenant_id', '=', tenant).where('at', '<', cutoff).execute();
    }
  } else if (step === 'complaint_details') {
    const where = db.selectFrom('complaints').where('tenant_id', '=', tenant).where('resolved_at', '<', cutoff).where('details_enc', 'is not', null);
    out['complaints.details_cleared'] = await count(where.select((eb) => eb.fn.countAll<number>().as('n')));
    if (apply && out['complaints.details_cleared'] > 0) {
      await db.updateTable('complaints').set({ details_enc: null }).where('tenant_id', '=', tenant).where('resolved_at', '<', cutoff).execute();
    }
  } else if (step === 'erased_rows') {
    // Rows kept under an erased person's hash: kept as long as the law needs, then deleted.
    const events = db.selectFrom('contact_events').where('tenant_id', '=', tenant).where('person_id', 'is', null).where('at', '<', cutoff);
    const messages = db.selectFrom('messages').where('tenant_id', '=', tenant).where('person_id', 'is', null).where('created_at', '<', cutoff);
    out['contact_events.deleted'] = await count(events.select((eb) => eb.fn.countAll<number>().as('n')));
    out['messages.deleted'] = await count(messages.select((eb) => eb.fn.countAll<number>().as('n')));
    if (apply) {
      const ids = (await messages.select('message_id').execute()).map((m) => m.message_id);
      for (const chunk of chunksFor(ctx, ids, 1)) {
        await db.withTables<AttemptTables>().deleteFrom('dispatch_attempts').where('tenant_id', '=', tenant).where('message_id', 'in', chunk).execute();
        await db.withTables<InboundTables>().deleteFrom('delivery_receipts').where('tenant_id', '=', tenant).where('message_id', 'in', chunk).execute();
        await db.deleteFrom('messages').where('tenant_id', '=', tenant).where('message_id', 'in', chunk).execute();
      }
      const evs = (await events.select('event_id').execute()).map((e) => e.event_id);
      for (const chunk of chunksFor(ctx, evs, 1)) {
        await db.withTables<InboundTables>().deleteFrom('inbound_reviews').where('tenant_id', '=', tenant).where('event_id', 'in', chunk).execute();
        await db.deleteFrom('contact_events').where('tenant_id', '=', tenant).where('event_id', 'in', chunk).execute();
      }
    }
  } else {
    const people = await inactivePeople(ctx, tenant, cutoff);
    out['people.erased'] = people.length;
    if (apply) for (const p of people) await erasePersonIn(ctx, tenant, personId(p), actor, 'retention');
  }
  if (apply && Object.values(out).some((v) => v > 0)) {
    await appendAuditIn(ctx, tenant, { actor, type: 'retention.applied', subject: `tenant:${tenant}`, data: { step, cutoff, counts: out } });
  }
  return out;
};
