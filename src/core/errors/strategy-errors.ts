import type { ErrorTable } from './error-spec.js';

// Failures of a strategy at the edge (`tact strategy validate`, later the API) and of
// its lint (docs/strategies.md). Paths name the step (`$.steps[2].sendAt`).
export const strategyErrors = {
  TACT_ERR_STRATEGY_INVALID: {
    message: 'The strategy does not have the expected shape.',
    hint: 'Fix the field named by the path; docs/strategies.md shows every field with an example.',
    retryable: false,
  },
  TACT_ERR_STRATEGY_DUPLICATE_STEP: {
    message: 'Two steps have the same id.',
    hint: 'Give every step a unique id: the id is part of the planner\'s idempotence key.',
    retryable: false,
  },
  TACT_ERR_STRATEGY_UNKNOWN_TEMPLATE: {
    message: 'A step names a template key that does not exist for its locale.',
    hint: 'Use a key listed by `tact templates list` (e.g. reminder.dpd7, consent.request).',
    retryable: false,
  },
  TACT_ERR_STRATEGY_AUDIENCE_MISMATCH: {
    message: 'A step sends a template written for another audience.',
    hint: 'Borrower steps use borrower templates; contact steps use third-party templates (consent.request, contact.location).',
    retryable: false,
  },
  TACT_ERR_STRATEGY_NEVER_ALLOWED: {
    message: 'A step can never be allowed under the strategy\'s rule pack.',
    hint: 'The message names the rule; change the step (purpose, audience, send time) or remove it.',
    retryable: false,
  },
  TACT_ERR_STRATEGY_BAD_EXPERIMENT: {
    message: 'An experiment is not well formed.',
    hint: 'Give at least one arm, unique arm names and whole-number weights that add up to more than 0.',
    retryable: false,
  },
} as const satisfies ErrorTable;
