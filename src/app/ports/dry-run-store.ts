// What the strategy dry run reads beyond the planner's reads: the outbox rows the
// planner wrote for one business day (their plan key names the day). No personal data.
import type { TenantId } from '../../core/model/ids.js';

export interface BusinessDayMessage {
  readonly accountId: string;
  /** Absent after erasure. */
  readonly personId: string | undefined;
  readonly channel: string;
  readonly party: string;
  readonly state: string;
}

export interface DryRunStore {
  /** Planner messages whose plan key names `businessDate` (YYYY-MM-DD). */
  messagesOfBusinessDay(tenant: TenantId, businessDate: string): Promise<readonly BusinessDayMessage[]>;
}
