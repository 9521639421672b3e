// What every portal route shares: language choice (?lang= sets a cookie; else the
// cookie; else Accept-Language; default zh-CN), the CSRF helper for forms, the borrower
// (or number-holder) session, one-time-code dependencies and the HTML reply.
// Sessions: the cookie carries a random 32-byte token, signed; the database keeps its
// SHA-256 with the number sealed and an expiry (30 minutes from sign-in).
import { createHash, randomBytes, randomInt } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { OtpDeps } from '../../../app/portal/one-time-codes.js';
import { tenantCache, type TenantCache } from '../../../app/portal/tenant-cache.js';
import { codeForms, formCsrf, type CodeForms, type FormCsrf } from '../../plugins/form-csrf.js';
import { normaliseCode } from '../../../core/messages/verification-code.js';
import { MAX_CODE_INPUT } from '../../../app/portal/verify-code.js';
import type { ServerDeps } from '../../server-deps.js';
import { csrfField } from '../../views/portal/layout.js';
import { portalLangs, type PortalLang } from '../../views/portal/portal-text.js';
import type { FormCtx } from '../../views/portal/verify-pages.js';
import type { SafeHtml } from '../../views/portal/html.js';

export const SESSION_COOKIE = 'tact_portal';
export const LANG_COOKIE = 'tact_lang';
export const SESSION_TTL_MS = 30 * 60_000;

export interface PortalKit {
  readonly deps: ServerDeps;
  readonly tenants: TenantCache;
  readonly csrf: FormCsrf;
  /** preValidation of the forms acting on the code in the URL (form-csrf.ts, "Code forms"). */
  readonly verifyCodeForm: ReturnType<CodeForms['verify']>;
  readonly otp: OtpDeps;
  lang(request: FastifyRequest, reply: FastifyReply): PortalLang;
  form(request: FastifyRequest, reply: FastifyReply): FormCtx;
  /** The forms of the page of `code` (normalised): the code's token, no cookie. */
  codeForm(request: FastifyRequest, reply: FastifyReply, code: string): FormCtx;
  /** The number proven by a one-time code in this browser, if the session is live. */
  sessionPhone(request: FastifyRequest): Promise<string | undefined>;
  startSession(reply: FastifyReply, phone: string): Promise<void>;
  endSession(request: FastifyRequest, reply: FastifyReply): Promise<void>;
  sendHtml(reply: FastifyReply, body: string | Buffer, status?: number): FastifyReply;
}

const isLang = (x: unknown): x is PortalLang => typeof x === 'string' && (portalLangs as readonly string[]).includes(x);

/** zh-CN unless Accept-Language prefers English over Chinese. */
export const langFromHeader = (header: string | undefined): PortalLang => {
  if (header === undefined) return 'zh-CN';
  const ranked = header
    .split(',')
    .map((part, i) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find((v) => v !== undefined);
      return { tag, q: q === undefined ? 1 : Number(q), i };
    })
    .filter((x) => x.q > 0 && (x.tag.startsWith('en') || x.tag.startsWith('zh')))
    .sort((a, b) => b.q - a.q || a.i - b.i);
  return ranked[0]?.tag.startsWith('en') === true ? 'en' : 'zh-CN';
};

const tokenHash = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

export const portalKit = (deps: ServerDeps): PortalKit => {
  const secure = deps.config.secureCookies;
  const csrf = formCsrf({ cookie: 'tact_csrf', secure });
  const codes = codeForms(deps.config.cookieSecret, csrf);
  const codeFields = new Map<string, SafeHtml>();
  const codeField = (code: string): SafeHtml => {
    let f = codeFields.get(code);
    if (f === undefined) {
      f = csrfField(csrf.field, codes.token(code));
      if (codeFields.size >= 10_000) codeFields.clear();
      codeFields.set(code, f);
    }
    return f;
  };
  const cookieToken = (request: FastifyRequest): string | undefined => {
    const raw = request.cookies[SESSION_COOKIE];
    if (raw === undefined) return undefined;
    const u = request.unsignCookie(raw);
    return u.valid && u.value !== null ? u.value : undefined;
  };
  const kit: PortalKit = {
    deps,
    tenants: tenantCache(deps.store, deps.clock),
    csrf,
    verifyCodeForm: codes.verify((request) => normaliseCode((request.params as { code: string }).code.slice(0, MAX_CODE_INPUT))),
    otp: {
      store: deps.store,
      clock: deps.clock,
      logger: deps.logger,
      transport: deps.otpTransport,
      newCode: () => String(randomInt(0, 1_000_000)).padStart(6, '0'),
      newId: () => randomBytes(8).toString('hex'),
    },
    lang: (request, reply) => {
      const asked = (request.query as { lang?: unknown } | undefined)?.lang;
      if (isLang(asked)) {
        reply.setCookie(LANG_COOKIE, asked, { path: '/', sameSite: 'lax', httpOnly: true, secure, maxAge: 365 * 24 * 3600 });
        return asked;
      }
      const kept = request.cookies[LANG_COOKIE];
      return isLang(kept) ? kept : langFromHeader(request.headers['accept-language']);
    },
    form: (request, reply) => ({ lang: kit.lang(request, reply), csrf: csrfField(csrf.field, csrf.token(request, reply)) }),
    codeForm: (request, reply, code) => ({ lang: kit.lang(request, reply), csrf: codeField(code) }),
    sessionPhone: async (request) => {
      const token = cookieToken(request);
      if (token === undefined) return undefined;
      return (await deps.store.getPortalSession(tokenHash(token), deps.clock.now()))?.phoneE164;
    },
    startSession: async (reply, phone) => {
      const token = randomBytes(32).toString('base64url');
      const now = deps.clock.now();
      await deps.store.createPortalSession(tokenHash(token), phone, now, now + SESSION_TTL_MS);
      reply.setCookie(SESSION_COOKIE, token, { signed: true, httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: SESSION_TTL_MS / 1000 });
    },
    endSession: async (request, reply) => {
      const token = cookieToken(request);
      if (token !== undefined) await deps.store.endPortalSession(tokenHash(token), deps.clock.now());
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
    },
    sendHtml: (reply, body, status = 200) =>
      reply.code(status).header('content-type', 'text/html; charset=utf-8').header('cache-control', 'no-store').send(body),
  };
  return kit;
};

/** Schemas shared by portal routes. */
export const langQuery = { lang: { type: 'string', maxLength: 8 } } as const;
export const htmlResponse = { 200: { type: 'string' } } as const;
export const redirectResponse = { 303: { type: 'null' } } as const;
export const formBody = (props: Record<string, unknown>, required: readonly string[] = []) =>
  ({ type: 'object', properties: { _csrf: { type: 'string', maxLength: 128 }, ...props }, required: [...required], additionalProperties: false }) as const;
