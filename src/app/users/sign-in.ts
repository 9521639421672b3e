// Console sign-in (issue 6): password check with lockout and backoff. An unknown login
// and a wrong password give the same answer and take the same time — the argon2 verify
// runs against a dummy hash when the login does not exist — and both count towards the
// login's lock (sign-in-lockout.ts), so neither the answer, nor the timing, nor the lock
// tells whether a login exists. A locked login is refused before any verify.
import { afterFailure, lockedUntil } from '../../core/auth/sign-in-lockout.js';
import type { TenantId } from '../../core/model/ids.js';
import { err, ok, type Result } from '../../core/result.js';
import type { Clock } from '../ports/clock.js';
import type { PasswordHasher } from '../ports/password-hasher.js';
import type { UserRecord, UserStore } from '../ports/user-store.js';

export interface SignInDeps {
  readonly store: UserStore;
  readonly hasher: PasswordHasher;
  readonly clock: Clock;
}

export type SignInRefusal =
  | { readonly code: 'TACT_ERR_AUTH_SIGN_IN_FAILED' }
  | { readonly code: 'TACT_ERR_AUTH_LOCKED'; readonly until: number };

// One dummy hash per hasher (same parameters as real ones), made on first use.
const dummies = new WeakMap<PasswordHasher, Promise<string>>();
const dummyHash = (hasher: PasswordHasher): Promise<string> => {
  let d = dummies.get(hasher);
  if (d === undefined) dummies.set(hasher, (d = hasher.hash('tact-no-such-user-placeholder')));
  return d;
};

export const signIn = async (
  deps: SignInDeps,
  tenant: TenantId,
  login: string,
  password: string,
): Promise<Result<UserRecord, SignInRefusal>> => {
  const now = deps.clock.now();
  const attempts = await deps.store.signInAttempts(tenant, login);
  const until = lockedUntil(attempts, now);
  if (until !== undefined) return err({ code: 'TACT_ERR_AUTH_LOCKED', until });
  const user = await deps.store.findUserByLogin(tenant, login);
  const hash = user?.passwordHash ?? (await dummyHash(deps.hasher));
  const matches = await deps.hasher.verify(hash, password);
  if (user === undefined || !matches || user.disabledAt !== undefined) {
    const next = afterFailure(attempts, now);
    await deps.store.recordSignInFailure(tenant, login, next);
    return err({ code: 'TACT_ERR_AUTH_SIGN_IN_FAILED' });
  }
  if (attempts !== undefined) await deps.store.clearSignInAttempts(tenant, login);
  const { passwordHash: _secret, ...record } = user;
  return ok(record);
};
