// Rights requests, corrections and consent facts (rights-store.ts). A request row names
// the person by the suppression hash only; corrections change names per account link
// or the number, and the audit event names the fields changed, never the values.
import type {
  ConsentFacts,
  NewRightsRequest,
  PersonCorrection,
  RightsRequestKind,
  RightsRequestRecord,
} from '../../../app/ports/rights-store.js';
import { canonicalJson } from '../../../core/canonical-json.js';
import { personId as toPersonId, type PersonId, type TenantId } from '../../../core/model/ids.js';
import { err, ok, type Result } from '../../../core/result.js';
import { appendAuditIn, toAuditEvent } from './audit-queries.js';
import type { EvidenceTables, RightsRequestsTable } from './evidence-schema.js';
import { requireTenantSalt, seal, unseal, type SqlContext } from './sql-context.js';

const toRequest = (r: RightsRequestsTable): RightsRequestRecord => ({
  id: r.request_id,
  reference: r.reference,
  kind: r.kind as RightsRequestKind,
  ...(r.person_id === null ? {} : { personId: toPersonId(r.person_id) }),
  actor: r.actor,
  outcome: JSON.parse(r.outcome) as unknown,
  ...(r.retained_until === null ? {} : { retainedUntil: Number(r.retained_until) }),
  createdAt: Number(r.created_at),
});

export const recordRightsRequestIn = async (
  ctx: SqlContext, tenant: TenantId, req: NewRightsRequest, actor: string,
): Promise<RightsRequestRecord> => {
  const salt = await requireTenantSalt(ctx, tenant);
  const id = ctx.newId();
  // 10 hex digits of the id's hash: short enough to read out on the phone, unique per tenant (constraint).
  const row: RightsRequestsTable = {
    tenant_id: tenant, request_id: id, reference: `R-${ctx.cipher.sha256Hex(id).slice(0, 10).toUpperCase()}`,
    kind: req.kind, subject_hash: ctx.cipher.suppressionHash(salt, req.phoneE164), person_id: req.personId ?? null, actor,
    outcome: canonicalJson(req.outcome ?? null), retained_until: req.retainedUntil ?? null, created_at: ctx.now(),
  };
  await ctx.db.withTables<EvidenceTables>().insertInto('rights_requests').values(row).execute();
  await appendAuditIn(ctx, tenant, {
    actor, type: `rights.${req.kind}`, subject: `rights_request:${row.reference}`,
    data: { personId: req.personId ?? null, outcome: req.outcome ?? null, retainedUntil: req.retainedUntil ?? null },
  });
  return toRequest(row);
};

export const listRightsRequestRows = async (ctx: SqlContext, tenant: TenantId, e164: string): Promise<RightsRequestRecord[]> => {
  const salt = await requireTenantSalt(ctx, tenant);
  const rows = await ctx.db.withTables<EvidenceTables>().selectFrom('rights_requests').selectAll()
    .where('tenant_id', '=', tenant).where('subject_hash', '=', ctx.cipher.suppressionHash(salt, e164))
    .orderBy('created_at').orderBy('request_id').execute();
  return rows.map(toRequest);
};

export const correctPersonIn = async (
  ctx: SqlContext, tenant: TenantId, person: PersonId, c: PersonCorrection, actor: string,
): Promise<Result<{ readonly fields: readonly string[] }, 'not_found' | 'phone_taken'>> => {
  const row = await ctx.db.selectFrom('people').select('person_id').where('tenant_id', '=', tenant)
    .where('person_id', '=', person).executeTakeFirst();
  if (row === undefined) return err('not_found');
  const now = ctx.now();
  const fields: string[] = [];
  if (c.name !== undefined) {
    let q = ctx.db.updateTable('account_people').set({ name_enc: seal(ctx, tenant, 'account_people.name', c.name), updated_at: now })
      .where('tenant_id', '=', tenant).where('person_id', '=', person);
    if (c.accountId !== undefined) q = q.where('account_id', '=', c.accountId);
    const res = await q.executeTakeFirst();
    if (Number(res.numUpdatedRows) === 0) return err('not_found');
    fields.push('name');
  }
  if (c.phoneE164 !== undefined) {
    const index = ctx.cipher.blindIndex(tenant, c.phoneE164);
    const other = await ctx.db.selectFrom('people').select('person_id').where('tenant_id', '=', tenant)
      .where('phone_index', '=', index).executeTakeFirst();
    if (other !== undefined && other.person_id !== person) return err('phone_taken');
    await ctx.db.updateTable('people').set({ phone_enc: seal(ctx, tenant, 'people.phone', c.phoneE164), phone_index: index, updated_at: now })
      .where('tenant_id', '=', tenant).where('person_id', '=', person).execute();
    // Messages waiting to go were addressed to the wrong number: the planner plans again.
    await ctx.db.updateTable('messages').set({ state: 'cancelled', state_at: now, updated_at: now })
      .where('tenant_id', '=', tenant).where('person_id', '=', person).where('state', 'in', ['planned', 'queued', 'blocked']).execute();
    // Links forget their import hash, so the next import does not undo the correction silently.
    const accounts = await ctx.db.selectFrom('account_people').select('account_id').where('tenant_id', '=', tenant)
      .where('person_id', '=', person).execute();
    if (accounts.length > 0) {
      await ctx.db.updateTable('accounts').set({ import_hash: null, updated_at: now }).where('tenant_id', '=', tenant)
        .where('account_id', 'in', accounts.map((a) => a.account_id)).execute();
    }
    fields.push('phone');
  }
  await appendAuditIn(ctx, tenant, {
    actor, type: 'person.corrected', subject: `person:${person}`, data: { fields, accountId: c.accountId ?? null },
  });
  return ok({ fields });
};

export const consentFactsRow = async (ctx: SqlContext, tenant: TenantId, person: PersonId): Promise<ConsentFacts | undefined> => {
  const p = await ctx.db.selectFrom('people').select(['person_id', 'phone_enc']).where('tenant_id', '=', tenant)
    .where('person_id', '=', person).executeTakeFirst();
  if (p === undefined) return undefined;
  const salt = await requireTenantSalt(ctx, tenant);
  const hash = ctx.cipher.suppressionHash(salt, unseal(ctx, tenant, 'people.phone', p.phone_enc));
  const links = await ctx.db.selectFrom('account_people').select(['account_id', 'role', 'created_at', 'confirmation', 'confirmation_at'])
    .where('tenant_id', '=', tenant).where('person_id', '=', person).orderBy('account_id').execute();
  const suppressions = await ctx.db.selectFrom('suppressions').select(['scope', 'reason', 'created_at'])
    .where('tenant_id', '=', tenant).where('hash', '=', hash).orderBy('created_at').execute();
  // Audit data never holds personal data, only ids: the person's id names their events.
  const audit = await ctx.db.selectFrom('audit_events').selectAll().where('tenant_id', '=', tenant)
    .where((eb) => eb.or([eb('subject', '=', `person:${person}`), eb('data', 'like', `%"${person}"%`)]))
    .orderBy('seq').execute();
  return {
    links: links.map((l) => ({
      accountId: l.account_id, role: l.role, listedAt: Number(l.created_at), confirmation: l.confirmation,
      ...(l.confirmation_at === null ? {} : { confirmationAt: Number(l.confirmation_at) }),
    })),
    suppressions: suppressions.map((s) => ({ scope: s.scope, reason: s.reason, createdAt: Number(s.created_at) })),
    audit: audit.map(toAuditEvent),
  };
};
