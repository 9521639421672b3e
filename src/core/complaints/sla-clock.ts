// The complaint SLA clock (docs/complaints.md, "SLA"): acknowledge within N business
// days and resolve within M (tenant settings, default 3 and 15), counted in the tenant's
// business calendar and zone from the local date of receipt (that day not counted).
// While a complaint is with a mediation body the tenant's clock does not run: a referred
// or mediated complaint is never overdue.
import type { ComplaintStatus } from './complaint-model.js';
import { businessDeadline, type BusinessCalendar } from './business-calendar.js';

export interface SlaDays {
  readonly acknowledge: number;
  readonly resolve: number;
}

export const defaultSlaDays: SlaDays = { acknowledge: 3, resolve: 15 };

export interface SlaDeadlines {
  /** Epoch ms: acknowledged before this instant is on time. */
  readonly acknowledgeBy: number;
  readonly resolveBy: number;
}

export const slaDeadlines = (calendar: BusinessCalendar, zone: string, receivedAt: number, days: SlaDays): SlaDeadlines => ({
  acknowledgeBy: businessDeadline(calendar, zone, receivedAt, days.acknowledge),
  resolveBy: businessDeadline(calendar, zone, receivedAt, days.resolve),
});

export interface SlaState extends SlaDeadlines {
  readonly status: ComplaintStatus;
}

export type SlaBreach = 'acknowledge' | 'resolve';

/** Which deadline an open complaint has missed at `now` (resolve wins), if any. */
export const slaBreach = (c: SlaState, now: number): SlaBreach | undefined => {
  if (c.status !== 'received' && c.status !== 'acknowledged') return undefined;
  if (now >= c.resolveBy) return 'resolve';
  if (c.status === 'received' && now >= c.acknowledgeBy) return 'acknowledge';
  return undefined;
};

/** The next deadline an open complaint has to meet (undefined once closed or referred). */
export const nextDue = (c: SlaState): number | undefined => {
  if (c.status === 'received') return c.acknowledgeBy;
  if (c.status === 'acknowledged') return c.resolveBy;
  return undefined;
};
