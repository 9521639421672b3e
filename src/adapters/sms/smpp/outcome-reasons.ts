// Reason texts of SendOutcome values that the dispatcher reads. MAYBE_SENT marks an outcome
// where the SMSC may have accepted the message: the dispatcher must treat it as "maybe
// sent" — never re-send a third_party message on it, and re-send a borrower message only
// when a later receipt or query proves it was not accepted.
export const MAYBE_SENT = 'may or may not have been accepted';

export const connectionLostReason = `connection lost before response; ${MAYBE_SENT}`;
export const responseTimeoutReason = (ms: number): string => `no submit_sm_resp within ${ms} ms; ${MAYBE_SENT}`;
export const notBoundReason = (ms: number): string => `not bound to the SMSC within ${ms} ms; not sent`;
export const closedReason = 'transport closed before the message was submitted; not sent';
