// The console dashboard's aggregates: each one set-based query over a time window
// [from, to) in epoch ms UTC. Days are counted in a fixed UTC offset (minutes) chosen
// by the caller from the tenant's zone.
import type { TenantId } from '../../core/model/ids.js';

export interface DashboardWindow {
  /** Epoch ms UTC, inclusive. */
  readonly from: number;
  /** Epoch ms UTC, exclusive. */
  readonly to: number;
  /** Minutes east of UTC used to cut days (e.g. 480 for Asia/Shanghai). */
  readonly offsetMinutes: number;
}

export interface DailyCount {
  /** Local date YYYY-MM-DD in the window's offset. */
  readonly day: string;
  /** borrower | third_party. */
  readonly audience: string;
  readonly channel: string;
  readonly count: number;
}

export interface ThirdPartyContacts {
  /** Distinct third-party people contacted in the window. */
  readonly people: number;
  /** Most outbound contacts to one third party. */
  readonly max: number;
  /** contacts → number of third parties with that many. */
  readonly distribution: readonly { readonly contacts: number; readonly people: number }[];
}

export interface DashboardStore {
  /** Outbound ledger rows per local day, audience (party) and channel. */
  outboundPerDay(tenant: TenantId, window: DashboardWindow): Promise<readonly DailyCount[]>;
  /**
   * Blocked messages grouped by their stored decision text (few distinct values); the
   * app folds them into counts per reason code.
   */
  blockedDecisions(tenant: TenantId, window: DashboardWindow): Promise<readonly { readonly decision: unknown; readonly count: number }[]>;
  /** Complaints received and opt-outs recorded in the window, and accounts held. */
  complaintOptOutCounts(tenant: TenantId, window: DashboardWindow): Promise<{ readonly complaints: number; readonly optOuts: number; readonly accounts: number }>;
  thirdPartyContacts(tenant: TenantId, window: DashboardWindow): Promise<ThirdPartyContacts>;
}
