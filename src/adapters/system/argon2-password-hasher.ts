// PasswordHasher on argon2id (the `argon2` native package). Default cost: OWASP's
// argon2id baseline, 19 MiB memory, 2 passes, 1 lane (about 50 ms per hash on one core
// of an idle server). Tests pass a cheaper cost; verify reads the cost from the hash.
import argon2 from 'argon2';
import type { PasswordHasher } from '../../app/ports/password-hasher.js';

export interface Argon2Cost {
  /** KiB. */
  readonly memoryCost: number;
  readonly timeCost: number;
  readonly parallelism: number;
}

export const defaultArgon2Cost: Argon2Cost = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const createArgon2PasswordHasher = (cost: Argon2Cost = defaultArgon2Cost): PasswordHasher => ({
  hash: (password) => argon2.hash(password, { type: argon2.argon2id, ...cost }),
  verify: async (encoded, password) => {
    try {
      return await argon2.verify(encoded, password);
    } catch {
      return false; // a malformed hash never matches
    }
  },
});
