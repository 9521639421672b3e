// Console users and signed-in sessions for HTTP tests: a cheap argon2id cost (the
// production cost takes ~1 s per hash on the shared test machine), a user per role, and
// a sign-in through the real form that returns the session cookie and CSRF token.
import { createArgon2PasswordHasher } from '../../src/adapters/system/argon2-password-hasher.js';
import type { PasswordHasher } from '../../src/app/ports/password-hasher.js';
import { addUser } from '../../src/app/users/manage-users.js';
import type { TenantId } from '../../src/core/model/ids.js';
import type { Role } from '../../src/core/model/roles.js';
import type { HttpApp } from './http-app.js';

export const testHasher: PasswordHasher = createArgon2PasswordHasher({ memoryCost: 1024, timeCost: 1, parallelism: 1 });
export const testPassword = 'correct horse battery staple';

export interface ConsoleSession {
  readonly cookie: string;
  readonly csrf: string;
  readonly userId: string;
}

/** The tact_sign_in cookie and token from GET /console/sign-in. */
export const signInForm = async (t: HttpApp): Promise<{ cookie: string; token: string }> => {
  const r = await t.app.inject({ method: 'GET', url: '/console/sign-in' });
  const c = r.cookies.find((x) => x.name === 'tact_sign_in');
  const token = /name="_csrf" value="([^"]+)"/.exec(r.body)?.[1];
  if (c === undefined || token === undefined) throw new Error('no sign-in form');
  return { cookie: `tact_sign_in=${c.value}`, token };
};

export const postSignIn = async (t: HttpApp, tenant: string, login: string, password: string) => {
  const form = await signInForm(t);
  return t.app.inject({
    method: 'POST',
    url: '/console/sign-in',
    headers: { cookie: form.cookie, 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ tenant, login, password, _csrf: form.token }).toString(),
  });
};

export const createUser = async (t: HttpApp, tenant: TenantId, login: string, role: Role): Promise<string> => {
  const r = await addUser(t.deps.store, testHasher, tenant, { login, role, password: testPassword }, 'test');
  if (!r.ok) throw new Error(r.error.map((f) => f.message).join('; '));
  return r.value.id;
};

/** Creates `login` with `role` (if new) and signs in through the form. */
export const signInAs = async (t: HttpApp, tenant: TenantId, login: string, role: Role): Promise<ConsoleSession> => {
  const existing = await t.deps.store.findUserByLogin(tenant, login);
  const userId = existing?.id ?? (await createUser(t, tenant, login, role));
  const r = await postSignIn(t, tenant, login, testPassword);
  const c = r.cookies.find((x) => x.name === 'tact_session');
  if (r.statusCode !== 303 || c === undefined) throw new Error(`sign-in failed: ${r.statusCode}`);
  const cookie = `tact_session=${c.value}`;
  const page = await t.app.inject({ method: 'GET', url: '/console', headers: { cookie } });
  const csrf = /<meta name="csrf-token" content="([^"]+)">/.exec(page.body)?.[1];
  if (csrf === undefined) throw new Error(`no csrf token on /console (${page.statusCode})`);
  return { cookie, csrf, userId };
};
