// The one place that maps error codes to HTTP statuses (STYLE.md "Two vocabularies").
// Codes not listed: input failures found at an edge are 400, faults are 500 (503 when
// the registry says they are retryable).
import { errorRegistry, type ErrorCode } from '../../core/errors.js';

const explicit: Partial<Record<ErrorCode, number>> = {
  TACT_ERR_HTTP_BAD_REQUEST: 400,
  TACT_ERR_HTTP_UNAUTHENTICATED: 401,
  TACT_ERR_HTTP_FORBIDDEN: 403,
  TACT_ERR_HTTP_CSRF: 403,
  TACT_ERR_HTTP_NOT_FOUND: 404,
  TACT_ERR_HTTP_CONFLICT: 409,
  TACT_ERR_HTTP_PAYLOAD_TOO_LARGE: 413,
  TACT_ERR_HTTP_UNSUPPORTED_MEDIA_TYPE: 415,
  TACT_ERR_HTTP_RATE_LIMITED: 429,
  TACT_ERR_HTTP_INTERNAL: 500,
  TACT_ERR_STORE_UNAVAILABLE: 503,
  TACT_ERR_AUTH_SIGN_IN_FAILED: 401,
  TACT_ERR_AUTH_LOCKED: 429,
  TACT_ERR_AUTH_LOGIN_TAKEN: 409,
  TACT_ERR_CALL_BLOCKED: 409,
};

/** Status for a failure reported as a value (bad input): 4xx unless listed otherwise. */
export const statusForFailure = (code: ErrorCode): number => explicit[code] ?? 400;

/** Status for a thrown TactError (a fault): 503 if retryable, else 500, unless listed. */
export const statusForFault = (code: ErrorCode): number => explicit[code] ?? (errorRegistry[code].retryable ? 503 : 500);
