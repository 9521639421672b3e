// Borrower sign-in with a one-time code to the registered number (docs/portal.md,
// "Sign-in"). The answer is the same whether or not the number is registered: "if this
// number is registered, a code was sent". To keep the time the same too, the code is
// sent in the background after the reply (its outcome is logged, never shown, since
// showing it would tell a stranger the number is registered). The number typed waits
// in a signed 10-minute cookie between the two steps, never in a URL.
import type { FastifyInstance } from 'fastify';
import { checkOneTimeCode, sendOneTimeCode } from '../../../app/portal/one-time-codes.js';
import { parsePhone } from '../../../core/model/parse-phone.js';
import type { TextKey } from '../../views/portal/portal-text.js';
import { signInPage } from '../../views/portal/borrower-pages.js';
import { otpText } from './data-routes.js';
import { formBody, htmlResponse, langQuery, redirectResponse, type PortalKit } from './portal-kit.js';

const PENDING_COOKIE = 'tact_signin';
const statusKeys: Record<string, TextKey> = {
  sent: 'signInSent', bad_phone: 'signInBadPhone', unavailable: 'otpUnavailable',
  wrong: 'otpWrong', expired: 'otpExpired', locked: 'otpLocked', none: 'otpNone',
};

export const signInRoutes = async (app: FastifyInstance, kit: PortalKit): Promise<void> => {
  const { deps } = kit;
  const pendingPhone = (raw: string | undefined, unsign: (v: string) => { valid: boolean; value: string | null }): string | undefined => {
    if (raw === undefined) return undefined;
    const u = unsign(raw);
    return u.valid && u.value !== null && /^\+\d{6,15}$/.test(u.value) ? u.value : undefined;
  };

  app.get<{ Querystring: { status?: string; lang?: string } }>(
    '/p/sign-in',
    { config: { public: true }, schema: { hide: true, querystring: { type: 'object', properties: { ...langQuery, status: { type: 'string', maxLength: 16 } } }, response: htmlResponse } },
    async (request, reply) => {
      const status = request.query.status === undefined ? undefined : statusKeys[request.query.status];
      const phone = status === undefined || status === 'signInBadPhone' ? undefined : pendingPhone(request.cookies[PENDING_COOKIE], (v) => request.unsignCookie(v));
      return kit.sendHtml(reply, signInPage(kit.form(request, reply), status, phone));
    },
  );

  app.post<{ Body: { phone: string } }>(
    '/p/sign-in',
    { config: { public: true }, preValidation: kit.csrf.verify, schema: { hide: true, body: formBody({ phone: { type: 'string', maxLength: 32 } }, ['phone']), response: redirectResponse } },
    async (request, reply) => {
      const parsed = parsePhone(request.body.phone, 'CN');
      if (!parsed.ok) return reply.redirect('/p/sign-in?status=bad_phone', 303);
      if (deps.otpTransport === undefined) return reply.redirect('/p/sign-in?status=unavailable', 303);
      const phone = parsed.value.e164;
      const tenants = await deps.store.borrowerTenants(phone);
      reply.setCookie(PENDING_COOKIE, phone, { signed: true, httpOnly: true, sameSite: 'lax', secure: deps.config.secureCookies, path: '/p/sign-in', maxAge: 600 });
      const first = tenants[0] === undefined ? undefined : await kit.tenants.get(tenants[0]);
      if (first !== undefined) {
        const lang = first.locale === 'en' ? 'en' : 'zh-CN';
        void sendOneTimeCode(kit.otp, { purpose: 'sign_in', phoneE164: phone, scope: '', text: (code) => otpText(lang, first.name, code) })
          .then((outcome) => deps.logger.info({ outcome }, 'portal sign-in code'))
          .catch((e: unknown) => deps.logger.error({ error: e instanceof Error ? e.message : String(e) }, 'portal sign-in code failed'));
      }
      return reply.redirect('/p/sign-in?status=sent', 303);
    },
  );

  app.post<{ Body: { otp: string } }>(
    '/p/sign-in/verify',
    { config: { public: true }, preValidation: kit.csrf.verify, schema: { hide: true, body: formBody({ otp: { type: 'string', maxLength: 16 } }, ['otp']), response: redirectResponse } },
    async (request, reply) => {
      const phone = pendingPhone(request.cookies[PENDING_COOKIE], (v) => request.unsignCookie(v));
      if (phone === undefined) return reply.redirect('/p/sign-in', 303);
      const verdict = await checkOneTimeCode(kit.otp, { purpose: 'sign_in', phoneE164: phone, scope: '', code: request.body.otp.trim() });
      if (verdict !== 'ok') return reply.redirect(`/p/sign-in?status=${verdict}`, 303);
      await kit.startSession(reply, phone);
      reply.clearCookie(PENDING_COOKIE, { path: '/p/sign-in' });
      for (const t of await deps.store.borrowerTenants(phone)) {
        const person = await deps.store.findPersonByPhone(t, phone);
        await deps.store.appendAudit(t, { actor: 'portal', type: 'portal.signed_in', subject: person === undefined ? `tenant:${t}` : `person:${person.id}`, data: {} });
      }
      return reply.redirect('/p/accounts', 303);
    },
  );

  app.post('/p/sign-out', { config: { public: true }, preValidation: kit.csrf.verify, schema: { hide: true, body: formBody({}), response: redirectResponse } }, async (request, reply) => {
    await kit.endSession(request, reply);
    return reply.redirect('/', 303);
  });
};
