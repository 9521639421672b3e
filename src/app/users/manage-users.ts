// Creating users and changing them (CLI `tact users`, API /v1/users). Logins, roles and
// passwords are checked here once for both edges; the password is hashed behind the
// PasswordHasher port and never stored or logged in clear.
import { failure, type TactFailure } from '../../core/errors.js';
import type { TenantId } from '../../core/model/ids.js';
import { isRole, type Role } from '../../core/model/roles.js';
import { err, ok, type Result } from '../../core/result.js';
import type { PasswordHasher } from '../ports/password-hasher.js';
import type { Actor } from '../ports/store-records.js';
import type { UserRecord, UserStore } from '../ports/user-store.js';

export const LOGIN_PATTERN = /^[a-z0-9][a-z0-9._-]{1,63}$/;
export const MIN_PASSWORD = 12;
export const MAX_PASSWORD = 256;

export interface UserInput {
  readonly login: string;
  readonly role: string;
  readonly password: string;
  readonly name?: string;
  readonly email?: string;
}

export const checkUserInput = (u: UserInput): readonly TactFailure[] => {
  const out: TactFailure[] = [];
  if (!LOGIN_PATTERN.test(u.login)) out.push(failure('TACT_ERR_AUTH_BAD_USER', { path: 'login', message: 'A login is 2–64 characters of a-z, 0-9, ".", "_", "-", starting with a letter or digit.' }));
  if (!isRole(u.role)) out.push(failure('TACT_ERR_AUTH_BAD_USER', { path: 'role', message: 'The role must be admin, strategist, agent, compliance or auditor.' }));
  out.push(...checkPassword(u.password));
  return out;
};

export const checkPassword = (password: string): readonly TactFailure[] =>
  [...password].length < MIN_PASSWORD || password.length > MAX_PASSWORD
    ? [failure('TACT_ERR_AUTH_BAD_USER', { path: 'password', message: `A password is ${MIN_PASSWORD}–${MAX_PASSWORD} characters.` })]
    : [];

export const addUser = async (
  store: UserStore,
  hasher: PasswordHasher,
  tenant: TenantId,
  input: UserInput,
  actor: Actor,
): Promise<Result<UserRecord, readonly TactFailure[]>> => {
  const problems = checkUserInput(input);
  if (problems.length > 0) return err(problems);
  const passwordHash = await hasher.hash(input.password);
  const created = await store.createUser(tenant, {
    login: input.login,
    role: input.role as Role,
    passwordHash,
    ...(input.name === undefined ? {} : { name: input.name }),
    ...(input.email === undefined ? {} : { email: input.email }),
  }, actor);
  if (created === 'taken') return err([failure('TACT_ERR_AUTH_LOGIN_TAKEN', { path: 'login' })]);
  return ok(created);
};
