// Strategy and template editors: GET pages (…:read), POST saves a new version
// (…:write), POST /console/lint/* lints a draft as it is typed (JSON, session + CSRF
// header; …:read — linting changes nothing).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { lintStrategyDraft, lintTemplateDraft, smsPreview, strategyFindings, type TemplateDraft } from '../../../app/editor/lint-drafts.js';
import { saveTemplate } from '../../../app/templates/save-template.js';
import { audiences, messageChannels, messageLocales } from '../../../core/messages/template.js';
import type { TenantId } from '../../../core/model/ids.js';
import { defaultStrategies } from '../../../core/strategy/default-strategies.js';
import { strategyToJson } from '../../../core/strategy/parse-strategy.js';
import { validateStrategy } from '../../../core/strategy/validate-strategy.js';
import { principalOf, tenantOf } from '../../plugins/auth.js';
import { mayDo } from '../../plugins/permissions.js';
import { notFound } from '../../plugins/request-failed.js';
import type { ServerDeps } from '../../server-deps.js';
import { strategyEditorPage, templateEditorPage } from '../../views/console/editor-pages.js';
import { csrfProperty, htmlResponse, htmlResponses, pageUser, sendHtml } from './console-html.js';

const templateProps = {
  key: { type: 'string', minLength: 1, maxLength: 64 },
  audience: { type: 'string', enum: [...audiences] },
  channel: { type: 'string', enum: [...messageChannels] },
  locale: { type: 'string', enum: [...messageLocales] },
  body: { type: 'string', maxLength: 4000 },
} as const;

const finding = { type: 'object', required: ['rule', 'message'], properties: { rule: { type: 'string' }, message: { type: 'string' }, at: { type: 'string' } } } as const;
const lintResponse = {
  200: {
    type: 'object',
    required: ['findings'],
    properties: {
      findings: { type: 'array', items: finding },
      sms: { type: 'object', properties: { encoding: { type: 'string' }, characters: { type: 'integer' }, units: { type: 'integer' }, segments: { type: 'integer' } } },
    },
  },
  '4xx': { $ref: 'ErrorBody#' },
} as const;

export const editorRoutes = async (app: FastifyInstance, deps: ServerDeps): Promise<void> => {
  const user = (request: FastifyRequest, tenant: TenantId) => pageUser(request, async (id) => (await deps.store.getUser(tenant, id))?.login);

  const strategyPage = async (request: FastifyRequest, text: string | undefined, extra: { findings?: ReturnType<typeof lintStrategyDraft>; notice?: string }) => {
    const tenant = tenantOf(request);
    const t = await deps.store.getTenant(tenant);
    if (t === undefined) throw notFound('tenant');
    const active = await deps.store.getActiveStrategy(tenant);
    const current = text ?? JSON.stringify(active?.body ?? strategyToJson(defaultStrategies[t.pack]), null, 2);
    return strategyEditorPage(await user(request, tenant), {
      stored: await deps.store.listStrategies(tenant),
      text: current,
      mayWrite: mayDo(principalOf(request).role, 'strategies:write'),
      ...extra,
    });
  };

  app.get('/console/strategies', { config: { permission: 'strategies:read' }, schema: { hide: true, response: htmlResponse } }, async (request, reply) =>
    sendHtml(reply, await strategyPage(request, undefined, {})));

  app.post<{ Body: { body: string; activate?: string } }>(
    '/console/strategies',
    {
      config: { permission: 'strategies:write' },
      schema: { hide: true, body: { type: 'object', required: ['body'], properties: { body: { type: 'string', maxLength: 200_000 }, activate: { type: 'string' }, ...csrfProperty } }, response: htmlResponses },
    },
    async (request, reply) => {
      const tenant = tenantOf(request);
      const text = request.body.body;
      let input: unknown;
      try {
        input = JSON.parse(text);
      } catch {
        return sendHtml(reply, await strategyPage(request, text, { findings: lintStrategyDraft(text) }), 400);
      }
      const v = validateStrategy(input);
      if (!v.ok) return sendHtml(reply, await strategyPage(request, text, { findings: strategyFindings(v.error) }), 400);
      const status = request.body.activate === 'on' ? 'active' : 'draft';
      const saved = await deps.store.saveStrategy(tenant, { strategyId: v.value.id, version: v.value.version, body: strategyToJson(v.value), status }, `user:${principalOf(request).userId ?? 'unknown'}`);
      if (saved === 'exists') {
        const findings = [{ rule: 'TACT_ERR_STRATEGY_INVALID', message: `Version ${v.value.version} of "${v.value.id}" is already stored; raise "version".`, at: '$.version' }];
        return sendHtml(reply, await strategyPage(request, text, { findings }), 409);
      }
      return sendHtml(reply, await strategyPage(request, text, { findings: [], notice: `Saved ${v.value.id}@${v.value.version} as ${status}.` }));
    },
  );

  app.post<{ Body: { body: string } }>(
    '/console/lint/strategy',
    {
      config: { permission: 'strategies:read' },
      schema: { hide: true, body: { type: 'object', required: ['body'], properties: { body: { type: 'string', maxLength: 200_000 }, activate: { type: 'string' } } }, response: lintResponse },
    },
    async (request) => ({ findings: lintStrategyDraft(request.body.body) }),
  );

  const templatePage = async (request: FastifyRequest, draft: TemplateDraft, extra: { findings?: readonly { rule: string; message: string; at?: string }[]; notice?: string; lint?: boolean }) => {
    const tenant = tenantOf(request);
    const linted = extra.lint === true ? await lintTemplateDraft(deps.store, tenant, draft) : undefined;
    return templateEditorPage(await user(request, tenant), {
      active: await deps.store.activeTemplates(tenant),
      draft,
      mayWrite: mayDo(principalOf(request).role, 'templates:write'),
      ...(draft.channel === 'sms' ? { sms: smsPreview(draft.body) } : {}),
      ...(linted === undefined ? {} : { findings: linted.findings }),
      ...(extra.findings === undefined ? {} : { findings: extra.findings }),
      ...(extra.notice === undefined ? {} : { notice: extra.notice }),
    });
  };

  app.get<{ Querystring: Partial<TemplateDraft> }>(
    '/console/templates',
    {
      config: { permission: 'templates:read' },
      schema: { hide: true, querystring: { type: 'object', properties: { key: templateProps.key, audience: templateProps.audience, channel: templateProps.channel, locale: templateProps.locale } }, response: htmlResponse },
    },
    async (request, reply) => {
      const tenant = tenantOf(request);
      const q = request.query;
      const t = await deps.store.getTenant(tenant);
      const draft: TemplateDraft = { key: q.key ?? 'reminder.dpd7', audience: q.audience ?? 'borrower', channel: q.channel ?? 'sms', locale: q.locale ?? t?.locale ?? 'zh-CN', body: '' };
      const stored = await deps.store.findTemplate(tenant, draft.key, draft.audience, draft.channel, draft.locale);
      return sendHtml(reply, await templatePage(request, { ...draft, body: stored?.body ?? '' }, { lint: stored !== undefined }));
    },
  );

  app.post<{ Body: TemplateDraft }>(
    '/console/templates',
    {
      config: { permission: 'templates:write' },
      schema: { hide: true, body: { type: 'object', required: ['key', 'audience', 'channel', 'locale', 'body'], properties: { ...templateProps, ...csrfProperty } }, response: htmlResponses },
    },
    async (request, reply) => {
      const { key, audience, channel, locale, body } = request.body;
      const draft: TemplateDraft = { key, audience, channel, locale, body };
      const r = await saveTemplate(deps.store, tenantOf(request), [draft], `user:${principalOf(request).userId ?? 'unknown'}`);
      if (r.ok) return sendHtml(reply, await templatePage(request, draft, { findings: [], notice: `Saved ${r.value[0]?.id ?? key} version ${r.value[0]?.version ?? ''}.` }));
      return sendHtml(reply, await templatePage(request, draft, { lint: true }), 400);
    },
  );

  app.post<{ Body: TemplateDraft }>(
    '/console/lint/template',
    {
      config: { permission: 'templates:read' },
      schema: { hide: true, body: { type: 'object', required: ['key', 'audience', 'channel', 'locale', 'body'], properties: templateProps }, response: lintResponse },
    },
    async (request) => {
      const { key, audience, channel, locale, body } = request.body;
      return lintTemplateDraft(deps.store, tenantOf(request), { key, audience, channel, locale, body });
    },
  );
};
