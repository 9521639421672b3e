// Portal complaint form: GET /p/complaints/new?code=…[&lang=en] and POST /p/complaints
// (multipart: text fields + up to 3 screenshots). Public and rate-limited per client
// address by the frame. CSRF: a random token in a signed, HttpOnly, SameSite=Strict
// cookie must equal the form's hidden field (double submit). Nothing here says whether
// a code exists beyond "not known", and no page shows personal data.
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { fileComplaint } from '../../../app/complaints/file-complaint.js';
import { findPortalMessage } from '../../../app/complaints/find-portal-message.js';
import { complaintCategories, isOneOf } from '../../../core/complaints/complaint-model.js';
import { screenshotLimits } from '../../../core/complaints/screenshot-type.js';
import { errorSpec } from '../../../core/errors.js';
import type { ServerDeps } from '../../server-deps.js';
import { complaintFormPage, complaintThanksPage, portalErrorPage, type PortalLang } from './complaint-form-page.js';
import { portalErrorText } from './portal-error-text.js';

const CSRF_COOKIE = 'tact_pcsrf';
const langOf = (v: unknown): PortalLang => (v === 'en' ? 'en' : 'zh-CN');

interface Posted {
  fields: Record<string, string>;
  files: Uint8Array[];
  tooLarge: boolean;
}

const readForm = async (request: FastifyRequest): Promise<Posted> => {
  const out: Posted = { fields: {}, files: [], tooLarge: false };
  try {
    // One more file than allowed is read so "too many" is reported, not silently cut.
    const parts = request.parts({ limits: { fileSize: screenshotLimits.maxBytes, files: screenshotLimits.maxFiles + 1, fields: 10, fieldSize: 20_000, parts: 20 } });
    for await (const part of parts) {
      if (part.type === 'file') {
        const buf = await part.toBuffer();
        if (buf.length > 0) out.files.push(new Uint8Array(buf));
      } else if (typeof part.value === 'string') out.fields[part.fieldname] = part.value;
    }
  } catch (e) {
    const code = (e as { code?: string }).code ?? '';
    if (code === 'FST_REQ_FILE_TOO_LARGE' || code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT') out.tooLarge = true;
    else throw e;
  }
  return out;
};

export const complaintPortalRoutes = async (app: FastifyInstance, deps: ServerDeps): Promise<void> => {
  const html = (reply: FastifyReply, status: number, body: string): FastifyReply =>
    reply.status(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(body);

  const issueToken = (reply: FastifyReply): string => {
    const token = randomBytes(24).toString('base64url');
    reply.setCookie(CSRF_COOKIE, token, { signed: true, httpOnly: true, sameSite: 'strict', secure: deps.config.secureCookies, path: '/p/complaints' });
    return token;
  };

  app.get<{ Querystring: { code?: string; lang?: string } }>(
    '/p/complaints/new',
    {
      config: { public: true },
      schema: {
        hide: true,
        querystring: { type: 'object', properties: { code: { type: 'string', maxLength: 64 }, lang: { type: 'string', maxLength: 8 } } },
        response: { 200: { type: 'string' } },
      },
    },
    async (request, reply) => html(reply, 200, complaintFormPage({ lang: langOf(request.query.lang), code: request.query.code ?? '', csrf: issueToken(reply) })),
  );

  app.post(
    '/p/complaints',
    { config: { public: true }, schema: { hide: true, response: { 200: { type: 'string' }, '4xx': { type: 'string' } } } },
    async (request, reply) => {
      if (!request.isMultipart()) return html(reply, 415, portalErrorPage('zh-CN', errorSpec('TACT_ERR_HTTP_UNSUPPORTED_MEDIA_TYPE').message));
      const form = await readForm(request);
      const lang = langOf(form.fields['lang']);
      const cookie = request.cookies[CSRF_COOKIE];
      const unsigned = cookie === undefined ? undefined : request.unsignCookie(cookie);
      if (unsigned === undefined || !unsigned.valid || unsigned.value === null || unsigned.value !== form.fields['csrf']) {
        return html(reply, 403, portalErrorPage(lang, portalErrorText(lang, 'TACT_ERR_HTTP_CSRF')));
      }
      const again = (status: number, code: Parameters<typeof portalErrorText>[1]): FastifyReply =>
        html(reply, status, complaintFormPage({
          lang, code: form.fields['code'] ?? '', csrf: issueToken(reply), error: portalErrorText(lang, code),
          ...(form.fields['category'] === undefined ? {} : { category: form.fields['category'] }),
          ...(form.fields['details'] === undefined ? {} : { details: form.fields['details'] }),
        }));
      if (form.tooLarge) return again(413, 'TACT_ERR_COMPLAINT_SCREENSHOT_TOO_LARGE');
      const category = form.fields['category'];
      if (!isOneOf(complaintCategories, category)) return again(400, 'TACT_ERR_COMPLAINT_BAD_INPUT');
      const found = await findPortalMessage(deps.store, form.fields['code'] ?? '');
      if (found === undefined) return again(404, 'TACT_ERR_COMPLAINT_BAD_CODE');
      const details = (form.fields['details'] ?? '').trim();
      const now = deps.clock.now();
      const r = await fileComplaint(deps.store, found.tenant, {
        category, source: 'portal', messageIds: [found.message.id], screenshots: form.files, ...(details === '' ? {} : { text: details }),
      }, now, 'portal');
      if (!r.ok) {
        const code = r.error[0]?.code;
        if (code === 'TACT_ERR_COMPLAINT_SCREENSHOT_TYPE') return again(415, code);
        if (code === 'TACT_ERR_COMPLAINT_SCREENSHOT_TOO_LARGE') return again(413, code);
        return again(400, 'TACT_ERR_COMPLAINT_BAD_INPUT');
      }
      const t = await deps.store.getTenant(found.tenant);
      const ackBy = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: t?.timeZone ?? 'UTC' }).format(r.value.complaint.acknowledgeBy - 1);
      const protectedNow = r.value.protection.some((p) => p.applied && p.action !== 'flag_for_review');
      return html(reply, 200, complaintThanksPage(lang, r.value.complaint.id.slice(0, 8).toUpperCase(), ackBy, protectedNow));
    },
  );
};
