// Audit chain appends and reads. An append locks the tenant's head row (FOR UPDATE on
// PostgreSQL; SQLite's BEGIN IMMEDIATE already holds the only write lock), so appends
// from any number of connections are serialised per tenant and the chain never forks.
// Must run inside a write transaction: the event commits with the change it records.
import type { NewAuditEvent } from '../../../app/ports/store-records.js';
import { hashAuditEvent, type AuditEvent } from '../../../core/audit/audit-chain.js';
import { canonicalJson } from '../../../core/canonical-json.js';
import { TactError } from '../../../core/errors.js';
import type { TenantId } from '../../../core/model/ids.js';
import type { AuditEventsTable } from './schema.js';
import type { SqlContext } from './sql-context.js';

export const appendAuditIn = async (ctx: SqlContext, tenant: TenantId, event: NewAuditEvent): Promise<AuditEvent> => {
  let q = ctx.db.selectFrom('audit_heads').select(['seq', 'hash']).where('tenant_id', '=', tenant);
  if (ctx.caps.supportsForUpdate) q = q.forUpdate();
  const head = await q.executeTakeFirst();
  if (head === undefined) throw new TactError('TACT_ERR_STORE_UNKNOWN_TENANT');
  // Parse back what will be stored, so the hash covers exactly the stored JSON.
  const json = canonicalJson(event.data ?? null);
  const data: unknown = JSON.parse(json);
  const stored = hashAuditEvent(
    {
      tenantId: tenant,
      seq: Number(head.seq) + 1,
      at: ctx.now(),
      actor: event.actor,
      type: event.type,
      subject: event.subject,
      data,
      prevHash: head.hash,
    },
    ctx.cipher.sha256Hex,
  );
  await ctx.db
    .insertInto('audit_events')
    .values({
      tenant_id: tenant,
      seq: stored.seq,
      at: stored.at,
      actor: stored.actor,
      type: stored.type,
      subject: stored.subject,
      data: json, // canonicalJson(data): canonical text parses back to the same value
      prev_hash: stored.prevHash,
      hash: stored.hash,
    })
    .execute();
  await ctx.db
    .updateTable('audit_heads')
    .set({ seq: stored.seq, hash: stored.hash })
    .where('tenant_id', '=', tenant)
    .execute();
  return stored;
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
