// The complaint life cycle as one table: which step is allowed from which status, and
// where it leads. Anything not in the table is TACT_ERR_COMPLAINT_BAD_TRANSITION.
import type { ComplaintStatus } from './complaint-model.js';

export const complaintSteps = ['acknowledge', 'resolve', 'refer_to_mediation', 'record_mediation_outcome'] as const;
export type ComplaintStep = (typeof complaintSteps)[number];

const table: Readonly<Record<ComplaintStep, { readonly from: readonly ComplaintStatus[]; readonly to: ComplaintStatus }>> = {
  acknowledge: { from: ['received'], to: 'acknowledged' },
  resolve: { from: ['received', 'acknowledged'], to: 'resolved' },
  refer_to_mediation: { from: ['received', 'acknowledged'], to: 'referred_to_mediation' },
  record_mediation_outcome: { from: ['referred_to_mediation'], to: 'mediated' },
};

/** The status after `step`, or undefined when the step is not allowed from `status`. */
export const nextStatus = (status: ComplaintStatus, step: ComplaintStep): ComplaintStatus | undefined => {
  const t = table[step];
  return t.from.includes(status) ? t.to : undefined;
};

export const isOpenStatus = (status: ComplaintStatus): boolean => status === 'received' || status === 'acknowledged' || status === 'referred_to_mediation';
