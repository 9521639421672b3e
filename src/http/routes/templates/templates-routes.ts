// /v1/templates: the tenant's active templates, one key's templates, save new versions
// (all or nothing, linted against the tenant's messaging settings as `tact templates
// save`) and POST /v1/templates/lint (the same lint, nothing saved, findings as a value).
import type { FastifyInstance } from 'fastify';
import { saveTemplate, templateId } from '../../../app/templates/save-template.js';
import { messagingFor } from '../../../app/templates/tenant-messaging.js';
import { failure } from '../../../core/errors.js';
import { lintTemplate } from '../../../core/messages/lint-template.js';
import { audiences, messageChannels, messageLocales } from '../../../core/messages/template.js';
import type { NewTemplate, StoredTemplate } from '../../../app/ports/template-store.js';
import { tenantOf } from '../../plugins/auth.js';
import { RequestFailed, notFound, requestFailed } from '../../plugins/request-failed.js';
import type { ServerDeps } from '../../server-deps.js';
import { errorResponses, iso, noParams, noQuery, paramsOf } from '../api-schemas.js';
import { actorOf } from '../principal-view.js';

const tags = ['templates'];

const templateSchema = {
  type: 'object',
  required: ['id', 'key', 'audience', 'channel', 'locale', 'version', 'body', 'status', 'createdAt'],
  additionalProperties: false,
  properties: {
    id: { type: 'string' },
    key: { type: 'string' },
    audience: { type: 'string' },
    channel: { type: 'string' },
    locale: { type: 'string' },
    version: { type: 'integer' },
    body: { type: 'string' },
    status: { type: 'string' },
    createdAt: { type: 'string', format: 'date-time' },
  },
} as const;

const newTemplateSchema = {
  type: 'object',
  required: ['key', 'audience', 'channel', 'locale', 'body'],
  additionalProperties: false,
  properties: {
    key: { type: 'string', pattern: '^[a-z0-9._-]{1,64}$' },
    audience: { type: 'string', enum: [...audiences] },
    channel: { type: 'string', enum: [...messageChannels] },
    locale: { type: 'string', enum: [...messageLocales] },
    body: { type: 'string', minLength: 1, maxLength: 2000 },
  },
} as const;

const templatesBody = { type: 'object', required: ['templates'], additionalProperties: false, properties: { templates: { type: 'array', minItems: 1, maxItems: 200, items: newTemplateSchema } } } as const;

const findingSchema = {
  type: 'object',
  required: ['rule', 'message', 'span'],
  additionalProperties: false,
  properties: {
    rule: { type: 'string' },
    message: { type: 'string' },
    span: { type: 'object', required: ['start', 'end', 'text'], additionalProperties: false, properties: { start: { type: 'integer' }, end: { type: 'integer' }, text: { type: 'string' } } },
  },
} as const;

const lintResultSchema = {
  type: 'object',
  required: ['results', 'clean'],
  additionalProperties: false,
  properties: {
    clean: { type: 'boolean' },
    results: { type: 'array', items: { type: 'object', required: ['index', 'id', 'findings'], additionalProperties: false, properties: { index: { type: 'integer' }, id: { type: 'string' }, findings: { type: 'array', items: findingSchema } } } },
  },
} as const;

const templateJson = (t: StoredTemplate) => ({ id: t.id, key: t.key, audience: t.audience, channel: t.channel, locale: t.locale, version: t.version, body: t.body, status: t.status, createdAt: iso(t.createdAt) });

export const templatesRoutes = async (app: FastifyInstance, deps: ServerDeps): Promise<void> => {
  const { store } = deps;
  const listSchema = { type: 'object', required: ['items'], additionalProperties: false, properties: { items: { type: 'array', items: templateSchema } } } as const;

  app.get('/v1/templates', {
    config: { permission: 'templates:read' },
    schema: { tags, summary: 'The newest active version of each of the tenant’s templates', params: noParams, querystring: noQuery, response: { 200: listSchema, ...errorResponses } },
  }, async (request) => ({ items: (await store.activeTemplates(tenantOf(request))).map(templateJson) }));

  app.get<{ Params: { templateKey: string } }>('/v1/templates/:templateKey', {
    config: { permission: 'templates:read' },
    schema: { tags, summary: 'The active templates with one key (every audience, channel and locale)', params: paramsOf('templateKey'), querystring: noQuery, response: { 200: listSchema, ...errorResponses } },
  }, async (request) => {
    const rows = (await store.activeTemplates(tenantOf(request))).filter((t) => t.key === request.params.templateKey);
    if (rows.length === 0) throw notFound('templateKey');
    return { items: rows.map(templateJson) };
  });

  app.post<{ Body: { templates: NewTemplate[] } }>('/v1/templates', {
    config: { permission: 'templates:write' },
    schema: { tags, summary: 'Lint and save templates as their next versions (all or nothing)', params: noParams, querystring: noQuery, body: templatesBody, response: { 201: { type: 'object', required: ['items', 'findings'], additionalProperties: false, properties: { items: { type: 'array', items: templateSchema }, findings: { type: 'array', items: findingSchema } } }, ...errorResponses } },
  }, async (request, reply) => {
    const saved = await saveTemplate(store, tenantOf(request), request.body.templates, actorOf(request));
    if (saved.ok) return reply.status(201).send({ items: saved.value.map(templateJson), findings: [] });
    const refusal = saved.error;
    if (refusal.code !== 'TACT_ERR_MESSAGE_LINT_FAILED') throw new RequestFailed([refusal.failure]);
    throw new RequestFailed(
      refusal.templates.flatMap((t) =>
        t.findings.map((f) => failure('TACT_ERR_MESSAGE_LINT_FAILED', { path: `body.templates.${t.index}.body`, message: `${t.id}: ${f.rule} at [${f.span.start}, ${f.span.end}) "${f.span.text}": ${f.message}` })),
      ),
    );
  });

  app.post<{ Body: { templates: NewTemplate[] } }>('/v1/templates/lint', {
    config: { permission: 'templates:read' },
    schema: { tags, summary: 'Lint templates against the tenant’s settings without saving', params: noParams, querystring: noQuery, body: templatesBody, response: { 200: lintResultSchema, ...errorResponses } },
  }, async (request) => {
    const resolved = await messagingFor(store, tenantOf(request));
    if (!resolved.ok) throw requestFailed(resolved.error, { path: 'tenant' });
    const results = request.body.templates.map((t, index) => {
      const findings = lintTemplate({ ...t, id: templateId(t), version: 1 }, { ...resolved.value.messaging, locale: t.locale });
      return { index, id: templateId(t), findings: findings.map((f) => ({ rule: f.rule, message: f.message, span: f.span })) };
    });
    return { clean: results.every((r) => r.findings.length === 0), results };
  });
};
