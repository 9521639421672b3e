// Resolving an open complaint: findings, what was done (template withdrawn, strategy
// changed, agent coached, contact suppressed), the versions found involved and the
// answer sent. `contact_suppressed` also suppresses the complainant's number (tenant
// wide) in the same transaction, so the record and the fact agree.
import { resolutionActions, type ResolutionAction } from '../../core/complaints/complaint-model.js';
import { failure, type TactFailure } from '../../core/errors.js';
import type { TenantId } from '../../core/model/ids.js';
import { err, type Result } from '../../core/result.js';
import type { ComplaintRecord, ComplaintRef } from '../ports/complaint-store.js';
import type { Store } from '../ports/store.js';
import { stepResult } from './complaint-refusal.js';

export interface ResolveInput {
  readonly findings: string;
  readonly actions: readonly ResolutionAction[];
  readonly answer?: string;
  readonly refs?: readonly ComplaintRef[];
}

export const resolveComplaint = async (
  store: Store,
  tenant: TenantId,
  id: string,
  input: ResolveInput,
  now: number,
  actor: string,
): Promise<Result<ComplaintRecord, TactFailure[]>> => {
  if (input.findings.trim() === '' || input.findings.length > 10_000) {
    return err([failure('TACT_ERR_COMPLAINT_BAD_INPUT', { path: 'findings', message: 'Findings are required (at most 10 000 characters).' })]);
  }
  if (input.actions.length === 0 || !input.actions.every((a) => (resolutionActions as readonly string[]).includes(a))) {
    return err([failure('TACT_ERR_COMPLAINT_BAD_INPUT', { path: 'actions', message: `Name at least one of ${resolutionActions.join(', ')}.` })]);
  }
  return store.transaction(async (tx) => {
    const r = stepResult(await tx.resolveComplaint(tenant, id, {
      findings: input.findings,
      actions: [...new Set(input.actions)],
      ...(input.answer === undefined ? {} : { answer: input.answer }),
      refs: input.refs ?? [],
    }, now, actor));
    if (r.ok && input.actions.includes('contact_suppressed') && r.value.phoneE164 !== undefined) {
      await tx.addSuppression(tenant, { phoneE164: r.value.phoneE164, reason: 'complaint' }, actor);
    }
    return r;
  });
};
