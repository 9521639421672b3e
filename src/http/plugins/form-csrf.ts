// Anti-forgery tokens for plain HTML forms (no JavaScript): a signed double-submit
// cookie. `token()` returns the value to put in a hidden field, setting the cookie
// (random 32 bytes, signed with the server's cookie secret, httpOnly, SameSite=Lax) on
// first use; `verify` — a preValidation hook — compares the submitted field with the
// cookie in constant time and throws TACT_ERR_HTTP_CSRF (403) when either is missing,
// unsigned or different. A forging site can neither read the cookie nor plant a signed
// one, so it cannot produce a matching field. Reusable by any form (portal, console).
// A first visit to a portal page mints a token, so minting is on the hot path: random
// bytes come from a pool (one 2 KiB draw per 64 tokens) and the Set-Cookie line is
// written here, signed by @fastify/cookie's signer, with its fixed attributes built once
// (the same line cookie.serialize writes, without re-validating constant parts).
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest, preValidationAsyncHookHandler } from 'fastify';
import { requestFailed } from './request-failed.js';

export interface FormCsrfOptions {
  /** Cookie name, e.g. "tact_csrf". */
  readonly cookie: string;
  /** Form field carrying the token, default "_csrf". */
  readonly field?: string;
  /** Cookie path, default "/". */
  readonly path?: string;
  readonly secure: boolean;
}

export interface FormCsrf {
  readonly field: string;
  /** The token for a form on this response (sets the cookie when the request had none). */
  token(request: FastifyRequest, reply: FastifyReply): string;
  readonly verify: preValidationAsyncHookHandler;
}

const same = (a: string, b: string): boolean => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

const TOKEN_BYTES = 32;
const POOL_TOKENS = 64;

/** 32 random bytes as base64url, drawn from a pooled CSPRNG buffer. */
const newTokenSource = (): (() => string) => {
  let pool = Buffer.alloc(0);
  let at = 0;
  return () => {
    if (at + TOKEN_BYTES > pool.length) {
      pool = randomBytes(TOKEN_BYTES * POOL_TOKENS);
      at = 0;
    }
    const token = pool.toString('base64url', at, at + TOKEN_BYTES);
    at += TOKEN_BYTES;
    return token;
  };
};

export const formCsrf = (o: FormCsrfOptions): FormCsrf => {
  const field = o.field ?? '_csrf';
  if (!/^[\w-]+$/.test(o.cookie) || !/^\/[\w\-/]*$/.test(o.path ?? '/')) throw new Error(`form-csrf: bad cookie name or path ${o.cookie} ${o.path ?? '/'}`);
  const attributes = `; Path=${o.path ?? '/'}; HttpOnly${o.secure ? '; Secure' : ''}; SameSite=Lax`;
  const newToken = newTokenSource();
  const current = (request: FastifyRequest): string | undefined => {
    const raw = request.cookies[o.cookie];
    if (raw === undefined) return undefined;
    const u = request.unsignCookie(raw);
    return u.valid && u.value !== null && u.value.length >= 32 ? u.value : undefined;
  };
  return {
    field,
    token: (request, reply) => {
      const existing = current(request);
      if (existing !== undefined) return existing;
      // One token per response even when several forms ask for it.
      const issued = (reply as FastifyReply & { tactCsrf?: string }).tactCsrf;
      if (issued !== undefined) return issued;
      const value = newToken();
      (reply as FastifyReply & { tactCsrf?: string }).tactCsrf = value;
      // Fastify appends to an existing set-cookie header; @fastify/cookie adds its own after.
      reply.header('set-cookie', `${o.cookie}=${encodeURIComponent(reply.signCookie(value))}${attributes}`);
      return value;
    },
    verify: async (request) => {
      const expected = current(request);
      const body = request.body as Record<string, unknown> | null | undefined;
      const given = body !== null && typeof body === 'object' ? body[field] : undefined;
      if (expected === undefined || typeof given !== 'string' || !same(given, expected)) throw requestFailed('TACT_ERR_HTTP_CSRF', { path: field });
    },
  };
};
