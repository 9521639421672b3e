// GET/POST /console/sign-in (public) and POST /console/sign-out. Before a session exists
// the form is protected by a signed pre-session cookie `tact_sign_in` whose token the
// form echoes (login CSRF); after it, by the session's own token (console-session.ts).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { signIn } from '../../../app/users/sign-in.js';
import { tenantId } from '../../../core/model/ids.js';
import { endSession, newToken, sameToken, startSession } from '../../plugins/console-session.js';
import { requestFailed } from '../../plugins/request-failed.js';
import type { ServerDeps } from '../../server-deps.js';
import { signInPage } from '../../views/console/sign-in-page.js';
import { csrfProperty, htmlResponse, htmlResponses, sendHtml } from './console-html.js';

const SIGN_IN_COOKIE = 'tact_sign_in';

const signInToken = (request: FastifyRequest): string | undefined => {
  const value = request.cookies[SIGN_IN_COOKIE];
  if (value === undefined) return undefined;
  const u = request.unsignCookie(value);
  return u.valid && u.value !== null ? u.value : undefined;
};

export const signInRoutes = async (app: FastifyInstance, deps: ServerDeps): Promise<void> => {
  const cookie = { path: '/console', httpOnly: true, sameSite: 'strict' as const, secure: deps.config.secureCookies, signed: true, maxAge: 3600 };

  app.get('/console/sign-in', { config: { public: true }, schema: { hide: true, response: htmlResponse } }, async (request, reply) => {
    if (request.principal?.via === 'session') return reply.redirect('/console', 303);
    const token = signInToken(request) ?? newToken();
    void reply.setCookie(SIGN_IN_COOKIE, token, cookie);
    return sendHtml(reply, signInPage({ csrfToken: token }));
  });

  app.post<{ Body: { tenant: string; login: string; password: string; _csrf: string } }>(
    '/console/sign-in',
    {
      config: { public: true },
      schema: {
        hide: true,
        body: {
          type: 'object',
          required: ['tenant', 'login', 'password', '_csrf'],
          properties: { tenant: { type: 'string', minLength: 1, maxLength: 64 }, login: { type: 'string', minLength: 1, maxLength: 64 }, password: { type: 'string', minLength: 1, maxLength: 256 }, ...csrfProperty },
        },
        response: htmlResponses,
      },
    },
    async (request, reply) => {
      const { tenant, login, password, _csrf } = request.body;
      if (request.principal === undefined && !sameToken(signInToken(request), _csrf)) throw requestFailed('TACT_ERR_HTTP_CSRF', { path: '_csrf' });
      if (deps.passwordHasher === undefined) throw requestFailed('TACT_ERR_HTTP_INTERNAL');
      const t = tenantId(tenant.trim());
      const result = await signIn({ store: deps.store, hasher: deps.passwordHasher, clock: deps.clock }, t, login.trim(), password);
      if (!result.ok) {
        const locked = result.error.code === 'TACT_ERR_AUTH_LOCKED';
        return sendHtml(
          reply,
          signInPage({
            csrfToken: _csrf,
            tenant,
            login,
            error: locked ? 'locked' : 'failed',
            ...(result.error.code === 'TACT_ERR_AUTH_LOCKED' ? { lockedUntil: new Date(result.error.until).toISOString() } : {}),
          }),
          locked ? 429 : 401,
        );
      }
      await startSession(deps, reply, t, result.value);
      void reply.clearCookie(SIGN_IN_COOKIE, { path: '/console' });
      return reply.redirect('/console', 303);
    },
  );

  app.post(
    '/console/sign-out',
    { config: { permission: 'dashboard:read' }, schema: { hide: true, body: { type: 'object', properties: csrfProperty }, response: htmlResponses } },
    async (request, reply) => {
      await endSession(deps, request, reply);
      return reply.redirect('/console/sign-in', 303);
    },
  );
};
