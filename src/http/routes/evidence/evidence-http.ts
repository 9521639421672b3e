// What the evidence and rights routes share: the number in a query or body read as
// E.164 in the tenant's region (or a 400 naming the field), hashing, the PDF renderer.
import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { PdfRenderer } from '../../../app/ports/pdf-renderer.js';
import type { TenantId } from '../../../core/model/ids.js';
import { parsePhone } from '../../../core/model/parse-phone.js';
import { requestFailed } from '../../plugins/request-failed.js';
import type { ServerDeps } from '../../server-deps.js';

export const sha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

export const phoneOf = async (deps: ServerDeps, tenant: TenantId, text: string, path: string): Promise<string> => {
  const region = (await deps.store.getTenant(tenant))?.defaultRegion ?? 'CN';
  const p = parsePhone(text, region as never);
  if (!p.ok) throw requestFailed('TACT_ERR_EVIDENCE_BAD_PHONE', { path });
  return p.value.e164;
};

export const pdfOf = (deps: ServerDeps): PdfRenderer => {
  if (deps.pdf === undefined) throw requestFailed('TACT_ERR_EVIDENCE_PDF_UNAVAILABLE');
  return deps.pdf;
};

/** "user:<id>" or "api_key:<id>" for audit events. */
export const actorOf = (request: FastifyRequest): string => {
  const p = request.principal;
  if (p?.userId !== undefined) return `user:${p.userId}`;
  if (p?.keyId !== undefined) return `api_key:${p.keyId}`;
  return `${p?.via ?? 'unknown'}:${p?.role ?? 'unknown'}`;
};

/** Free-form JSON below a declared top level (sections whose rows evolve with the schema). */
export const anyObject = { type: 'object', additionalProperties: true } as const;
export const anyArray = { type: 'array', items: { type: 'object', additionalProperties: true } } as const;
