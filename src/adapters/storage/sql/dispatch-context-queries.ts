// The dispatcher's read of its claim's accounts and their people (DispatchStore
// dispatchAccounts): one statement — accounts joined to their links and people — where
// the generic loader's PlanStore reads take two, compiled once per dialect. The rows are
// those of getPlanAccounts and listPlanPeople (plan-queries.ts); numbers and names
// decrypt lazily, only if asked.
import { sql } from 'kysely';
import type { DispatchAccounts } from '../../../app/ports/dispatch-store.js';
import type { PlanAccountRow, PlanPersonRow } from '../../../app/ports/plan-store.js';
import type { ConfirmationState } from '../../../app/ports/store-records.js';
import { accountId, personId, type AccountId, type TenantId } from '../../../core/model/ids.js';
import type { Locale, PersonRole } from '../../../core/model/import-record.js';
import { listValue, sqlTextOnce } from './compiled-sql.js';
import { listOf, toPlanAccount } from './plan-queries.js';
import { unseal, type SqlContext } from './sql-context.js';
import { inList } from './value-list.js';

type Cell = unknown;
const num = (v: Cell): number | undefined => (v === null || v === undefined ? undefined : Number(v));
const str = (v: Cell): string => v as string;

// Read as arrays (RowInserter.arrays): the positions below are the select list's; the
// first 14 are plan-queries' accountColumns, in its order (toPlanAccount). A link
// without its person row (never written so) is left out, as listPlanPeople's inner join does.
const query = (ctx: SqlContext) => sql`select a.account_id, a.product, a.currency, a.balance_minor, a.overdue_minor,
    a.due_date, a.status, a.flags, a.debt_group, a.borrower_status, a.cease_received_at, a.disputed_at,
    a.verification_sent_at, a.attorney_known_at,
    l.person_id, l.role, l.position, l.time_zones, l.locale, l.confirmation, l.suppressed_at as link_suppressed_at,
    l.name_enc, p.phone_enc, p.suppressed_at as person_suppressed_at, l.confirmation_at
  from accounts a
  left join account_people l on l.tenant_id = a.tenant_id and l.account_id = a.account_id
  left join people p on p.tenant_id = l.tenant_id and p.person_id = l.person_id
  where a.tenant_id = ${''} and ${inList(ctx, 'a.account_id', [])}
  order by a.account_id, l.position`.compile(ctx.db);

export const dispatchAccountsIn = async (ctx: SqlContext, tenant: TenantId, ids: readonly AccountId[]): Promise<DispatchAccounts> => {
  const accounts: PlanAccountRow[] = [];
  const people: PlanPersonRow[] = [];
  if (ids.length === 0) return { accounts, people };
  const text = sqlTextOnce(ctx, 'dispatch-accounts', 2, () => query(ctx));
  const rows = await ctx.rows.arrays(ctx.db, text, [tenant, listValue(ctx, ids)]);
  let last: string | undefined;
  for (const r of rows) {
    const id = str(r[0]);
    if (id !== last) {
      last = id;
      accounts.push(toPlanAccount(r));
    }
    const person = r[14];
    const nameEnc = r[21];
    const phoneEnc = r[22];
    if (person === null || typeof nameEnc !== 'string' || typeof phoneEnc !== 'string') continue;
    const a = num(r[20]);
    const b = num(r[23]);
    people.push({
      accountId: accountId(id),
      personId: personId(str(person)),
      role: r[15] as PersonRole,
      position: Number(r[16]),
      timeZones: listOf(str(r[17])),
      locale: r[18] as Locale,
      confirmation: r[19] as ConfirmationState,
      confirmationAt: num(r[24]),
      suppressedAt: a === undefined ? b : b === undefined ? a : Math.min(a, b),
      phone: () => unseal(ctx, tenant, 'people.phone', phoneEnc),
      name: () => unseal(ctx, tenant, 'account_people.name', nameEnc),
    });
  }
  return { accounts, people };
};
