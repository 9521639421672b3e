import type { ErrorTable } from './error-spec.js';

// Errors of complaints and mediation (docs/complaints.md). HTTP statuses are chosen in
// src/http/plugins/error-status.ts.
export const complaintErrors = {
  TACT_ERR_COMPLAINT_BAD_INPUT: {
    message: 'The complaint is missing a field or a field has the wrong form.',
    hint: 'Fix the field named in "path"; docs/complaints.md lists categories, sources and limits.',
    retryable: false,
  },
  TACT_ERR_COMPLAINT_ACTION_BELOW_STATUTORY: {
    message: 'The protective actions for a category leave out an action the policy pack requires by law.',
    hint: 'A tenant may add actions to a category but never remove the pack’s statutory ones (docs/complaints.md, "Protective actions").',
    retryable: false,
  },
  TACT_ERR_COMPLAINT_BAD_SETTINGS: {
    message: 'The tenant’s complaint settings are not valid.',
    hint: 'SLA days are whole numbers 1–60 (acknowledge ≤ resolve); mediation bodies need a unique id and a name.',
    retryable: false,
  },
  TACT_ERR_COMPLAINT_NOT_FOUND: {
    message: 'No complaint with this id exists for your tenant.',
    hint: 'Check the id (tact complaints lists them).',
    retryable: false,
  },
  TACT_ERR_COMPLAINT_UNKNOWN_REFERENCE: {
    message: 'An account, person or message the complaint names does not exist for your tenant.',
    hint: 'Check the ids in "path"; ids of another tenant are never visible.',
    retryable: false,
  },
  TACT_ERR_COMPLAINT_BAD_TRANSITION: {
    message: 'The complaint is not in a state that allows this step.',
    hint: 'Read the complaint again: received → acknowledged → resolved; mediation starts from an open complaint and ends with an outcome.',
    retryable: false,
  },
  TACT_ERR_COMPLAINT_UNKNOWN_MEDIATION_BODY: {
    message: 'The mediation body is not one the tenant named in its complaint settings.',
    hint: 'Add the body to the tenant’s complaint settings (mediationBodies) first.',
    retryable: false,
  },
  TACT_ERR_COMPLAINT_SCREENSHOT_TYPE: {
    message: 'A screenshot is not a PNG, JPEG or WebP image.',
    hint: 'Upload PNG, JPEG or WebP images only (the file’s content is checked, not its name).',
    retryable: false,
  },
  TACT_ERR_COMPLAINT_SCREENSHOT_TOO_LARGE: {
    message: 'A screenshot is larger than allowed, or more screenshots were sent than allowed.',
    hint: 'Send at most 3 screenshots of at most 2 MB each.',
    retryable: false,
  },
  TACT_ERR_COMPLAINT_BAD_CODE: {
    message: 'The code from the message is not known.',
    hint: 'Type the code exactly as the message shows it, or call the hotline in the message.',
    retryable: false,
  },
} as const satisfies ErrorTable;
