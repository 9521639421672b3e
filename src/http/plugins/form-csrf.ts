// Anti-forgery tokens for plain HTML forms (no JavaScript): a signed double-submit
// cookie. `token()` returns the value to put in a hidden field, setting the cookie
// (random 32 bytes, signed with the server's cookie secret, httpOnly, SameSite=Lax) on
// first use; `verify` — a preValidation hook — compares the submitted field with the
// cookie in constant time and throws TACT_ERR_HTTP_CSRF (403) when either is missing,
// unsigned or different. A forging site can neither read the cookie nor plant a signed
// one, so it cannot produce a matching field. Reusable by any form (portal, console).
// Random bytes come from a pool (one 2 KiB draw per 64 tokens) and the Set-Cookie line
// is written here, signed by @fastify/cookie's signer, with its fixed attributes built
// once (the same line cookie.serialize writes, without re-validating constant parts).
//
// Before any token, `verify` refuses a request a browser marks as cross-site (Fetch
// Metadata, with Origin for browsers that send no Sec-Fetch-Site; `crossSite` below).
//
// Code forms (`codeForms`): the forms of the /v/CODE page act on a message's number by
// its verification code alone — no session, no cookie is read — so whoever can post them
// with the code can do so from anywhere without a victim's browser. Their token is bound
// to the code instead of to a browser: an HMAC of the code under the cookie secret, the
// same for every visitor, so the page (kept per view) carries it and a view mints
// nothing and sets no cookie. A forged form still needs the code (the token of one code
// is worthless for another), and a browser's cross-site post is refused by `crossSite`.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
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

/**
 * Whether a browser says this request comes from another site (the check of Go's
 * net/http CrossOriginProtection; OWASP CSRF cheat sheet, "Fetch Metadata headers"):
 * `Sec-Fetch-Site` other than same-origin or none (a typed address, a bookmark); without
 * it, an `Origin` whose host is not this request's Host. A request with neither header
 * is not from a current browser's cross-site form (every one sends Origin on a POST) and
 * is left to the token.
 */
export const crossSite = (request: FastifyRequest): boolean => {
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined) return site !== 'same-origin' && site !== 'none';
  const origin = request.headers.origin;
  if (origin === undefined) return false;
  if (origin === 'null') return true;
  try {
    return new URL(origin).host !== request.headers.host;
  } catch {
    return true;
  }
};

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
      if (crossSite(request)) throw requestFailed('TACT_ERR_HTTP_CSRF', { path: 'sec-fetch-site' });
      const expected = current(request);
      const body = request.body as Record<string, unknown> | null | undefined;
      const given = body !== null && typeof body === 'object' ? body[field] : undefined;
      if (expected === undefined || typeof given !== 'string' || !same(given, expected)) throw requestFailed('TACT_ERR_HTTP_CSRF', { path: field });
    },
  };
};

export interface CodeForms {
  /** The token of the forms acting on `code` (a normalised verification code): 43 base64url characters. */
  token(code: string): string;
  /**
   * preValidation for a form acting on the code `codeOf(request)`: refuses a cross-site
   * request, then accepts the code's token or, as every other form, the browser's token
   * (cookie and field, `csrf`).
   */
  verify(codeOf: (request: FastifyRequest) => string): preValidationAsyncHookHandler;
}

export const codeForms = (secret: string, csrf: FormCsrf): CodeForms => {
  // Not memoised here: the code page keeps its rendered field per code (portal-kit.ts),
  // and a post is rare next to views.
  const token = (code: string): string => createHmac('sha256', secret).update(`tact-portal-code-form\u0000${code}`, 'utf8').digest('base64url');
  return {
    token,
    verify: (codeOf) => async function verifyCodeForm(request, reply) {
      if (crossSite(request)) throw requestFailed('TACT_ERR_HTTP_CSRF', { path: 'sec-fetch-site' });
      const body = request.body as Record<string, unknown> | null | undefined;
      const given = body !== null && typeof body === 'object' ? body[csrf.field] : undefined;
      if (typeof given === 'string' && same(given, token(codeOf(request)))) return;
      await csrf.verify.call(this, request, reply);
    },
  };
};
