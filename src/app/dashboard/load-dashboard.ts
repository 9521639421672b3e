// The console dashboard's figures for the last `days` local days of the tenant (today
// included): outbound contacts per day by audience and channel, blocked messages per
// reason code, complaints and opt-outs per 1,000 accounts, and contacts per third party.
// Days are cut at the tenant zone's UTC offset of `now` (a DST change inside the window
// shifts at most one hour of one day).
import type { TenantId } from '../../core/model/ids.js';
import type { DailyCount, DashboardStore, DashboardWindow, ThirdPartyContacts } from '../ports/dashboard-store.js';

export interface Dashboard {
  readonly window: DashboardWindow & { readonly days: number; readonly timeZone: string };
  readonly perDay: readonly DailyCount[];
  /** Reason code → blocked messages naming it (a message blocked by two rules counts twice). */
  readonly blockedByReason: readonly { readonly reason: string; readonly count: number }[];
  readonly complaints: number;
  readonly optOuts: number;
  readonly accounts: number;
  /** Per 1,000 accounts held, 2 decimals; 0 when no accounts. */
  readonly complaintsPerThousand: number;
  readonly optOutsPerThousand: number;
  readonly thirdParty: ThirdPartyContacts;
}

const DAY_MS = 86_400_000;

/** Minutes east of UTC of `zone` at `at`. */
export const offsetMinutes = (zone: string, at: number): number => {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(at);
  const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  if (m === null) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
};

export const dashboardWindow = (zone: string, now: number, days: number): DashboardWindow & { readonly days: number; readonly timeZone: string } => {
  const offset = offsetMinutes(zone, now) * 60_000;
  const endOfToday = (Math.floor((now + offset) / DAY_MS) + 1) * DAY_MS - offset;
  return { from: endOfToday - days * DAY_MS, to: endOfToday, offsetMinutes: offset / 60_000, days, timeZone: zone };
};

const perThousand = (n: number, accounts: number): number => (accounts === 0 ? 0 : Math.round((n * 100_000) / accounts) / 100);

export const loadDashboard = async (store: DashboardStore, tenant: TenantId, zone: string, now: number, days = 30): Promise<Dashboard> => {
  const window = dashboardWindow(zone, now, days);
  const [perDay, blocked, counts, thirdParty] = await Promise.all([
    store.outboundPerDay(tenant, window),
    store.blockedDecisions(tenant, window),
    store.complaintOptOutCounts(tenant, window),
    store.thirdPartyContacts(tenant, window),
  ]);
  const byReason = new Map<string, number>();
  for (const b of blocked) {
    const violations = (b.decision as { violations?: { reason?: unknown }[] } | null)?.violations ?? [];
    const reasons = new Set(violations.map((v) => (typeof v.reason === 'string' ? v.reason : 'UNKNOWN')));
    if (reasons.size === 0) reasons.add('UNKNOWN');
    for (const r of reasons) byReason.set(r, (byReason.get(r) ?? 0) + b.count);
  }
  const blockedByReason = [...byReason].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count || (a.reason < b.reason ? -1 : 1));
  return {
    window,
    perDay,
    blockedByReason,
    ...counts,
    complaintsPerThousand: perThousand(counts.complaints, counts.accounts),
    optOutsPerThousand: perThousand(counts.optOuts, counts.accounts),
    thirdParty,
  };
};
