// Store.evidenceSource: everything about one account (all its people) or one number
// (all its accounts), decrypted, for the evidence pack. Reads only; a handful of
// set-based queries, never one per message.
import type {
  EvidenceAttempt,
  EvidenceComplaint,
  EvidencePerson,
  EvidenceQuery,
  EvidenceSource,
} from '../../../app/ports/evidence-store.js';
import { sql } from 'kysely';
import type { TenantId } from '../../../core/model/ids.js';
import type { AttemptTables } from './evidence-schema.js';
import { toContactEvent } from './contact-event-queries.js';
import type { InboundTables } from './inbound-schema.js';
import { toMessage } from './message-queries.js';
import { chunksFor, tenantSalt, unseal, type SqlContext } from './sql-context.js';
import { getTenantRow } from './tenant-queries.js';

const n = (v: number | string): number => Number(v);
const opt = <K extends string, V>(k: K, v: V | null): { [P in K]?: V } => (v === null ? {} : ({ [k]: v } as { [P in K]: V }));

/** Which people and accounts the query covers, and the hash of an erased number. */
const scopeOf = async (ctx: SqlContext, tenant: TenantId, q: EvidenceQuery, salt: string) => {
  if (q.kind === 'account') {
    const people = await ctx.db.selectFrom('account_people').select('person_id').where('tenant_id', '=', tenant)
      .where('account_id', '=', q.accountId).execute();
    return { accountIds: [q.accountId as string], personIds: [...new Set(people.map((p) => p.person_id))], hashes: [] as string[] };
  }
  const hash = ctx.cipher.suppressionHash(salt, q.phoneE164);
  const person = await ctx.db.selectFrom('people').select('person_id').where('tenant_id', '=', tenant)
    .where('phone_index', '=', ctx.cipher.blindIndex(tenant, q.phoneE164)).executeTakeFirst();
  const personIds = person === undefined ? [] : [person.person_id];
  const links = personIds.length === 0 ? [] : await ctx.db.selectFrom('account_people').select('account_id').distinct()
    .where('tenant_id', '=', tenant).where('person_id', 'in', personIds).execute();
  return { accountIds: links.map((l) => l.account_id), personIds, hashes: [hash] };
};

export const evidenceSourceIn = async (ctx: SqlContext, tenant: TenantId, q: EvidenceQuery): Promise<EvidenceSource | undefined> => {
  const t = await getTenantRow(ctx, tenant);
  const salt = await tenantSalt(ctx, tenant);
  if (t === undefined || salt === undefined) return undefined;
  const scope = await scopeOf(ctx, tenant, q, salt);
  const accountRows = scope.accountIds.length === 0 ? [] : await ctx.db.selectFrom('accounts')
    .select(['account_id', 'external_id', 'status', 'days_past_due']).where('tenant_id', '=', tenant)
    .where('account_id', 'in', scope.accountIds).orderBy('account_id').execute();
  if (q.kind === 'account' && accountRows.length === 0) return undefined;

  // Messages: about the account (any person), or to the number (any account).
  let mq = ctx.db.selectFrom('messages').selectAll().where('tenant_id', '=', tenant);
  if (q.kind === 'account') mq = mq.where('account_id', '=', q.accountId);
  else if (scope.personIds.length > 0) mq = mq.where((eb) => eb.or([eb('person_id', 'in', scope.personIds), eb('person_hash', 'in', scope.hashes)]));
  else mq = mq.where('person_hash', 'in', scope.hashes);
  const messageRows = await mq.orderBy('created_at').orderBy('message_id').execute();
  const messageIds = messageRows.map((m) => m.message_id);

  const who = [...scope.personIds];
  let eq = ctx.db.selectFrom('contact_events').selectAll().where('tenant_id', '=', tenant);
  eq = eq.where((eb) => eb.or([
    ...(who.length > 0 ? [eb('person_id', 'in', who)] : []),
    ...(scope.hashes.length > 0 ? [eb('person_hash', 'in', scope.hashes)] : []),
    ...(messageIds.length > 0 ? [eb('message_id', 'in', messageIds)] : []),
    sql<boolean>`1 = 0`,
  ]));
  const events = (await eq.orderBy('at').orderBy('event_id').execute())
    .filter((e) => q.kind === 'phone' || e.message_id !== null || (JSON.parse(e.account_ids) as string[]).includes(q.accountId));
  if (q.kind === 'phone' && scope.personIds.length === 0 && messageRows.length === 0 && events.length === 0) return undefined;

  const attempts: EvidenceAttempt[] = [];
  const receipts: EvidenceSource['receipts'][number][] = [];
  const idb = ctx.db.withTables<InboundTables>();
  for (const chunk of chunksFor(ctx, messageIds, 1)) {
    const rows = await ctx.db.withTables<AttemptTables>().selectFrom('dispatch_attempts').selectAll().where('tenant_id', '=', tenant)
      .where('message_id', 'in', chunk).execute();
    for (const r of rows) {
      attempts.push({
        messageId: r.message_id, attempt: n(r.attempt), worker: r.worker, claimedAt: n(r.claimed_at),
        ...opt('outcome', r.outcome), ...opt('reason', r.reason), ...opt('providerId', r.provider_id),
        ...(r.outcome_at === null ? {} : { outcomeAt: n(r.outcome_at) }),
      });
    }
    const rs = await idb.selectFrom('delivery_receipts').selectAll().where('tenant_id', '=', tenant)
      .where('message_id', 'in', chunk).execute();
    for (const r of rs) receipts.push({ messageId: r.message_id ?? '', status: r.status, ...opt('errorCode', r.error_code), at: n(r.at) });
  }
  const inboundIds = events.filter((e) => e.direction === 'inbound').map((e) => e.event_id);
  const reviews = [];
  for (const chunk of chunksFor(ctx, inboundIds, 1)) {
    const rows = await idb.selectFrom('inbound_reviews').selectAll().where('tenant_id', '=', tenant).where('event_id', 'in', chunk).execute();
    for (const r of rows) reviews.push({ eventId: r.event_id, reason: r.reason, createdAt: n(r.created_at), ...(r.resolved_at === null ? {} : { resolvedAt: n(r.resolved_at) }) });
  }

  const peopleRows = who.length === 0 ? [] : await ctx.db.selectFrom('account_people')
    .innerJoin('people', (j) => j.onRef('people.tenant_id', '=', 'account_people.tenant_id').onRef('people.person_id', '=', 'account_people.person_id'))
    .select(['account_people.person_id', 'account_people.account_id', 'account_people.role', 'account_people.name_enc', 'people.phone_enc',
      'account_people.time_zones', 'account_people.confirmation', 'account_people.confirmation_at', 'account_people.created_at'])
    .where('account_people.tenant_id', '=', tenant).where('account_people.person_id', 'in', who)
    .orderBy('account_people.account_id').orderBy('account_people.position').execute();
  const people: EvidencePerson[] = peopleRows
    .filter((p) => q.kind === 'phone' || p.account_id === q.accountId)
    .map((p) => ({
      personId: p.person_id, accountId: p.account_id, role: p.role,
      name: unseal(ctx, tenant, 'account_people.name', p.name_enc),
      phoneE164: unseal(ctx, tenant, 'people.phone', p.phone_enc),
      timeZones: JSON.parse(p.time_zones) as string[], confirmation: p.confirmation,
      ...(p.confirmation_at === null ? {} : { confirmationAt: n(p.confirmation_at) }), listedAt: n(p.created_at),
    }));

  const complaints = await complaintsFor(ctx, tenant, q, who, scope.hashes);
  const hashes = [...scope.hashes, ...people.map((p) => ctx.cipher.suppressionHash(salt, p.phoneE164))];
  const suppressions = hashes.length === 0 ? [] : await ctx.db.selectFrom('suppressions').select(['scope', 'reason', 'created_at'])
    .where('tenant_id', '=', tenant).where('hash', 'in', [...new Set(hashes)]).orderBy('created_at').execute();

  return {
    tenant: t,
    accounts: accountRows.map((a) => ({ id: a.account_id, externalId: a.external_id, status: a.status, daysPastDue: n(a.days_past_due) })),
    people,
    messages: messageRows.map((m) => toMessage(ctx, tenant, m)),
    attempts,
    receipts,
    contactEvents: events.map((e) => toContactEvent(ctx, tenant, e)),
    reviews,
    complaints,
    suppressions: suppressions.map((s) => ({ scope: s.scope, reason: s.reason, createdAt: n(s.created_at) })),
  };
};

/** Every column of the complaint rows, whatever later migrations added; encrypted columns decrypted. */
const complaintsFor = async (
  ctx: SqlContext, tenant: TenantId, q: EvidenceQuery, people: readonly string[], hashes: readonly string[],
): Promise<EvidenceComplaint[]> => {
  const rows = (await ctx.db.selectFrom('complaints').selectAll().where('tenant_id', '=', tenant)
    .where((eb) => eb.or([
      ...(q.kind === 'account' ? [eb('account_id', '=', q.accountId)] : []),
      ...(people.length > 0 ? [eb('person_id', 'in', people)] : []),
      ...(hashes.length > 0 ? [eb('person_hash', 'in', hashes)] : []),
      sql<boolean>`1 = 0`,
    ]))
    .orderBy('received_at').execute()) as unknown as Record<string, unknown>[];
  return rows.map((r) => {
    const out: Record<string, string | number | null> = {};
    for (const [k, v] of Object.entries(r)) {
      if (k === 'tenant_id') continue;
      if (k.endsWith('_enc')) {
        out[k.slice(0, -4)] = typeof v === 'string' ? unseal(ctx, tenant, `complaints.${k.slice(0, -4)}`, v) : null;
      } else if (k.endsWith('_at') && typeof v === 'string' && /^\d+$/.test(v)) out[k] = Number(v);
      else out[k] = typeof v === 'bigint' ? Number(v) : typeof v === 'number' || typeof v === 'string' ? v : v === null || v === undefined ? null : String(v);
    }
    return out;
  });
};
