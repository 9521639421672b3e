// Resolves the people (one per number per tenant) an import batch needs: existing ones
// through the blind index, new ones inserted with their number sealed. A number on the
// tenant-wide suppression list is stored suppressed; import never clears suppressed_at.
//
// Two orders, same result: look up first, then insert the missing (a batch that updates
// accounts: its numbers mostly exist, and sealing one costs more than a lookup); or,
// when the batch brings only new accounts (`likelyNew`), insert every number first
// (`on conflict do nothing`) and look up only those that already existed: a fresh
// import then skips one probe of the random blind index per number.
import type { TenantId } from '../../../core/model/ids.js';
import type { PeopleTable } from './schema.js';
import { inList } from './value-list.js';
import { seal, type SqlContext } from './sql-context.js';

export interface PhoneKeys {
  readonly index: string;
  readonly hash: string;
}

export const resolvePeople = async (
  ctx: SqlContext,
  tenant: TenantId,
  phones: ReadonlyMap<string, PhoneKeys>,
  suppressedHashes: ReadonlySet<string>,
  now: number,
  likelyNew = false,
): Promise<Map<string, string>> => {
  const byIndex = new Map<string, string>();
  for (const [e164, keys] of phones) byIndex.set(keys.index, e164);
  const ids = new Map<string, string>();
  const lookup = async (indexes: readonly string[]): Promise<void> => {
    if (indexes.length > 0) {
      const rows = await ctx.db
        .selectFrom('people')
        .select(['person_id', 'phone_index', 'suppressed_at'])
        .where('tenant_id', '=', tenant)
        .where(inList(ctx, 'phone_index', indexes))
        .execute();
      for (const r of rows) {
        const e164 = byIndex.get(r.phone_index);
        if (e164 !== undefined) ids.set(e164, r.person_id);
      }
    }
  };
  if (!likelyNew) await lookup([...byIndex.keys()]);

  const missing: PeopleTable[] = [];
  const missingPhones: string[] = [];
  for (const [e164, keys] of phones) {
    if (ids.has(e164)) continue;
    missingPhones.push(e164);
    missing.push({
      tenant_id: tenant,
      person_id: ctx.newId(),
      phone_enc: seal(ctx, tenant, 'people.phone', e164),
      phone_index: keys.index,
      suppressed_at: suppressedHashes.has(keys.hash) ? now : null,
      created_at: now,
      updated_at: now,
    });
  }
  // Another writer may insert the same number meanwhile (PostgreSQL): keep theirs.
  const inserted = await ctx.rows.insertNew(ctx.db, 'people', missing, ['tenant_id', 'phone_index']);
  const unresolved: string[] = [];
  missing.forEach((m, i) => {
    if (inserted[i] === true) ids.set(missingPhones[i] as string, m.person_id);
    else unresolved.push(m.phone_index);
  });
  if (unresolved.length > 0) await lookup(unresolved);

  // A number suppressed after its person was created: mark the person now.
  const toSuppress = [...phones.values()].filter((k) => suppressedHashes.has(k.hash)).map((k) => k.index);
  if (toSuppress.length > 0) {
    await ctx.db
      .updateTable('people')
      .set({ suppressed_at: now, updated_at: now })
      .where('tenant_id', '=', tenant)
      .where(inList(ctx, 'phone_index', toSuppress))
      .where('suppressed_at', 'is', null)
      .execute();
  }
  return ids;
};
