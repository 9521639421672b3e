// The outbox rows of one business day for the strategy dry run: planner plan keys are
// `${account}:${step}:${YYYY-MM-DD}:${person}` (plan-candidates.ts), so the day is a
// LIKE on the key, within the account's rows (the (tenant_id, plan_key) unique index
// serves the tenant prefix).
import type { BusinessDayMessage } from '../../../app/ports/dry-run-store.js';
import type { TenantId } from '../../../core/model/ids.js';
import type { SqlContext } from './sql-context.js';

export const messagesOfBusinessDayRows = async (ctx: SqlContext, tenant: TenantId, businessDate: string): Promise<BusinessDayMessage[]> => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(businessDate)) return [];
  const rows = await ctx.db
    .selectFrom('messages')
    .select(['account_id', 'person_id', 'channel', 'party', 'state'])
    .where('tenant_id', '=', tenant)
    .where('plan_key', 'like', `%:${businessDate}:%`)
    .orderBy('account_id')
    .execute();
  return rows.map((r) => ({ accountId: r.account_id, personId: r.person_id ?? undefined, channel: r.channel, party: r.party, state: r.state }));
};
