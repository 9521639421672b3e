import type { ErrorTable } from './error-spec.js';

// Errors of agents' calls (console work queue and POST /v1/calls). A refused call is
// a Decision (a value); logging it as made anyway needs an override reason.
export const callErrors = {
  TACT_ERR_CALL_BLOCKED: {
    message: 'The policy engine refuses this call now; it cannot be logged as made without an override reason.',
    hint: 'Do not call; or, if the call was made for a lawful reason, log it again with "overrideReason" (it is audited).',
    retryable: false,
  },
  TACT_ERR_CALL_BAD_TARGET: {
    message: 'The person is not linked to the account, or has no phone.',
    hint: 'Choose a person listed on the account page.',
    retryable: false,
  },
} as const satisfies ErrorTable;
