import type { ErrorTable } from './error-spec.js';

// Errors of the web server (REST API, console, portal). The HTTP status of each code is
// chosen in src/http/plugins/error-status.ts, never here.
export const httpErrors = {
  TACT_ERR_HTTP_BAD_REQUEST: {
    message: 'The request does not match the route’s schema.',
    hint: 'Fix the field named in "path"; the schema of every route is in the OpenAPI document at /docs.',
    retryable: false,
  },
  TACT_ERR_HTTP_UNAUTHENTICATED: {
    message: 'No valid API key or console session came with the request.',
    hint: 'Send "Authorization: Bearer <key>" with a key an admin created, or sign in to the console again.',
    retryable: false,
  },
  TACT_ERR_HTTP_FORBIDDEN: {
    message: 'Your role may not do this.',
    hint: 'Ask an admin for a key or user with a role that includes this permission (docs/server.md, "Roles").',
    retryable: false,
  },
  TACT_ERR_HTTP_NOT_FOUND: {
    message: 'Nothing with this id exists for your tenant.',
    hint: 'Check the id; ids of another tenant are never visible.',
    retryable: false,
  },
  TACT_ERR_HTTP_RATE_LIMITED: {
    message: 'Too many requests from this address.',
    hint: 'Wait for the number of seconds in the Retry-After header, then try again.',
    retryable: true,
  },
  TACT_ERR_HTTP_CSRF: {
    message: 'The form’s anti-forgery token is missing or does not match your session.',
    hint: 'Reload the page and submit the form again.',
    retryable: false,
  },
  TACT_ERR_HTTP_PAYLOAD_TOO_LARGE: {
    message: 'The request body or an uploaded file is larger than allowed.',
    hint: 'Send a smaller body; uploads are limited as the form says.',
    retryable: false,
  },
  TACT_ERR_HTTP_UNSUPPORTED_MEDIA_TYPE: {
    message: 'The body’s content type is not accepted by this route.',
    hint: 'Send application/json (API) or the form’s own encoding (console, portal).',
    retryable: false,
  },
  TACT_ERR_HTTP_CONFLICT: {
    message: 'The request conflicts with the current state of the resource.',
    hint: 'Read the resource again and retry with its current state.',
    retryable: false,
  },
  TACT_ERR_HTTP_SUPPRESSION_PROTECTED: {
    message: 'This suppression may not be lifted through the API.',
    hint: 'Only suppressions added by hand (reason "manual") can be lifted; an opt-out, refusal, erasure, wrong number or complaint stays until the person themself asks again.',
    retryable: false,
  },
  TACT_ERR_HTTP_INTERNAL: {
    message: 'The server failed to handle the request.',
    hint: 'Retry later; if it persists, give the request id (x-request-id) to the operator.',
    retryable: true,
  },
} as const satisfies ErrorTable;
