// Access and erasure from a code page (docs/portal.md, "Access and erasure"). Both first
// send a one-time code to the number the message went to and read the provider's answer
// (only `accepted` says "sent"). Access: a correct code opens a 30-minute session for
// that number; the export is shown and downloadable while the session's number is the
// code's number. Erasure: a correct code erases at once and shows a receipt reference.
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { eraseByPhone } from '../../../app/portal/erase-by-phone.js';
import { checkOneTimeCode, sendOneTimeCode } from '../../../app/portal/one-time-codes.js';
import { verifyCode } from '../../../app/portal/verify-code.js';
import { erasedPage, exportPage, notFoundPage, otpPage, otpStatusKeys, type OtpStatus } from '../../views/portal/verify-pages.js';
import { formBody, htmlResponse, langQuery, redirectResponse, type PortalKit } from './portal-kit.js';

const purposes = ['access', 'erase'] as const;
const codeParams = { type: 'object', required: ['code'], properties: { code: { type: 'string', maxLength: 64 } } } as const;
const isStatus = (s: string | undefined): s is OtpStatus => s !== undefined && s in otpStatusKeys;

export const dataRoutes = async (app: FastifyInstance, kit: PortalKit): Promise<void> => {
  const { deps } = kit;
  for (const purpose of purposes) {
    app.post<{ Params: { code: string } }>(
      `/v/:code/${purpose}`,
      { config: { public: true }, preValidation: kit.verifyCodeForm, schema: { hide: true, params: codeParams, body: formBody({}), response: redirectResponse } },
      async (request, reply) => {
        const v = await verifyCode(deps.store, kit.tenants, request.params.code);
        if (v.kind === 'not_found' || v.match.to === undefined) return reply.redirect(`/v/${encodeURIComponent(request.params.code)}`, 303);
        const tenant = await kit.tenants.get(v.match.tenant);
        const lang = tenant?.locale === 'en' ? 'en' : 'zh-CN';
        const status = await sendOneTimeCode(kit.otp, {
          purpose, phoneE164: v.match.to, scope: v.match.tenant,
          text: (code) => otpText(lang, tenant?.name ?? '', code),
        });
        return reply.redirect(`/v/${v.code}/${purpose}?otp=${status === 'sent' ? 'sent' : status}`, 303);
      },
    );

    app.get<{ Params: { code: string }; Querystring: { otp?: string; lang?: string } }>(
      `/v/:code/${purpose}`,
      { config: { public: true }, schema: { hide: true, params: codeParams, querystring: { type: 'object', properties: { ...langQuery, otp: { type: 'string', maxLength: 16 } } }, response: htmlResponse } },
      async (request, reply) => {
        const v = await verifyCode(deps.store, kit.tenants, request.params.code);
        if (v.kind === 'not_found' || v.maskedTo === undefined) return kit.sendHtml(reply, notFoundPage(kit.lang(request, reply)));
        const status = isStatus(request.query.otp) ? request.query.otp : undefined;
        return kit.sendHtml(reply, otpPage(kit.form(request, reply), v.code, purpose, status, v.maskedTo));
      },
    );

    app.post<{ Params: { code: string }; Body: { otp: string } }>(
      `/v/:code/${purpose}/verify`,
      { config: { public: true }, preValidation: kit.csrf.verify, schema: { hide: true, params: codeParams, body: formBody({ otp: { type: 'string', maxLength: 16 } }, ['otp']), response: redirectResponse } },
      async (request, reply) => {
        const v = await verifyCode(deps.store, kit.tenants, request.params.code);
        if (v.kind === 'not_found' || v.match.to === undefined) return reply.redirect(`/v/${encodeURIComponent(request.params.code)}`, 303);
        const verdict = await checkOneTimeCode(kit.otp, { purpose, phoneE164: v.match.to, scope: v.match.tenant, code: request.body.otp.trim() });
        if (verdict !== 'ok') return reply.redirect(`/v/${v.code}/${purpose}?otp=${verdict}`, 303);
        if (purpose === 'access') {
          await kit.startSession(reply, v.match.to);
          await deps.store.appendAudit(v.match.tenant, { actor: 'portal', type: 'portal.access_granted', subject: `message:${v.match.messageId}`, data: {} });
          return reply.redirect(`/v/${v.code}/access/export`, 303);
        }
        const receipt = `E-${randomBytes(6).toString('hex').toUpperCase()}`;
        const outcome = await eraseByPhone(deps.store, v.match.tenant, v.match.to, receipt);
        return reply.redirect(`/p/receipts/${receipt}${outcome.kind === 'erased' ? '' : '?none=1'}`, 303);
      },
    );
  }

  const exportOf = async (code: string, phone: string | undefined): Promise<{ code: string; json: string | undefined } | undefined> => {
    const v = await verifyCode(deps.store, kit.tenants, code);
    if (v.kind === 'not_found' || v.match.to === undefined || phone !== v.match.to) return undefined;
    const data = await deps.store.accessByPhone(v.match.tenant, phone);
    return { code: v.code, json: data === undefined ? undefined : JSON.stringify(data, null, 2) };
  };

  app.get<{ Params: { code: string } }>(
    '/v/:code/access/export',
    { config: { public: true }, schema: { hide: true, params: codeParams, querystring: { type: 'object', properties: langQuery }, response: htmlResponse } },
    async (request, reply) => {
      const x = await exportOf(request.params.code, await kit.sessionPhone(request));
      if (x === undefined) return reply.redirect(`/v/${encodeURIComponent(request.params.code)}/access`, 303);
      return kit.sendHtml(reply, exportPage(kit.lang(request, reply), x.code, x.json));
    },
  );

  app.get<{ Params: { code: string } }>(
    '/v/:code/access/export.json',
    { config: { public: true }, schema: { hide: true, params: codeParams, response: htmlResponse } },
    async (request, reply) => {
      const x = await exportOf(request.params.code, await kit.sessionPhone(request));
      if (x === undefined) return reply.redirect(`/v/${encodeURIComponent(request.params.code)}/access`, 303);
      return reply
        .header('content-type', 'application/json; charset=utf-8')
        .header('content-disposition', 'attachment; filename="tact-access.json"')
        .header('cache-control', 'no-store')
        .send(x.json ?? '{}');
    },
  );

  app.get<{ Params: { ref: string }; Querystring: { none?: string } }>(
    '/p/receipts/:ref',
    { config: { public: true }, schema: { hide: true, params: { type: 'object', required: ['ref'], properties: { ref: { type: 'string', pattern: '^E-[0-9A-F]{12}$' } } }, querystring: { type: 'object', properties: { ...langQuery, none: { type: 'string', maxLength: 1 } } }, response: htmlResponse } },
    async (request, reply) => kit.sendHtml(reply, erasedPage(kit.lang(request, reply), request.params.ref, request.query.none !== '1')),
  );
};

/** The one-time code text, in the tenant's language, signed with the tenant's name. */
export const otpText = (lang: 'zh-CN' | 'en', brand: string, code: string): string =>
  lang === 'en'
    ? `${brand}: your code is ${code}. It is valid for 5 minutes. If you did not ask for it, ignore this message.`
    : `【${brand}】您的验证码是${code}，5分钟内有效。如非本人操作，请忽略本短信。`;
