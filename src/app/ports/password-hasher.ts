// Password hashing behind a port: src/app never loads a native library. Production is
// argon2id (src/adapters/system/argon2-password-hasher.ts, wired in src/main).
export interface PasswordHasher {
  /** A self-describing encoded hash (PHC string: algorithm, parameters, salt). */
  hash(password: string): Promise<string>;
  /** True when `password` matches `encoded`; false for a malformed hash, never throws. */
  verify(encoded: string, password: string): Promise<boolean>;
}
