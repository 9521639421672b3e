// Audit chain appends and reads. An append locks the tenant's head row (FOR UPDATE on
// PostgreSQL; SQLite's BEGIN IMMEDIATE already holds the only write lock), so appends
// from any number of connections are serialised per tenant and the chain never forks.
// Must run inside a write transaction: the event commits with the change it records.
import type { NewAuditEvent } from '../../../app/ports/store-records.js';
import { auditHashInputOf, type AuditEvent } from '../../../core/audit/audit-chain.js';
import { canonicalJson } from '../../../core/canonical-json.js';
import { TactError } from '../../../core/errors.js';
import type { TenantId } from '../../../core/model/ids.js';
import { sqlTextOnce } from './compiled-sql.js';
import type { AuditEventsTable } from './schema.js';
import type { SqlContext } from './sql-context.js';

// The append's three statements, compiled once per dialect (compiled-sql.ts) and run
// through the dialect's row inserter (SQLite: prepared statements; the dispatcher
// appends once per claim and per recorded batch).
const headQuery = (ctx: SqlContext) => {
  let q = ctx.db.selectFrom('audit_heads').select(['seq', 'hash']).where('tenant_id', '=', '');
  if (ctx.caps.supportsForUpdate) q = q.forUpdate();
  return q.compile();
};
/** Parameters: tenant_id, seq, at, actor, type, subject, data, prev_hash, hash. */
const insertQuery = (ctx: SqlContext) => ctx.db.insertInto('audit_events')
  .values({ tenant_id: '', seq: 0, at: 0, actor: '', type: '', subject: '', data: '', prev_hash: '', hash: '' }).compile();
/** Parameters: seq, hash, tenant_id. */
const headUpdateQuery = (ctx: SqlContext) => ctx.db.updateTable('audit_heads').set({ seq: 0, hash: '' }).where('tenant_id', '=', '').compile();

export const appendAuditIn = async (ctx: SqlContext, tenant: TenantId, event: NewAuditEvent): Promise<AuditEvent> => {
  const head = (await ctx.rows.arrays(ctx.db, sqlTextOnce(ctx, 'audit-head', 1, () => headQuery(ctx)), [tenant]))[0];
  if (head === undefined) throw new TactError('TACT_ERR_STORE_UNKNOWN_TENANT');
  // The stored text is canonical: it parses back to a value whose canonical JSON is the
  // same text, so the hash over it is what verification recomputes from the stored row.
  const json = canonicalJson(event.data ?? null);
  const body = {
    tenantId: tenant,
    seq: Number(head[0]) + 1,
    at: ctx.now(),
    actor: event.actor,
    type: event.type,
    subject: event.subject,
    prevHash: head[1] as string,
  };
  const hash = ctx.cipher.sha256Hex(auditHashInputOf(body, json));
  await ctx.rows.each(ctx.db, sqlTextOnce(ctx, 'audit-insert', 9, () => insertQuery(ctx)), [
    [tenant, body.seq, body.at, body.actor, body.type, body.subject, json, body.prevHash, hash],
  ]);
  await ctx.rows.each(ctx.db, sqlTextOnce(ctx, 'audit-head-update', 3, () => headUpdateQuery(ctx)), [[body.seq, hash, tenant]]);
  return { ...body, data: JSON.parse(json) as unknown, hash };
};

export const toAuditEvent = (r: AuditEventsTable): AuditEvent => ({
  tenantId: r.tenant_id,
  seq: Number(r.seq),
  at: Number(r.at),
  actor: r.actor,
  type: r.type,
  subject: r.subject,
  data: JSON.parse(r.data) as unknown,
  prevHash: r.prev_hash,
  hash: r.hash,
});

/** Pages of 1,000 by seq: no long read transaction, no held connection between pages. */
export async function* iterateAuditRows(ctx: SqlContext, tenant: TenantId, fromSeq = 1): AsyncGenerator<AuditEvent> {
  let next = fromSeq;
  for (;;) {
    const rows = await ctx.db
      .selectFrom('audit_events')
      .selectAll()
      .where('tenant_id', '=', tenant)
      .where('seq', '>=', next)
      .orderBy('seq')
      .limit(1000)
      .execute();
    for (const r of rows) yield toAuditEvent(r);
    const last = rows.at(-1);
    if (last === undefined || rows.length < 1000) return;
    next = Number(last.seq) + 1;
  }
}
