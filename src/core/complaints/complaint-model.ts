// The vocabulary of complaints (docs/complaints.md). Times are epoch ms UTC.

export const complaintCategories = [
  'harassment_frequency',
  'third_party_disclosure',
  'not_my_debt',
  'wrong_number',
  'amount_or_dispute',
  'rude_or_threatening',
  'other',
] as const;
export type ComplaintCategory = (typeof complaintCategories)[number];

/** Where the complaint came in; `inbound_sms` = an agent classified an inbound reply. */
export const complaintSources = ['portal', 'api', 'agent_phone', 'inbound_sms'] as const;
export type ComplaintSource = (typeof complaintSources)[number];

/**
 * received → acknowledged → resolved. An open complaint (received or acknowledged) may be
 * referred to mediation; the mediation outcome closes it as `mediated`.
 */
export const complaintStatuses = ['received', 'acknowledged', 'referred_to_mediation', 'resolved', 'mediated'] as const;
export type ComplaintStatus = (typeof complaintStatuses)[number];

export const mediationOutcomes = ['settled', 'not_settled', 'withdrawn'] as const;
export type MediationOutcome = (typeof mediationOutcomes)[number];

/** What the tenant did about a complaint, recorded at resolution. */
export const resolutionActions = ['template_withdrawn', 'strategy_changed', 'agent_coached', 'contact_suppressed', 'none'] as const;
export type ResolutionAction = (typeof resolutionActions)[number];

/**
 * What Tact does at once when a complaint is filed, pending review:
 * - suppress_number: no more contact with the complainant's number for the account;
 * - pause_dispute: the account is disputed (the dispute rule blocks collection);
 * - mark_wrong_number: the number is marked as reaching someone else for the account;
 * - flag_for_review: nothing automatic; the complaint queue shows it.
 */
export const protectiveActions = ['suppress_number', 'pause_dispute', 'mark_wrong_number', 'flag_for_review'] as const;
export type ProtectiveAction = (typeof protectiveActions)[number];

export const isOneOf = <T extends string>(list: readonly T[], v: unknown): v is T =>
  typeof v === 'string' && (list as readonly string[]).includes(v);
