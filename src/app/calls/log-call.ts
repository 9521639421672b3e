// Logging a call an agent made (console work queue, POST /v1/calls). The engine is asked
// first, at the call's instant: a call it refuses can only be logged with an override
// reason, and the override is audited with the refusing reasons. The ledger row (channel
// "call", the outcome's contact result) and a `call.logged` audit event are written in
// one transaction, so the next "may I call now?" counts this call.
import type { Decision } from '../../core/model/decision.js';
import { contactResultOfCall, type CallOutcome } from '../../core/model/call-outcomes.js';
import type { TenantId } from '../../core/model/ids.js';
import { err, ok, type Result } from '../../core/result.js';
import type { Store } from '../ports/store.js';
import type { Actor, ContactEventRecord } from '../ports/store-records.js';
import { checkCall, type CallCheckRefusal, type CallTarget } from './check-call.js';

export interface CallLog extends CallTarget {
  readonly outcome: CallOutcome;
  /** Required when the engine refuses the call; at most 500 characters, audited. */
  readonly overrideReason?: string;
}

export interface LoggedCall {
  readonly event: ContactEventRecord;
  readonly decision: Decision;
  readonly overridden: boolean;
}

export type LogCallRefusal = CallCheckRefusal | { readonly blocked: Decision };

export const logCall = async (store: Store, tenant: TenantId, call: CallLog, actor: Actor): Promise<Result<LoggedCall, LogCallRefusal>> => {
  return store.transaction(async (tx) => {
    const check = await checkCall(tx, tenant, call);
    if (!check.ok) return err(check.error);
    const { decision, party, purpose, phone } = check.value;
    const reason = call.overrideReason?.trim();
    const overridden = !decision.allowed;
    if (overridden && (reason === undefined || reason === '')) return err({ blocked: decision });
    const event = await tx.appendContactEvent(tenant, {
      at: call.at,
      channel: 'call',
      direction: 'outbound',
      personId: call.personId,
      party,
      accountIds: [call.accountId],
      result: contactResultOfCall[call.outcome],
      to: phone,
      purpose,
      actor,
    });
    await tx.appendAudit(tenant, {
      actor,
      type: overridden ? 'call.logged_override' : 'call.logged',
      subject: `account:${call.accountId}`,
      data: {
        eventId: event.id,
        personId: call.personId,
        outcome: call.outcome,
        allowed: decision.allowed,
        reasons: decision.violations.map((v) => v.reason),
        ...(overridden ? { overrideReason: reason } : {}),
      },
    });
    return ok({ event, decision, overridden });
  });
};
