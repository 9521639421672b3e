// Security headers (helmet) on every response, and rate limits. Routes marked
// `config.public` (portal, sign-in, verification) are limited per client address; the
// authenticated API gets a higher limit per principal.
//
// The headers are helmet's, computed once: @fastify/helmet rebuilds helmet's middleware
// (option parsing, CSP directive validation) on every request, which cost the portal
// ~8 % of a request. Our options are fixed (no per-request nonces), so helmet's output is
// the same for every request: we let @fastify/helmet answer one request at startup and
// then set exactly the headers it set, on every response, in one onRequest hook.
import helmet, { type FastifyHelmetOptions } from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
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
  app.addHook('onRequest', (_request, reply, done) => {
    const raw = reply.raw;
    for (const name of names) raw.setHeader(name, headers[name]!);
    done();
  });
  await app.register(rateLimit, {
    global: true,
    max: (request) => (request.routeOptions.config.public === true ? options.publicPerMinute : options.apiPerMinute),
    timeWindow: 60_000,
    keyGenerator: (request) => (request.principal === undefined ? `ip:${request.ip}` : `p:${request.principal.tenant}:${request.principal.keyId ?? request.principal.userId ?? ''}`),
    errorResponseBuilder: (request, context) => {
      const body = errorBody(request.id, [failure('TACT_ERR_HTTP_RATE_LIMITED', { message: `Too many requests from this address; retry in ${Math.ceil(context.ttl / 1000)} s.` })]);
      return Object.assign(new Error(body.error.message), { statusCode: 429, tactBody: body });
    },
  });
};
