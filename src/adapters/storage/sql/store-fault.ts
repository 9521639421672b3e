// Turns driver errors that mean "try again" or "the database is gone" into registered
// TactErrors, so callers can retry on `retryable` without knowing the driver.
// Other errors (bugs, constraint violations) pass through unchanged.
import { TactError } from '../../../core/errors.js';

// SQLite: lock not obtained within busy_timeout. PostgreSQL: serialization failure,
// deadlock detected, lock timeout.
const busyCodes = new Set(['SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_LOCKED', '40001', '40P01', '55P03']);
// Connection refused/reset, server shutting down, cannot connect now.
const goneCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P02', '57P03', '08006', '08001']);

export const toStoreFault = (e: unknown): unknown => {
  if (e instanceof TactError) return e;
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return e;
  if (busyCodes.has(code)) return new TactError('TACT_ERR_STORE_BUSY', `The database was busy (${code}).`);
  if (goneCodes.has(code)) return new TactError('TACT_ERR_STORE_UNAVAILABLE', `The database connection failed (${code}).`);
  return e;
};
