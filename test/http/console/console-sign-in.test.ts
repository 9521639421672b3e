// Console sign-in: success, wrong password, unknown login answered the same, lockout
// with backoff on the test clock, CSRF, session expiry, sign-out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIRST_LOCK_MS, LOCK_AFTER } from '../../../src/core/auth/sign-in-lockout.js';
import { SESSION_IDLE_MS, SESSION_MAX_MS } from '../../../src/http/plugins/console-session.js';
import { startHttpApp, type HttpApp } from '../../support/http-app.js';
import { createUser, postSignIn, signInAs, testHasher, testPassword } from '../../support/console-users.js';

describe('console sign-in', () => {
  let t: HttpApp;
  beforeAll(async () => {
    t = await startHttpApp({ extraDeps: { passwordHasher: testHasher } });
    await createUser(t, t.tenantA, 'alice', 'admin');
  });
  afterAll(async () => t.close());

  it('signs in with the right password: 303 to /console and a hardened session cookie', async () => {
    const r = await postSignIn(t, 'tenant-a', 'alice', testPassword);
    expect(r.statusCode).toBe(303);
    expect(r.headers.location).toBe('/console');
    const c = r.cookies.find((x) => x.name === 'tact_session');
    expect(c?.httpOnly).toBe(true);
    expect(c?.sameSite).toBe('Strict');
    expect(c?.secure).toBeUndefined();
    expect(c?.value).not.toContain(testPassword);
    const page = await t.app.inject({ method: 'GET', url: '/console', headers: { cookie: `tact_session=${c?.value ?? ''}` } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('alice (admin)');
  });

  it('sets Secure on the cookie when config.secureCookies', async () => {
    const s = await startHttpApp({ extraDeps: { passwordHasher: testHasher }, config: { secureCookies: true } });
    try {
      await createUser(s, s.tenantA, 'sec', 'agent');
      const r = await postSignIn(s, 'tenant-a', 'sec', testPassword);
      expect(r.cookies.find((x) => x.name === 'tact_session')?.secure).toBe(true);
    } finally {
      await s.close();
    }
  });

  it('answers a wrong password and an unknown login identically', async () => {
    const wrong = await postSignIn(t, 'tenant-a', 'alice', 'not the password at all');
    const unknown = await postSignIn(t, 'tenant-a', 'nobody', 'not the password at all');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    const strip = (body: string, login: string) => body.replace(/name="_csrf" value="[^"]+"/, '').replace(`value="${login}"`, 'value=""');
    expect(strip(wrong.body, 'alice')).toBe(strip(unknown.body, 'nobody'));
    expect(wrong.cookies.find((c) => c.name === 'tact_session')).toBeUndefined();
    await t.deps.store.clearSignInAttempts(t.tenantA, 'alice');
    await t.deps.store.clearSignInAttempts(t.tenantA, 'nobody');
  });

  it('verifies a password even for an unknown login (timing does not tell)', async () => {
    let verifies = 0;
    const counting = { hash: testHasher.hash, verify: async (h: string, p: string) => ((verifies += 1), testHasher.verify(h, p)) };
    const s = await startHttpApp({ extraDeps: { passwordHasher: counting } });
    try {
      await postSignIn(s, 'tenant-a', 'ghost', 'whatever password');
      expect(verifies).toBe(1);
    } finally {
      await s.close();
    }
  });

  it('locks a login after 5 failures for 1 minute, then doubles the lock', async () => {
    await createUser(t, t.tenantA, 'bob', 'agent');
    for (let i = 0; i < LOCK_AFTER; i += 1) expect((await postSignIn(t, 'tenant-a', 'bob', 'wrong password here')).statusCode).toBe(401);
    // Locked: even the right password is refused, without a session.
    const locked = await postSignIn(t, 'tenant-a', 'bob', testPassword);
    expect(locked.statusCode).toBe(429);
    expect(locked.body).toContain('locked until');
    t.clock.advance(FIRST_LOCK_MS + 1);
    // One more failure after the lock: locked again for twice as long.
    expect((await postSignIn(t, 'tenant-a', 'bob', 'wrong password here')).statusCode).toBe(401);
    t.clock.advance(FIRST_LOCK_MS + 1);
    expect((await postSignIn(t, 'tenant-a', 'bob', testPassword)).statusCode).toBe(429);
    t.clock.advance(FIRST_LOCK_MS);
    expect((await postSignIn(t, 'tenant-a', 'bob', testPassword)).statusCode).toBe(303);
    // Success resets the count.
    expect(await t.deps.store.signInAttempts(t.tenantA, 'bob')).toBeUndefined();
  });

  it('locks an unknown login exactly like a known one', async () => {
    for (let i = 0; i < LOCK_AFTER; i += 1) await postSignIn(t, 'tenant-a', 'ghost2', 'wrong password here');
    const r = await postSignIn(t, 'tenant-a', 'ghost2', 'wrong password here');
    expect(r.statusCode).toBe(429);
  });

  it('refuses a sign-in post without the form token (login CSRF)', async () => {
    const r = await t.app.inject({
      method: 'POST',
      url: '/console/sign-in',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ tenant: 'tenant-a', login: 'alice', password: testPassword, _csrf: 'forged' }).toString(),
    });
    expect(r.statusCode).toBe(403);
    expect(r.json().error.code).toBe('TACT_ERR_HTTP_CSRF');
  });

  it('refuses a console POST whose CSRF token does not match the session', async () => {
    const s = await signInAs(t, t.tenantA, 'carol', 'strategist');
    const post = (csrf: string | undefined) =>
      t.app.inject({
        method: 'POST',
        url: '/console/sign-out',
        headers: { cookie: s.cookie, 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams(csrf === undefined ? {} : { _csrf: csrf }).toString(),
      });
    const missing = await post(undefined);
    expect(missing.statusCode).toBe(403);
    expect(missing.json().error.code).toBe('TACT_ERR_HTTP_CSRF');
    expect((await post('x'.repeat(s.csrf.length))).json().error.code).toBe('TACT_ERR_HTTP_CSRF');
    const json = await t.app.inject({ method: 'POST', url: '/console/lint/strategy', headers: { cookie: s.cookie, 'x-csrf-token': 'nope' }, payload: { body: '{}' } });
    expect(json.json().error.code).toBe('TACT_ERR_HTTP_CSRF');
    const ok = await post(s.csrf);
    expect(ok.statusCode).toBe(303);
    expect(ok.headers.location).toBe('/console/sign-in');
    // Signed out: the cookie no longer works.
    expect((await t.app.inject({ method: 'GET', url: '/console', headers: { cookie: s.cookie } })).statusCode).toBe(401);
  });

  it('ends a session after 30 idle minutes and after 12 hours in any case', async () => {
    const s = await signInAs(t, t.tenantA, 'dave', 'auditor');
    const get = () => t.app.inject({ method: 'GET', url: '/console', headers: { cookie: s.cookie } });
    t.clock.advance(SESSION_IDLE_MS - 60_000);
    expect((await get()).statusCode).toBe(200);
    t.clock.advance(SESSION_IDLE_MS + 1);
    expect((await get()).statusCode).toBe(401);

    const s2 = await signInAs(t, t.tenantA, 'dave', 'auditor');
    for (let used = 0; used < SESSION_MAX_MS; used += SESSION_IDLE_MS - 60_000) {
      t.clock.advance(SESSION_IDLE_MS - 60_000);
      const r = await t.app.inject({ method: 'GET', url: '/console', headers: { cookie: s2.cookie } });
      if (used + SESSION_IDLE_MS - 60_000 >= SESSION_MAX_MS) expect(r.statusCode).toBe(401);
      else expect(r.statusCode).toBe(200);
    }
  });

  it('redirects a browser without a session to the sign-in page', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/console/accounts', headers: { accept: 'text/html' } });
    expect(r.statusCode).toBe(303);
    expect(r.headers.location).toBe('/console/sign-in');
  });

  it('a disabled user’s session stops working at once', async () => {
    const s = await signInAs(t, t.tenantA, 'erin', 'agent');
    await t.deps.store.disableUser(t.tenantA, s.userId, 'test');
    expect((await t.app.inject({ method: 'GET', url: '/console', headers: { cookie: s.cookie } })).statusCode).toBe(401);
    expect((await postSignIn(t, 'tenant-a', 'erin', testPassword)).statusCode).toBe(401);
  });
});
