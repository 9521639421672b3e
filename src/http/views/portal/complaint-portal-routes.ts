// Portal complaint form: GET /p/complaints/new?code=…[&lang=en] and POST /p/complaints
// (multipart: text fields + up to 3 screenshots). Public and rate-limited per client
// address by the frame; language, CSRF token and HTML replies come from the portal kit
// (form-csrf.ts: signed double-submit cookie). Multipart fields are read first, then the
// kit's CSRF check runs on them. No page shows personal data.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { fileComplaint } from '../../../app/complaints/file-complaint.js';
import { findPortalMessage } from '../../../app/complaints/find-portal-message.js';
import { complaintCategories, isOneOf } from '../../../core/complaints/complaint-model.js';
import { screenshotLimits } from '../../../core/complaints/screenshot-type.js';
import { RequestFailed } from '../../plugins/request-failed.js';
import { htmlResponse, langQuery, portalKit } from '../../routes/portal/portal-kit.js';
import type { ServerDeps } from '../../server-deps.js';
import { complaintErrorPage, complaintFormPage, complaintThanksPage } from './complaint-form-page.js';
import { portalErrorText } from './portal-error-text.js';

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
  if (out.files.length > screenshotLimits.maxFiles) out.tooLarge = true;
  return out;
};

export const complaintPortalRoutes = async (app: FastifyInstance, deps: ServerDeps): Promise<void> => {
  const kit = portalKit(deps);

  app.get<{ Querystring: { code?: string; lang?: string } }>(
    '/p/complaints/new',
    {
      config: { public: true },
      schema: { hide: true, querystring: { type: 'object', properties: { code: { type: 'string', maxLength: 64 }, ...langQuery } }, response: htmlResponse },
    },
    async (request, reply) => kit.sendHtml(reply, complaintFormPage(kit.form(request, reply), { code: request.query.code ?? '' })),
  );

  app.post(
    '/p/complaints',
    { config: { public: true }, schema: { hide: true, response: { 200: { type: 'string' }, '4xx': { type: 'string' } } } },
    async (request: FastifyRequest, reply: FastifyReply) => {
      const lang = kit.lang(request, reply);
      if (!request.isMultipart()) return kit.sendHtml(reply, complaintErrorPage(lang, portalErrorText(lang, 'TACT_ERR_COMPLAINT_BAD_INPUT')), 415);
      const form = await readForm(request);
      try {
        (request as { body: unknown }).body = form.fields;
        await kit.csrf.verify.call(app, request, reply);
      } catch (e) {
        if (!(e instanceof RequestFailed)) throw e;
        return kit.sendHtml(reply, complaintErrorPage(lang, portalErrorText(lang, 'TACT_ERR_HTTP_CSRF')), 403);
      }
      const again = (status: number, code: Parameters<typeof portalErrorText>[1]): FastifyReply =>
        kit.sendHtml(reply, complaintFormPage(kit.form(request, reply), {
          code: form.fields['code'] ?? '', error: portalErrorText(lang, code),
          ...(form.fields['category'] === undefined ? {} : { category: form.fields['category'] }),
          ...(form.fields['details'] === undefined ? {} : { details: form.fields['details'] }),
        }), status);
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
      // The last instant before the deadline, as a local date.
      const ackBy = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: t?.timeZone ?? 'UTC' }).format(r.value.complaint.acknowledgeBy - 1);
      const protectedNow = r.value.protection.some((p) => p.applied && p.action !== 'flag_for_review');
      return kit.sendHtml(reply, complaintThanksPage(lang, r.value.complaint.id.slice(0, 8).toUpperCase(), ackBy, protectedNow));
    },
  );
};
