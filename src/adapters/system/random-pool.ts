// Random bytes drawn from a refilled 64 KiB buffer: one getrandom call per thousands
// of IVs and ids instead of one each (the import makes millions). Each byte is used once.
import { randomFillSync } from 'node:crypto';

const poolSize = 64 * 1024;
let pool = Buffer.allocUnsafe(poolSize);
let offset = poolSize;

/** `n` fresh random bytes (n ≤ 64 KiB), copied out of the pool. */
export const pooledRandomBytes = (n: number): Buffer => {
  if (offset + n > poolSize) {
    pool = randomFillSync(Buffer.allocUnsafe(poolSize));
    offset = 0;
  }
  const out = Buffer.from(pool.subarray(offset, offset + n));
  offset += n;
  return out;
};
