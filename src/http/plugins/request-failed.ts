// Routes report bad input or a missing resource by throwing RequestFailed with one or
// more failures; the error handler (error-shape.ts) turns it into the one JSON shape.
import { failure, type ErrorCode, type TactFailure } from '../../core/errors.js';

export class RequestFailed extends Error {
  readonly failures: readonly TactFailure[];

  constructor(failures: readonly TactFailure[]) {
    super(failures[0]?.message ?? 'request failed');
    this.name = 'RequestFailed';
    this.failures = failures;
  }
}

/** `throw requestFailed('TACT_ERR_HTTP_NOT_FOUND', { path: 'accountId' })`. */
export const requestFailed = (
  code: ErrorCode,
  where: { readonly path?: string; readonly line?: number; readonly message?: string } = {},
): RequestFailed => new RequestFailed([failure(code, where)]);

/** The same 404 for "does not exist" and "belongs to another tenant". */
export const notFound = (path: string): RequestFailed => requestFailed('TACT_ERR_HTTP_NOT_FOUND', { path });
