// Security headers (helmet) on every response, and rate limits. Routes marked
// `config.public` (portal, sign-in, verification) are limited per client address; the
// authenticated API gets a higher limit per principal.
//
// The limiter counts as @fastify/rate-limit's local store did (a fixed 60 s window per
// key opened by its first request, the last 5,000 keys kept, least recently used
// dropped; the same x-ratelimit-* headers, Retry-After and 429 past the limit), in one
// synchronous onRequest hook per route whose limit is read from the route's config once,
// when the route is added. The plugin ran an async hook with four awaits per request and
// read the route's config through request.routeOptions to find the limit each time.
//
// The headers are helmet's, computed once: @fastify/helmet rebuilds helmet's middleware
// (option parsing, CSP directive validation) on every request, which cost the portal
// ~8 % of a request. Our options are fixed (no per-request nonces), so helmet's output is
// the same for every request: we let @fastify/helmet answer one request at startup and
// then set exactly the headers it set, on every response, in one onRequest hook.
import helmet, { type FastifyHelmetOptions } from '@fastify/helmet';
import Fastify, { type FastifyInstance, type FastifyRequest, type onRequestHookHandler } from 'fastify';
import { failure } from '../../core/errors.js';
import { errorBody } from './error-shape.js';

export interface SecurityOptions {
  readonly publicPerMinute: number;
  readonly apiPerMinute: number;
}

const helmetOptions: FastifyHelmetOptions = {
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      // Console pages load their own scripts only; no inline script, no third party.
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
  },
  referrerPolicy: { policy: 'no-referrer' },
};

/** The headers @fastify/helmet sets for `options`, read off one response of a bare app. */
export const helmetHeaders = async (options: FastifyHelmetOptions): Promise<Readonly<Record<string, string>>> => {
  const probe = Fastify({ logger: false });
  await probe.register(helmet, options);
  probe.get('/', (_request, reply) => {
    // Headers helmet set on the raw response, before anything of Fastify's own.
    reply.send(JSON.stringify(reply.raw.getHeaders()));
  });
  const response = await probe.inject({ method: 'GET', url: '/' });
  await probe.close();
  const set = JSON.parse(response.body) as Record<string, unknown>;
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(set)) {
    if (typeof value !== 'string') throw new Error(`helmet header ${name} is not a single string`);
    headers[name] = value;
  }
  if (headers['content-security-policy'] === undefined) throw new Error('helmet set no content-security-policy');
  return Object.freeze(headers);
};

export const registerSecurity = async (app: FastifyInstance, options: SecurityOptions): Promise<void> => {
  const headers = await helmetHeaders(helmetOptions);
  const names = Object.keys(headers);
  // Into the reply's own headers, not the raw response's: when nothing was set on the raw
  // response, Node writes Fastify's header object in one pass at writeHead instead of
  // storing each header twice (setHeader, then again at writeHead).
  app.addHook('onRequest', (_request, reply, done) => {
    for (const name of names) reply.header(name, headers[name]!);
    done();
  });
  const counters = new RateCounters(RATE_KEYS_KEPT);
  const keyOf = (request: FastifyRequest): string =>
    request.principal === undefined ? `ip:${request.ip}` : `p:${request.principal.tenant}:${request.principal.keyId ?? request.principal.userId ?? ''}`;
  const limiter = (max: number): onRequestHookHandler => (request, reply, done) => {
    const now = Date.now();
    const c = counters.count(keyOf(request), now);
    const resetSeconds = Math.ceil((c.startedAt + RATE_WINDOW_MS - now) / 1000);
    if (c.count <= max) {
      reply.header('x-ratelimit-limit', max).header('x-ratelimit-remaining', max - c.count).header('x-ratelimit-reset', resetSeconds);
      done();
      return;
    }
    reply.header('x-ratelimit-limit', max).header('x-ratelimit-remaining', 0).header('x-ratelimit-reset', resetSeconds).header('retry-after', resetSeconds);
    const body = errorBody(request.id, [failure('TACT_ERR_HTTP_RATE_LIMITED', { message: `Too many requests from this address; retry in ${resetSeconds} s.` })]);
    done(Object.assign(new Error(body.error.message), { statusCode: 429, tactBody: body }));
  };
  const publicLimiter = limiter(options.publicPerMinute);
  const apiLimiter = limiter(options.apiPerMinute);
  app.addHook('onRoute', (route) => {
    const hook = route.config?.public === true ? publicLimiter : apiLimiter;
    const own = route.onRequest === undefined ? [] : Array.isArray(route.onRequest) ? route.onRequest : [route.onRequest as onRequestHookHandler];
    // A HEAD route Fastify derives from a GET may arrive with the GET's hooks, ours included.
    if (own.includes(publicLimiter) || own.includes(apiLimiter)) return;
    route.onRequest = [...own, hook];
  });
};

const RATE_WINDOW_MS = 60_000;
const RATE_KEYS_KEPT = 5000;

interface RateCounter {
  count: number;
  startedAt: number;
}

/** Requests per key in a fixed window opened by the key's first request; the last `kept` keys, least recently used dropped. */
class RateCounters {
  readonly #kept: number;
  readonly #byKey = new Map<string, RateCounter>();
  constructor(kept: number) {
    this.#kept = kept;
  }

  count(key: string, now: number): RateCounter {
    let c = this.#byKey.get(key);
    if (c === undefined) {
      c = { count: 0, startedAt: now };
      if (this.#byKey.size >= this.#kept) this.#byKey.delete(this.#byKey.keys().next().value!);
    } else {
      this.#byKey.delete(key); // re-inserted below: most recently used last
      if (c.startedAt + RATE_WINDOW_MS <= now) {
        c.count = 0;
        c.startedAt = now;
      }
    }
    this.#byKey.set(key, c);
    c.count += 1;
    return c;
  }
}
