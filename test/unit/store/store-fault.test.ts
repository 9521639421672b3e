import { describe, expect, it } from 'vitest';
import { toStoreFault } from '../../../src/adapters/storage/sql/store-fault.js';
import { TactError } from '../../../src/core/errors.js';

const withCode = (code: string): Error => Object.assign(new Error('driver says no'), { code });

describe('store faults', () => {
  it('lock timeouts and deadlocks become the retryable TACT_ERR_STORE_BUSY', () => {
    for (const code of ['SQLITE_BUSY', '40001', '40P01']) {
      expect(toStoreFault(withCode(code))).toMatchObject({ code: 'TACT_ERR_STORE_BUSY', retryable: true });
    }
  });
  it('a lost connection becomes TACT_ERR_STORE_UNAVAILABLE', () => {
    expect(toStoreFault(withCode('ECONNRESET'))).toMatchObject({ code: 'TACT_ERR_STORE_UNAVAILABLE' });
  });
  it('anything else passes through untouched', () => {
    const unique = withCode('23505');
    expect(toStoreFault(unique)).toBe(unique);
    const plain = new Error('bug');
    expect(toStoreFault(plain)).toBe(plain);
    const tact = new TactError('TACT_ERR_STORE_UNKNOWN_TENANT');
    expect(toStoreFault(tact)).toBe(tact);
  });
});
