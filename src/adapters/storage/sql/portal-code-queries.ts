// Cross-tenant reads of the portal: a verification code (messages_verification_code_ix,
// one indexed query) and the tenants where a number is a borrower (one query over every
// tenant's blind index of the number).
import type { CodeMatch } from '../../../app/ports/portal-store.js';
import type { MessageState } from '../../../app/ports/store-records.js';
import { accountId, messageId, personId, tenantId, type TenantId } from '../../../core/model/ids.js';
import { forgetMaskedNumbers } from '../../../core/portal/mask-phone.js';
import type { CodeRow } from './code-lookup.js';
import { unsealOptional, type SqlContext } from './sql-context.js';

// Opening a sealed number costs more than the lookup itself (a cipher context per call),
// and a verification burst asks about the same few messages again and again. A sealed
// value always opens to the same number (AES-GCM, fixed key, tenant-bound associated
// data), so the last OPENED_KEPT opened numbers are kept per cipher, keyed by tenant and
// sealed text. Never shown stale: the sealed text is read from the database on every
// lookup, and an erased number leaves none to look up. Not kept long either: the whole
// set is dropped by forgetOpenedNumbers when this process erases a person, purges
// numbers by retention or adds a suppression (an opt-out), and in any case once it is
// OPENED_TTL_MS old — the bound for an erasure made by another process, whose numbers
// this process can no longer show but may hold in memory until then. maskPhone's memo
// (keyed by the number in clear) is dropped at the same moments.
const OPENED_KEPT = 1000;
const OPENED_TTL_MS = 5 * 60_000;
interface Opened {
  readonly since: number;
  readonly numbers: Map<string, string>;
}
const openedByCipher = new WeakMap<object, Opened>();

/** Drops every number opened by the code lookup with `cipher` (erasure, retention, opt-out). */
export const forgetOpenedNumbers = (cipher: object): void => {
  openedByCipher.delete(cipher);
  forgetMaskedNumbers();
};

const openTo = (ctx: SqlContext, tenant: TenantId, sealed: string | null): string | undefined => {
  if (sealed === null) return undefined;
  const now = ctx.now();
  let opened = openedByCipher.get(ctx.cipher);
  if (opened === undefined || now - opened.since >= OPENED_TTL_MS) {
    if (opened !== undefined) forgetMaskedNumbers();
    opened = { since: now, numbers: new Map() };
    openedByCipher.set(ctx.cipher, opened);
  }
  const key = `${tenant}\u0000${sealed}`;
  const hit = opened.numbers.get(key);
  if (hit !== undefined) return hit;
  const to = unsealOptional(ctx, tenant, 'messages.to', sealed);
  if (to === undefined) return undefined;
  if (opened.numbers.size >= OPENED_KEPT) opened.numbers.clear();
  opened.numbers.set(key, to);
  return to;
};

const newestFirst = (a: CodeRow, b: CodeRow): number => Number(b.scheduled_at) - Number(a.scheduled_at);

export const findMessagesByCodeRows = async (ctx: SqlContext, code: string, limit: number): Promise<readonly CodeMatch[]> => {
  const found = await ctx.codes.rows(ctx.db, code);
  const rows = (found.length > 1 ? [...found].sort(newestFirst) : found).slice(0, limit);
  return rows.map((r) => {
    const tenant = tenantId(r.tenant_id);
    return {
      tenant,
      messageId: messageId(r.message_id),
      state: r.state as MessageState,
      scheduledAt: Number(r.scheduled_at),
      to: openTo(ctx, tenant, r.to_enc),
      personId: r.person_id === null ? undefined : personId(r.person_id),
      accountIds: (JSON.parse(r.account_ids) as string[]).map(accountId),
      party: r.party,
    };
  });
};

export const borrowerTenantRows = async (ctx: SqlContext, e164: string): Promise<readonly TenantId[]> => {
  const tenants = await ctx.db.selectFrom('tenants').select('tenant_id').execute();
  if (tenants.length === 0) return [];
  const rows = await ctx.db
    .selectFrom('people as p')
    .innerJoin('account_people as ap', (j) => j.onRef('ap.tenant_id', '=', 'p.tenant_id').onRef('ap.person_id', '=', 'p.person_id'))
    .select('p.tenant_id')
    .distinct()
    .where('ap.role', '=', 'borrower')
    .where((eb) =>
      eb.or(tenants.map((t) => eb.and([eb('p.tenant_id', '=', t.tenant_id), eb('p.phone_index', '=', ctx.cipher.blindIndex(tenantId(t.tenant_id), e164))]))),
    )
    .execute();
  return rows.map((r) => tenantId(r.tenant_id)).sort();
};
