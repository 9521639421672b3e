// A store refusal of a complaint step as the failure every entry point reports.
import { failure, type TactFailure } from '../../core/errors.js';
import { err, ok, type Result } from '../../core/result.js';
import type { ComplaintRecord, ComplaintRefusal } from '../ports/complaint-store.js';

export const stepResult = (r: Result<ComplaintRecord, ComplaintRefusal>): Result<ComplaintRecord, TactFailure[]> =>
  r.ok
    ? ok(r.value)
    : err([failure(r.error === 'not_found' ? 'TACT_ERR_COMPLAINT_NOT_FOUND' : 'TACT_ERR_COMPLAINT_BAD_TRANSITION', { path: 'id' })]);
