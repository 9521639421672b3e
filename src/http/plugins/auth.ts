// Who is asking. Each resolver looks at one credential (API key header, console session
// cookie) and returns a principal or undefined; the first that answers wins. Routes
// guard themselves with requirePermission(...) and read the tenant from the principal
// only — never from the URL or the body — so tenant A's key can never reach tenant B.
import type { FastifyInstance, FastifyRequest, preHandlerAsyncHookHandler, preValidationHookHandler } from 'fastify';
import type { TenantId } from '../../core/model/ids.js';
import type { Role } from '../../core/model/roles.js';
import { mayDo, type Permission } from './permissions.js';
import { requestFailed } from './request-failed.js';

export interface Principal {
  readonly tenant: TenantId;
  readonly role: Role;
  readonly via: 'api_key' | 'session';
  readonly userId?: string;
  readonly keyId?: string;
  /** Console sessions only: the token forms must echo (CSRF). */
  readonly csrfToken?: string;
}

/**
 * A resolver answers `undefined` synchronously when the request carries none of its
 * credential (no promise, no microtask: most public requests carry none), else a promise.
 */
export type PrincipalResolver = (request: FastifyRequest) => Promise<Principal | undefined> | undefined;

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | undefined;
  }
}

export const registerAuth = (app: FastifyInstance, resolvers: readonly PrincipalResolver[]): void => {
  app.decorateRequest('principal', undefined);
  // A callback hook: a request without any credential (every resolver answers undefined
  // at once) goes on synchronously; the first resolver that returns a promise is awaited,
  // then the rest in order, as before.
  const rest = async (request: FastifyRequest, from: number, pending: Promise<Principal | undefined>): Promise<void> => {
    const first = await pending;
    if (first !== undefined) {
      request.principal = first;
      return;
    }
    for (let i = from; i < resolvers.length; i += 1) {
      const principal = await resolvers[i]!(request);
      if (principal !== undefined) {
        request.principal = principal;
        return;
      }
    }
  };
  app.addHook('onRequest', (request, _reply, done) => {
    for (let i = 0; i < resolvers.length; i += 1) {
      const answer = resolvers[i]!(request);
      if (answer !== undefined) {
        rest(request, i + 1, answer).then(() => done(), done);
        return;
      }
    }
    done();
  });
};

/** The principal of an authenticated request (after requirePermission). */
export const principalOf = (request: FastifyRequest): Principal => {
  if (request.principal === undefined) throw requestFailed('TACT_ERR_HTTP_UNAUTHENTICATED');
  return request.principal;
};

export const tenantOf = (request: FastifyRequest): TenantId => principalOf(request).tenant;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** What the caller must be allowed to do (permissions.ts). */
    permission?: Permission;
    /** A public route (portal, sign-in, health): no principal needed, rate-limited. */
    public?: boolean;
  }
}

/** Every route found by onRoute, for the role-matrix and tenant-isolation tests. */
export interface GuardedRoute {
  readonly method: string;
  readonly url: string;
  readonly permission?: Permission;
  readonly public: boolean;
}

/**
 * Every route must say either `config.permission` or `config.public: true`; a route that
 * says neither fails at startup, so no route is left open by omission. The check runs
 * before the route's own preValidation hooks (and after schema validation of the body),
 * followed by `after` (e.g. the console's CSRF check). Each route's check is built when
 * the route is added, with its permission read from its config once: a public route has
 * none to run, and no request reads request.routeOptions (a getter that builds and
 * freezes a new object on every access).
 */
export const registerGuards = (app: FastifyInstance, routes: GuardedRoute[], after: readonly preValidationHookHandler[] = []): void => {
  app.addHook('onRoute', (route) => {
    const config = (route.config ?? {}) as { permission?: Permission; public?: boolean };
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (config.permission === undefined && config.public !== true && !route.url.startsWith('/docs')) {
      throw new Error(`route ${methods.join(',')} ${route.url} declares neither config.permission nor config.public`);
    }
    for (const method of methods) {
      if (method === 'HEAD') continue;
      routes.push({ method, url: route.url, ...(config.permission === undefined ? {} : { permission: config.permission }), public: config.public === true });
    }
    const own = route.preValidation === undefined ? [] : Array.isArray(route.preValidation) ? route.preValidation : [route.preValidation as preValidationHookHandler];
    const guard = config.public === true || config.permission === undefined ? [] : [guardFor(config.permission)];
    route.preValidation = [...guard, ...after, ...own];
  });
};

// A callback hook, not an async one: it runs on every guarded request and decides synchronously.
const guardFor = (permission: Permission): preValidationHookHandler => (request, _reply, done) => {
  const principal = request.principal;
  if (principal === undefined) return done(requestFailed('TACT_ERR_HTTP_UNAUTHENTICATED'));
  if (!mayDo(principal.role, permission)) return done(requestFailed('TACT_ERR_HTTP_FORBIDDEN', { path: permission }));
  done();
};

/** For a route that checks a second permission inside (e.g. write vs read on one form). */
export const requirePermission = (permission: Permission): preHandlerAsyncHookHandler =>
  async (request) => {
    const principal = request.principal;
    if (principal === undefined) throw requestFailed('TACT_ERR_HTTP_UNAUTHENTICATED');
    if (!mayDo(principal.role, permission)) throw requestFailed('TACT_ERR_HTTP_FORBIDDEN', { path: permission });
  };
