// Security headers (@fastify/helmet) on every response, and rate limits. Routes marked
// `config.public` (portal, sign-in, verification) are limited per client address; the
// authenticated API gets a higher limit per principal.
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { failure } from '../../core/errors.js';
import { errorBody } from './error-shape.js';

export interface SecurityOptions {
  readonly publicPerMinute: number;
  readonly apiPerMinute: number;
}

export const registerSecurity = async (app: FastifyInstance, options: SecurityOptions): Promise<void> => {
  await app.register(helmet, {
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
