// The master key's text form: 32 bytes as base64 (44 characters, standard or URL-safe
// alphabet) or hex (64 characters). Anything else is TACT_ERR_CONFIG_BAD_MASTER_KEY.
import { failure, type TactFailure } from '../core/errors.js';
import { err, ok, type Result } from '../core/result.js';

const hex = /^[0-9a-fA-F]{64}$/;
const base64 = /^[A-Za-z0-9+/_-]{43}=?$/;

export const parseMasterKey = (text: string, where: string): Result<Uint8Array, TactFailure> => {
  const t = text.trim();
  if (hex.test(t)) return ok(Uint8Array.from(Buffer.from(t, 'hex')));
  if (base64.test(t)) {
    const bytes = Buffer.from(t.replaceAll('-', '+').replaceAll('_', '/'), 'base64');
    if (bytes.length === 32) return ok(Uint8Array.from(bytes));
  }
  return err(failure('TACT_ERR_CONFIG_BAD_MASTER_KEY', { path: where }));
};
