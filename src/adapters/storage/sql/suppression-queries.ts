// Suppressions hold only the salted hash of the number: the list itself reveals no
// number, and a re-imported number is recognised by hashing it again.
import type { NewSuppression } from '../../../app/ports/store-records.js';
import type { AccountId, TenantId } from '../../../core/model/ids.js';
import { appendAuditIn } from './audit-queries.js';
import { requireTenantSalt, tenantSalt, type SqlContext } from './sql-context.js';

/** Inserts the hash (idempotent) and marks the person or the account link suppressed. */
export const addSuppressionHashIn = async (
  ctx: SqlContext,
  tenant: TenantId,
  hash: string,
  reason: string,
  account: AccountId | undefined,
): Promise<boolean> => {
  const scope = account ?? '';
  const res = await ctx.db
    .insertInto('suppressions')
    .values({ tenant_id: tenant, hash, scope, reason, created_at: ctx.now() })
    .onConflict((oc) => oc.columns(['tenant_id', 'hash', 'scope']).doNothing())
    .executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0n) > 0;
};

export const addSuppressionIn = async (ctx: SqlContext, tenant: TenantId, s: NewSuppression, actor: string): Promise<void> => {
  const salt = await requireTenantSalt(ctx, tenant);
  const hash = ctx.cipher.suppressionHash(salt, s.phoneE164);
  const added = await addSuppressionHashIn(ctx, tenant, hash, s.reason, s.accountId);
  const now = ctx.now();
  const person = await ctx.db
    .selectFrom('people')
    .select('person_id')
    .where('tenant_id', '=', tenant)
    .where('phone_index', '=', ctx.cipher.blindIndex(tenant, s.phoneE164))
    .executeTakeFirst();
  if (person !== undefined && s.accountId === undefined) {
    await ctx.db
      .updateTable('people')
      .set({ suppressed_at: now, updated_at: now })
      .where('tenant_id', '=', tenant)
      .where('person_id', '=', person.person_id)
      .where('suppressed_at', 'is', null)
      .execute();
  }
  if (person !== undefined && s.accountId !== undefined) {
    await ctx.db
      .updateTable('account_people')
      .set({ suppressed_at: now, updated_at: now })
      .where('tenant_id', '=', tenant)
      .where('account_id', '=', s.accountId)
      .where('person_id', '=', person.person_id)
      .where('suppressed_at', 'is', null)
      .execute();
  }
  if (added) {
    await appendAuditIn(ctx, tenant, {
      actor,
      type: 'suppression.added',
      subject: person === undefined ? `suppression:${hash}` : `person:${person.person_id}`,
      data: { reason: s.reason, scope: s.accountId ?? 'tenant' },
    });
  }
};

export const isSuppressedRow = async (
  ctx: SqlContext,
  tenant: TenantId,
  e164: string,
  account: AccountId | undefined,
): Promise<boolean> => {
  const salt = await tenantSalt(ctx, tenant);
  if (salt === undefined) return false;
  const scopes = account === undefined ? [''] : ['', account];
  const row = await ctx.db
    .selectFrom('suppressions')
    .select('hash')
    .where('tenant_id', '=', tenant)
    .where('hash', '=', ctx.cipher.suppressionHash(salt, e164))
    .where('scope', 'in', scopes)
    .executeTakeFirst();
  return row !== undefined;
};
