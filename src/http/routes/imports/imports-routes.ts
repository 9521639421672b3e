// POST /v1/imports: a CSV (text/csv) or JSON Lines (application/x-ndjson) body of
// accounts, validated and written exactly as `tact import` does (app/import-accounts.ts,
// docs/import.md). One bad row and nothing is written (400, every failure with line,
// column and hint), unless `?skipInvalid=true`: then the good rows are written and the
// report lists the bad ones. The body is held in memory (20 MiB cap); bigger files go
// through the CLI.
import type { FastifyInstance } from 'fastify';
import { DateTime } from 'luxon';
import type { ImportFormat } from '../../../app/import/import-rows.js';
import { memoryRecordSpool } from '../../../app/import/record-spool.js';
import { importAccounts } from '../../../app/import-accounts.js';
import { failure } from '../../../core/errors.js';
import { isPhoneRegion } from '../../../core/model/parse-phone.js';
import { tenantOf } from '../../plugins/auth.js';
import { RequestFailed, requestFailed } from '../../plugins/request-failed.js';
import type { ServerDeps } from '../../server-deps.js';
import { errorResponses, noParams } from '../api-schemas.js';
import { actorOf } from '../principal-view.js';

const failureSchema = {
  type: 'object',
  required: ['code', 'message', 'hint'],
  additionalProperties: false,
  properties: { code: { type: 'string' }, message: { type: 'string' }, hint: { type: 'string' }, path: { type: 'string', description: 'The column.' }, line: { type: 'integer' } },
} as const;

const reportSchema = {
  type: 'object',
  required: ['rowsRead', 'rejected', 'created', 'updated', 'unchanged', 'suppressed', 'written', 'failures', 'failureCount'],
  additionalProperties: false,
  properties: {
    rowsRead: { type: 'integer' },
    rejected: { type: 'integer' },
    created: { type: 'integer' },
    updated: { type: 'integer' },
    unchanged: { type: 'integer' },
    suppressed: { type: 'array', items: { type: 'object', required: ['line', 'role'], additionalProperties: false, properties: { line: { type: 'integer' }, role: { type: 'string' } } } },
    written: { type: 'boolean' },
    failures: { type: 'array', items: failureSchema },
    failureCount: { type: 'integer' },
  },
} as const;

const formats: Readonly<Record<string, ImportFormat>> = { 'text/csv': 'csv', 'application/x-ndjson': 'jsonl' };

export const importsRoutes = async (app: FastifyInstance, deps: ServerDeps): Promise<void> => {
  // Scoped to this plugin: only /v1/imports accepts these bodies, as text.
  app.addContentTypeParser(Object.keys(formats), { parseAs: 'string' }, (_request, body, done) => done(null, body));

  app.post<{ Querystring: { skipInvalid: boolean }; Body: string }>('/v1/imports', {
    config: { permission: 'imports:write' },
    schema: {
      tags: ['imports'],
      summary: 'Import accounts from CSV (text/csv) or JSON Lines (application/x-ndjson), as `tact import`',
      params: noParams,
      querystring: { type: 'object', additionalProperties: false, properties: { skipInvalid: { type: 'boolean', default: false } } },
      body: { type: 'string', minLength: 1, description: 'The file: CSV with a header line, or one JSON object per line (docs/import.md).' },
      response: { 200: reportSchema, ...errorResponses },
    },
  }, async (request) => {
    const tenant = tenantOf(request);
    const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    const format = formats[type];
    if (format === undefined) throw requestFailed('TACT_ERR_HTTP_UNSUPPORTED_MEDIA_TYPE', { path: 'content-type', message: 'Send text/csv or application/x-ndjson.' });
    const t = await deps.store.getTenant(tenant);
    if (t === undefined || !isPhoneRegion(t.defaultRegion)) throw requestFailed('TACT_ERR_STORE_UNKNOWN_TENANT');
    const today = DateTime.fromMillis(deps.clock.now(), { zone: t.timeZone }).toISODate() ?? '';
    const bytes = new TextEncoder().encode(request.body);
    const summary = await importAccounts(deps.store, {
      tenant,
      actor: actorOf(request),
      format,
      context: { defaultRegion: t.defaultRegion, defaultTimeZone: t.timeZone, today },
      skipInvalid: request.query.skipInvalid,
      source: (async function* () {
        yield bytes;
      })(),
      spool: memoryRecordSpool(),
    });
    if (!summary.written) {
      const failures = summary.failures.length > 0 ? summary.failures : [failure('TACT_ERR_HTTP_BAD_REQUEST', { path: 'body' })];
      throw new RequestFailed(failures);
    }
    return { ...summary, suppressed: [...summary.suppressed], failures: [...summary.failures] };
  });
};
