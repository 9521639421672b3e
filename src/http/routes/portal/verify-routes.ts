// The code flow's open pages: home, /v?code= (the home form, redirected to /v/CODE),
// /v/CODE (genuine or not found), the actions on the number (POST, then redirect back),
// the stylesheet and the help page. All public; the frame rate-limits them.
import type { FastifyInstance } from 'fastify';
import { applyPortalAction, portalActions, type PortalAction } from '../../../app/portal/apply-portal-action.js';
import { MAX_CODE_INPUT, verifyCode } from '../../../app/portal/verify-code.js';
import { helpPage } from '../../views/portal/help-page.js';
import { portalCss } from '../../views/portal/portal-css.js';
import type { TextKey } from '../../views/portal/portal-text.js';
import { genuinePage, homePage, notFoundPage } from '../../views/portal/verify-pages.js';
import { formBody, htmlResponse, langQuery, redirectResponse, type PortalKit } from './portal-kit.js';

const codeParams = { type: 'object', required: ['code'], properties: { code: { type: 'string', maxLength: 64 } } } as const;
const doneKeys: Record<string, TextKey> = Object.fromEntries(
  [...portalActions, 'not_applicable'].map((a) => [a, `done_${a}` as TextKey]),
);

export const verifyRoutes = async (app: FastifyInstance, kit: PortalKit): Promise<void> => {
  const { deps } = kit;
  app.get('/', { config: { public: true }, schema: { hide: true, querystring: { type: 'object', properties: langQuery }, response: htmlResponse } }, async (request, reply) =>
    kit.sendHtml(reply, homePage(kit.lang(request, reply))),
  );

  app.get<{ Querystring: { code?: string; lang?: string } }>(
    '/v',
    { config: { public: true }, schema: { hide: true, querystring: { type: 'object', properties: { ...langQuery, code: { type: 'string', maxLength: 256 } } }, response: redirectResponse } },
    async (request, reply) => {
      const code = (request.query.code ?? '').trim().slice(0, MAX_CODE_INPUT);
      return reply.redirect(code === '' ? '/' : `/v/${encodeURIComponent(code)}`, 303);
    },
  );

  app.get<{ Params: { code: string }; Querystring: { done?: string; lang?: string } }>(
    '/v/:code',
    { config: { public: true }, schema: { hide: true, params: codeParams, querystring: { type: 'object', properties: { ...langQuery, done: { type: 'string', maxLength: 32 } } }, response: htmlResponse } },
    async (request, reply) => {
      const v = await verifyCode(deps.store, kit.tenants, request.params.code);
      if (v.kind === 'not_found') return kit.sendHtml(reply, notFoundPage(kit.lang(request, reply)));
      const done = request.query.done === undefined ? undefined : doneKeys[request.query.done];
      return kit.sendHtml(reply, genuinePage(kit.codeForm(request, reply, v.code), { code: v.code, sentAt: v.sentAt, timeZone: v.timeZone, maskedTo: v.maskedTo, party: v.match.party }, done));
    },
  );

  app.post<{ Params: { code: string }; Body: { action: PortalAction } }>(
    '/v/:code/actions',
    {
      config: { public: true },
      preValidation: kit.verifyCodeForm,
      schema: { hide: true, params: codeParams, body: formBody({ action: { type: 'string', enum: [...portalActions] } }, ['action']), response: redirectResponse },
    },
    async (request, reply) => {
      const v = await verifyCode(deps.store, kit.tenants, request.params.code);
      if (v.kind === 'not_found') return reply.redirect(`/v/${encodeURIComponent(request.params.code)}`, 303);
      const outcome = await applyPortalAction(deps.store, v.match.tenant, v.match, request.body.action, deps.clock.now());
      const done = outcome.kind === 'applied' ? outcome.action : 'not_applicable';
      return reply.redirect(`/v/${v.code}?done=${done}`, 303);
    },
  );

  app.get('/p/assets/portal.css', { config: { public: true }, schema: { hide: true, response: htmlResponse } }, async (_request, reply) =>
    reply.header('content-type', 'text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(portalCss),
  );

  app.get('/p/help', { config: { public: true }, schema: { hide: true, querystring: { type: 'object', properties: langQuery }, response: htmlResponse } }, async (request, reply) =>
    kit.sendHtml(reply, helpPage(kit.lang(request, reply))),
  );
};
