// Cross-tenant reads of the portal: a verification code (messages_verification_code_ix,
// one indexed query) and the tenants where a number is a borrower (one query over every
// tenant's blind index of the number).
import type { CompiledQuery, InferResult, Kysely } from 'kysely';
import type { CodeMatch } from '../../../app/ports/portal-store.js';
import type { MessageState } from '../../../app/ports/store-records.js';
import { accountId, messageId, personId, tenantId, type TenantId } from '../../../core/model/ids.js';
import type { Database } from './schema.js';
import { unsealOptional, type SqlContext } from './sql-context.js';

// The code lookup is the portal's hot path (/v/CODE): building and compiling the query
// with Kysely cost about as much as running it. It is compiled once per database handle
// (the SQL text is the dialect's) and run with the code as its one parameter.
// A code is unique within a tenant (messages_code_uq), so it matches at most one row per
// tenant: the rows are ordered and cut to the limit here, which spares the database a
// sort (the index is on the code alone: SQLite built a temporary B-tree per lookup).
const codeQueries = new WeakMap<Kysely<Database>, CompiledQuery>();

const codeQuery = (db: Kysely<Database>) =>
  db
    .selectFrom('messages')
    .select(['tenant_id', 'message_id', 'state', 'scheduled_at', 'to_enc', 'person_id', 'account_ids', 'party'])
    .where('verification_code', '=', '');

export type CodeRow = InferResult<ReturnType<typeof codeQuery>>[number];

export const compiledCodeQuery = (db: Kysely<Database>): CompiledQuery => {
  let compiled = codeQueries.get(db);
  if (compiled === undefined) {
    compiled = codeQuery(db).compile();
    if (compiled.parameters.length !== 1) throw new Error(`code lookup: expected 1 parameter, got ${compiled.parameters.length}`);
    codeQueries.set(db, compiled);
  }
  return compiled;
};

/**
 * How a dialect runs the code lookup (STYLE.md: a strategy chosen once per store, like
 * RowInserter). The default runs the compiled query through Kysely; SQLite supplies a
 * synchronous prepared statement on its one connection (sqlite/sqlite-code-lookup.ts).
 */
export interface CodeLookup {
  /** The rows of `compiledCodeQuery` for `code`, in no order (one per tenant at most); `db` is the context's (maybe a transaction's). */
  rows(db: Kysely<Database>, code: string): Promise<readonly CodeRow[]>;
}

export const kyselyCodeLookup: CodeLookup = {
  async rows(db, code) {
    const { rows } = await db.executeQuery<CodeRow>({ ...compiledCodeQuery(db), parameters: [code] });
    return rows;
  },
};

// Opening a sealed number costs more than the lookup itself (a cipher context per call),
// and a verification burst asks about the same few messages again and again. A sealed
// value always opens to the same number (AES-GCM, fixed key, tenant-bound associated
// data), so the last OPENED_KEPT opened numbers are kept per cipher, keyed by tenant and
// sealed text. Never stale: an erased number leaves no sealed text to look up.
const OPENED_KEPT = 1000;
const openedByCipher = new WeakMap<object, Map<string, string>>();

const openTo = (ctx: SqlContext, tenant: TenantId, sealed: string | null): string | undefined => {
  if (sealed === null) return undefined;
  let opened = openedByCipher.get(ctx.cipher);
  if (opened === undefined) {
    opened = new Map();
    openedByCipher.set(ctx.cipher, opened);
  }
  const key = `${tenant}\u0000${sealed}`;
  const hit = opened.get(key);
  if (hit !== undefined) return hit;
  const to = unsealOptional(ctx, tenant, 'messages.to', sealed);
  if (to === undefined) return undefined;
  if (opened.size >= OPENED_KEPT) opened.clear();
  opened.set(key, to);
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
