// Shared by console routes: the signed-in user of a page, an HTML reply, and the JSON
// schemas every HTML route declares (a string body out; form fields in).
import type { FastifyReply, FastifyRequest } from 'fastify';
import { principalOf } from '../../plugins/auth.js';
import type { PageUser } from '../../views/console/layout.js';

export const pageUser = async (request: FastifyRequest, login: (userId: string) => Promise<string | undefined>): Promise<PageUser> => {
  const p = principalOf(request);
  const name = p.userId === undefined ? undefined : await login(p.userId);
  return { login: name ?? p.keyId ?? 'api key', role: p.role, csrfToken: p.csrfToken ?? '' };
};

export const sendHtml = (reply: FastifyReply, body: string, status = 200): FastifyReply =>
  reply.code(status).header('content-type', 'text/html; charset=utf-8').header('cache-control', 'no-store').send(body);

export const htmlResponse = { 200: { type: 'string' } } as const;
export const htmlResponses = { 200: { type: 'string' }, 303: { type: 'string' }, 400: { type: 'string' }, 401: { type: 'string' }, 409: { type: 'string' }, 429: { type: 'string' } } as const;

/** A form's CSRF field: required in every console form body schema. */
export const csrfProperty = { _csrf: { type: 'string', maxLength: 200 } } as const;
