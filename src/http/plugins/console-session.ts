// Console sessions (issue 6). The cookie `tact_session` holds "<tenant>.<token>", signed
// with the cookie secret, httpOnly, SameSite=Strict, Secure when config.secureCookies;
// the store keeps only SHA-256(token). A session lasts at most SESSION_MAX_MS and ends
// after SESSION_IDLE_MS without a request. Every POST made with a session must echo the
// session's CSRF token (form field `_csrf` or header `x-csrf-token`), else
// TACT_ERR_HTTP_CSRF — checked before the route's own validation.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest, preValidationHookHandler } from 'fastify';
import type { UserRecord } from '../../app/ports/user-store.js';
import { tenantId, type TenantId } from '../../core/model/ids.js';
import type { ServerDeps } from '../server-deps.js';
import type { Principal, PrincipalResolver } from './auth.js';
import { requestFailed } from './request-failed.js';

export const SESSION_COOKIE = 'tact_session';
/** Absolute lifetime of a session: 12 hours. */
export const SESSION_MAX_MS = 12 * 3_600_000;
/** A session unused this long (30 minutes) is over. */
export const SESSION_IDLE_MS = 30 * 60_000;
/** last_seen_at is written at most once a minute per session. */
const TOUCH_EVERY_MS = 60_000;

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');
export const newToken = (): string => randomBytes(32).toString('base64url');

const cookieOptions = (deps: ServerDeps, maxAgeMs: number) => ({
  path: '/',
  httpOnly: true,
  sameSite: 'strict' as const,
  secure: deps.config.secureCookies,
  signed: true,
  maxAge: Math.floor(maxAgeMs / 1000),
});

const readCookie = (request: FastifyRequest): { tenant: TenantId; token: string } | undefined => {
  // Principal resolvers run in the auth plugin's onRequest hook, which may come before
  // @fastify/cookie's own parsing: parse the header here when it has not run yet.
  const cookies = request.cookies ?? (request.headers.cookie === undefined ? {} : request.server.parseCookie(request.headers.cookie));
  const value = cookies[SESSION_COOKIE];
  if (value === undefined) return undefined;
  const unsigned = request.unsignCookie(value);
  if (!unsigned.valid || unsigned.value === null) return undefined;
  const dot = unsigned.value.lastIndexOf('.');
  if (dot <= 0) return undefined;
  return { tenant: tenantId(unsigned.value.slice(0, dot)), token: unsigned.value.slice(dot + 1) };
};

// Principals this resolver made: the CSRF check applies to them (another area's cookie
// sessions, e.g. the portal's, keep their own protection).
const consolePrincipals = new WeakSet<Principal>();

// Synchronous (undefined) when the request has no session cookie.
export const sessionResolver = (deps: ServerDeps): PrincipalResolver => (request) => {
  if (request.headers.cookie === undefined) return undefined;
  const cookie = readCookie(request);
  return cookie === undefined ? undefined : sessionPrincipal(deps, cookie);
};

const sessionPrincipal = async (deps: ServerDeps, cookie: { tenant: TenantId; token: string }): Promise<Principal | undefined> => {
  const hash = sha256(cookie.token);
  const session = await deps.store.findSession(cookie.tenant, hash);
  if (session === undefined) return undefined;
  const now = deps.clock.now();
  if (now >= session.expiresAt || now - session.lastSeenAt > SESSION_IDLE_MS) {
    await deps.store.deleteSession(cookie.tenant, hash, 'system:session-expiry');
    return undefined;
  }
  if (now - session.lastSeenAt >= TOUCH_EVERY_MS) await deps.store.touchSession(cookie.tenant, hash, now);
  const principal: Principal = { tenant: cookie.tenant, role: session.role, via: 'session', userId: session.userId, csrfToken: session.csrfToken };
  consolePrincipals.add(principal);
  return principal;
};

/** Creates the session row and sets the cookie. */
export const startSession = async (deps: ServerDeps, reply: FastifyReply, tenant: TenantId, user: UserRecord): Promise<void> => {
  const token = newToken();
  const now = deps.clock.now();
  await deps.store.createSession(tenant, {
    sessionHash: sha256(token),
    userId: user.id,
    csrfToken: newToken(),
    createdAt: now,
    expiresAt: now + SESSION_MAX_MS,
  }, `user:${user.id}`);
  void reply.setCookie(SESSION_COOKIE, `${tenant}.${token}`, cookieOptions(deps, SESSION_MAX_MS));
};

export const endSession = async (deps: ServerDeps, request: FastifyRequest, reply: FastifyReply): Promise<void> => {
  const cookie = readCookie(request);
  if (cookie !== undefined) await deps.store.deleteSession(cookie.tenant, sha256(cookie.token), `user:${request.principal?.userId ?? 'unknown'}`);
  void reply.clearCookie(SESSION_COOKIE, { path: '/' });
};

export const sameToken = (a: string | undefined, b: string | undefined): boolean => {
  if (a === undefined || b === undefined || a.length !== b.length) return false;
  return timingSafeEqual(Buffer.from(a), Buffer.from(b));
};

/** The token a request echoes: header first (scripts), then the form field. */
export const echoedToken = (request: FastifyRequest): string | undefined => {
  const header = request.headers['x-csrf-token'];
  if (typeof header === 'string') return header;
  const body = request.body as { _csrf?: unknown } | undefined;
  return typeof body?._csrf === 'string' ? body._csrf : undefined;
};

/** Every state-changing request authenticated by a session must carry its CSRF token (a preValidation hook for every route: registerGuards runs it after the guard). */
export const csrfCheck: preValidationHookHandler = (request, _reply, done) => {
  if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') return done();
  const p = request.principal;
  if (p === undefined || !consolePrincipals.has(p)) return done();
  if (!sameToken(echoedToken(request), p.csrfToken)) return done(requestFailed('TACT_ERR_HTTP_CSRF', { path: '_csrf' }));
  done();
};
