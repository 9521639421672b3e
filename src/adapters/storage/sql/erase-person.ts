// Store.erasePerson (right to erasure). In one transaction:
// - ledger rows (contact_events), messages and complaints are kept, with person_id
//   replaced by the suppression hash and addresses and texts removed;
// - pending messages to the person are cancelled;
// - the account links (names, e-mail addresses) and the person (number) are deleted;
// - the hash joins the tenant-wide suppression list, so re-importing the number can
//   never make it contactable again; accounts that listed the person forget their
//   import hash, so a re-import stores the person again, suppressed, and says so;
// - an audit event records the erasure (ids and counts only).
import type { ErasureReport } from '../../../app/ports/store-records.js';
import { err, ok, type Result } from '../../../core/result.js';
import type { PersonId, TenantId } from '../../../core/model/ids.js';
import { appendAuditIn } from './audit-queries.js';
import { eraseComplaintDataIn } from './complaint-queries.js';
import { addSuppressionHashIn } from './suppression-queries.js';
import { chunksFor, tenantSalt, unseal, type SqlContext } from './sql-context.js';

const pendingStates = ['planned', 'queued', 'blocked'];

export const erasePersonIn = async (
  ctx: SqlContext,
  tenant: TenantId,
  person: PersonId,
  actor: string,
  // Retention removes a person who went quiet; it does not forbid contacting the number again.
  reason: 'erased' | 'retention' = 'erased',
): Promise<Result<ErasureReport, 'not_found'>> => {
  const salt = await tenantSalt(ctx, tenant);
  if (salt === undefined) return err('not_found');
  const row = await ctx.db
    .selectFrom('people')
    .select(['person_id', 'phone_enc'])
    .where('tenant_id', '=', tenant)
    .where('person_id', '=', person)
    .executeTakeFirst();
  if (row === undefined) return err('not_found');
  const hash = ctx.cipher.suppressionHash(salt, unseal(ctx, tenant, 'people.phone', row.phone_enc));
  const now = ctx.now();

  await ctx.db
    .updateTable('messages')
    .set({ state: 'cancelled', state_at: now })
    .where('tenant_id', '=', tenant)
    .where('person_id', '=', person)
    .where('state', 'in', pendingStates)
    .execute();
  const messages = await ctx.db
    .updateTable('messages')
    .set({ person_id: null, person_hash: hash, to_enc: null, body_enc: null, updated_at: now })
    .where('tenant_id', '=', tenant)
    .where('person_id', '=', person)
    .executeTakeFirst();
  const events = await ctx.db
    .updateTable('contact_events')
    .set({ person_id: null, person_hash: hash, to_enc: null, body_enc: null })
    .where('tenant_id', '=', tenant)
    .where('person_id', '=', person)
    .executeTakeFirst();
  await eraseComplaintDataIn(ctx, tenant, person);
  await ctx.db
    .updateTable('complaints')
    .set({ person_id: null, person_hash: hash, details_enc: null, updated_at: now })
    .where('tenant_id', '=', tenant)
    .where('person_id', '=', person)
    .execute();

  const accounts = await ctx.db
    .selectFrom('account_people')
    .select('account_id')
    .distinct()
    .where('tenant_id', '=', tenant)
    .where('person_id', '=', person)
    .execute();
  const links = await ctx.db
    .deleteFrom('account_people')
    .where('tenant_id', '=', tenant)
    .where('person_id', '=', person)
    .executeTakeFirst();
  for (const chunk of chunksFor(
    ctx,
    accounts.map((a) => a.account_id),
    2,
  )) {
    await ctx.db
      .updateTable('accounts')
      .set({ import_hash: null, updated_at: now })
      .where('tenant_id', '=', tenant)
      .where('account_id', 'in', chunk)
      .execute();
  }
  await ctx.db.deleteFrom('people').where('tenant_id', '=', tenant).where('person_id', '=', person).execute();
  if (reason === 'erased') await addSuppressionHashIn(ctx, tenant, hash, 'erased', undefined);

  const report: ErasureReport = {
    personId: person,
    personHash: hash,
    contactEventsKept: Number(events.numUpdatedRows),
    messagesKept: Number(messages.numUpdatedRows),
    linksDeleted: Number(links.numDeletedRows),
  };
  await appendAuditIn(ctx, tenant, {
    actor,
    type: reason === 'erased' ? 'person.erased' : 'person.retention_expired',
    subject: `person:${person}`,
    data: {
      contactEventsKept: report.contactEventsKept,
      messagesKept: report.messagesKept,
      linksDeleted: report.linksDeleted,
      accountIds: accounts.map((a) => a.account_id),
    },
  });
  return ok(report);
};
