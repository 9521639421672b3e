// Store.upsertImportBatch: one transaction per batch, a handful of set-based queries
// per batch (never one per row for unchanged rows). An unchanged record is detected by
// its keyed import hash without decrypting anything; a changed one is diffed field by
// field for its audit event. Contact confirmations survive re-import.
import type { ImportBatchResult } from '../../../app/ports/store-records.js';
import type { TenantId } from '../../../core/model/ids.js';
import type { ImportRecord, PersonRole } from '../../../core/model/import-record.js';
import { appendAuditIn } from './audit-queries.js';
import { diffImport, type OldLink } from './import-diff.js';
import { resolvePeople, type PhoneKeys } from './import-people.js';
import { importHash, importedAccountColumns, linkRow, newAccountRow, partiesOf, type LinkCarry } from './import-rows.js';
import type { AccountPeopleTable, AccountsTable } from './schema.js';
import { inList } from './value-list.js';
import { requireTenantSalt, unseal, unsealOptional, type SqlContext } from './sql-context.js';

interface Pending {
  readonly record: ImportRecord;
  readonly hash: string;
  readonly existing: AccountsTable | undefined;
}

const loadSuppressions = async (ctx: SqlContext, tenant: TenantId, hashes: readonly string[]) => {
  const tenantWide = new Set<string>();
  const scoped = new Map<string, Set<string>>();
  if (hashes.length > 0) {
    const rows = await ctx.db
      .selectFrom('suppressions')
      .select(['hash', 'scope'])
      .where('tenant_id', '=', tenant)
      .where(inList(ctx, 'hash', hashes))
      .execute();
    for (const r of rows) {
      if (r.scope === '') tenantWide.add(r.hash);
      else scoped.set(r.hash, (scoped.get(r.hash) ?? new Set()).add(r.scope));
    }
  }
  return { tenantWide, scoped };
};

const loadOldLinks = async (ctx: SqlContext, tenant: TenantId, accounts: readonly string[]) => {
  const out = new Map<string, AccountPeopleTable[]>();
  if (accounts.length > 0) {
    const rows = await ctx.db
      .selectFrom('account_people')
      .selectAll()
      .where('tenant_id', '=', tenant)
      .where(inList(ctx, 'account_id', accounts))
      .execute();
    for (const r of rows) out.set(r.account_id, [...(out.get(r.account_id) ?? []), r]);
  }
  return out;
};

export const upsertImportBatchIn = async (
  ctx: SqlContext,
  tenant: TenantId,
  records: readonly ImportRecord[],
  actor: string,
): Promise<ImportBatchResult> => {
  const salt = await requireTenantSalt(ctx, tenant);
  const now = ctx.now();
  if (new Set(records.map((r) => r.externalId)).size !== records.length) {
    throw new Error('upsertImportBatch: duplicate externalId in one batch (the parser must reject it)');
  }
  const phones = new Map<string, PhoneKeys>();
  for (const r of records) {
    for (const p of partiesOf(r)) {
      const e164 = p.person.phoneE164;
      if (!phones.has(e164)) {
        phones.set(e164, { index: ctx.cipher.blindIndex(tenant, e164), hash: ctx.cipher.suppressionHash(salt, e164) });
      }
    }
  }
  const existing = new Map<string, AccountsTable>();
  const externalIds = records.map((r) => r.externalId);
  if (externalIds.length > 0) {
    const rows = await ctx.db
      .selectFrom('accounts')
      .selectAll()
      .where('tenant_id', '=', tenant)
      .where(inList(ctx, 'external_id', externalIds))
      .execute();
    for (const row of rows) existing.set(row.external_id, row);
  }
  const { tenantWide, scoped } = await loadSuppressions(ctx, tenant, [...new Set([...phones.values()].map((k) => k.hash))]);
  const isSuppressedFor = (e164: string, account: string | undefined): boolean => {
    const h = phones.get(e164)?.hash ?? '';
    return tenantWide.has(h) || (account !== undefined && (scoped.get(h)?.has(account) ?? false));
  };

  const suppressed: { line: number; role: PersonRole }[] = [];
  const pending: Pending[] = [];
  let unchanged = 0;
  for (const record of records) {
    const ex = existing.get(record.externalId);
    for (const p of partiesOf(record)) {
      if (isSuppressedFor(p.person.phoneE164, ex?.account_id)) suppressed.push({ line: record.line, role: p.role });
    }
    const hash = importHash(ctx, tenant, record);
    if (ex !== undefined && ex.import_hash === hash) unchanged += 1;
    else pending.push({ record, hash, existing: ex });
  }
  if (pending.length === 0) return { created: 0, updated: 0, unchanged, suppressed };

  const needed = new Map<string, PhoneKeys>();
  for (const { record } of pending) {
    for (const p of partiesOf(record)) needed.set(p.person.phoneE164, phones.get(p.person.phoneE164) as PhoneKeys);
  }
  // No account of this batch exists yet (a first import): its numbers are most likely new too.
  const personIds = await resolvePeople(ctx, tenant, needed, tenantWide, now, existing.size === 0);
  const personIdOf = (e164: string): string => personIds.get(e164) ?? '';

  const createdAccounts: AccountsTable[] = [];
  const links: AccountPeopleTable[] = [];
  const changed: Pending[] = [];
  for (const item of pending) {
    if (item.existing !== undefined) {
      changed.push(item);
      continue;
    }
    const id = ctx.newId();
    createdAccounts.push(newAccountRow(tenant, id, item.record, item.hash, now));
    for (const p of partiesOf(item.record)) {
      links.push(linkRow(ctx, tenant, id, p, personIdOf(p.person.phoneE164), undefined, null, now));
    }
  }
  await ctx.rows.insert(ctx.db, 'accounts', createdAccounts);

  let updated = 0;
  const oldLinks = await loadOldLinks(
    ctx,
    tenant,
    changed.map((c) => (c.existing as AccountsTable).account_id),
  );
  for (const { record, hash, existing: old } of changed) {
    if (old === undefined) continue;
    const before = oldLinks.get(old.account_id) ?? [];
    const compared: OldLink[] = before.map((l) => ({
      position: Number(l.position),
      role: l.role,
      personId: l.person_id,
      name: unseal(ctx, tenant, 'account_people.name', l.name_enc),
      email: unsealOptional(ctx, tenant, 'account_people.email', l.email_enc),
      externalId: l.person_external_id,
      relationship: l.relationship,
      timeZones: l.time_zones,
      locale: l.locale,
    }));
    const changes = diffImport(old, compared, record, personIdOf);
    await ctx.db
      .updateTable('accounts')
      .set(importedAccountColumns(record, hash, now))
      .where('tenant_id', '=', tenant)
      .where('account_id', '=', old.account_id)
      .execute();
    if (changes.length === 0) {
      unchanged += 1; // e.g. the stored hash was cleared by an erasure and nothing else moved
      continue;
    }
    const carry = new Map<string, LinkCarry>(
      before.map((l) => [l.person_id, { confirmation: l.confirmation, confirmation_at: l.confirmation_at, created_at: Number(l.created_at) }]),
    );
    const stillSuppressed = new Map(before.map((l) => [l.person_id, l.suppressed_at]));
    await ctx.db.deleteFrom('account_people').where('tenant_id', '=', tenant).where('account_id', '=', old.account_id).execute();
    for (const p of partiesOf(record)) {
      const pid = personIdOf(p.person.phoneE164);
      const scopedAt = isSuppressedFor(p.person.phoneE164, old.account_id) ? now : null;
      links.push(linkRow(ctx, tenant, old.account_id, p, pid, carry.get(pid), stillSuppressed.get(pid) ?? scopedAt, now));
    }
    await appendAuditIn(ctx, tenant, { actor, type: 'account.updated', subject: `account:${old.account_id}`, data: { changes } });
    updated += 1;
  }
  await ctx.rows.insert(ctx.db, 'account_people', links);
  if (createdAccounts.length > 0) {
    await appendAuditIn(ctx, tenant, {
      actor,
      type: 'import.accounts_created',
      subject: `tenant:${tenant}`,
      data: { count: createdAccounts.length, accountIds: createdAccounts.map((a) => a.account_id) },
    });
  }
  return { created: createdAccounts.length, updated, unchanged, suppressed };
};
