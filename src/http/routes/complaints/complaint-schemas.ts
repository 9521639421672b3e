// JSON schemas of /v1/complaints (docs/complaints.md, "API"). Response schemas list
// every field a client may see, so nothing else leaks. Instants are ISO 8601 UTC.
import { complaintCategories, complaintSources, complaintStatuses, mediationOutcomes, protectiveActions, resolutionActions } from '../../../core/complaints/complaint-model.js';
import { complaintRefKinds } from '../../../app/ports/complaint-store.js';

const iso = { type: 'string', format: 'date-time' } as const;
const id = { type: 'string', minLength: 1, maxLength: 100 } as const;
const ref = {
  type: 'object', additionalProperties: false, required: ['kind', 'ref'],
  properties: { kind: { type: 'string', enum: [...complaintRefKinds] }, ref: { type: 'string', minLength: 1, maxLength: 200 } },
} as const;

export const complaintBodySchema = {
  type: 'object',
  additionalProperties: false,
  required: ['category'],
  properties: {
    category: { type: 'string', enum: [...complaintCategories] },
    // portal complaints come through the portal form only.
    source: { type: 'string', enum: complaintSources.filter((s) => s !== 'portal'), default: 'api' },
    accountId: id,
    personId: id,
    phoneE164: { type: 'string', pattern: '^\\+[1-9][0-9]{6,14}$' },
    messageIds: { type: 'array', maxItems: 20, items: id },
    peopleIds: { type: 'array', maxItems: 20, items: id },
    text: { type: 'string', maxLength: 5000 },
    // Base64 PNG/JPEG/WebP, judged by content; at most 3 of 2 MiB each.
    screenshots: { type: 'array', maxItems: 3, items: { type: 'string', minLength: 4, maxLength: 2_800_000 } },
  },
} as const;

export const resolveBodySchema = {
  type: 'object',
  additionalProperties: false,
  required: ['findings', 'actions'],
  properties: {
    findings: { type: 'string', minLength: 1, maxLength: 10_000 },
    actions: { type: 'array', minItems: 1, uniqueItems: true, items: { type: 'string', enum: [...resolutionActions] } },
    answer: { type: 'string', minLength: 1, maxLength: 5000 },
    refs: { type: 'array', maxItems: 50, items: ref },
  },
} as const;

export const referBodySchema = { type: 'object', additionalProperties: false, required: ['bodyId'], properties: { bodyId: id } } as const;
export const outcomeBodySchema = {
  type: 'object', additionalProperties: false, required: ['outcome'],
  properties: { outcome: { type: 'string', enum: [...mediationOutcomes] } },
} as const;

export const idParamsSchema = { type: 'object', required: ['complaintId'], additionalProperties: false, properties: { complaintId: id } } as const;

export const listQuerySchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    overdue: { type: 'boolean' },
    status: { type: 'string', enum: [...complaintStatuses, 'open'] },
    limit: { type: 'integer', minimum: 1, maximum: 500, default: 100 },
  },
} as const;

const mediation = {
  type: 'object', additionalProperties: false, required: ['bodyId', 'referredAt', 'collectionPaused'],
  properties: { bodyId: { type: 'string' }, referredAt: iso, collectionPaused: { type: 'boolean' }, outcome: { type: 'string' }, concludedAt: iso },
} as const;

export const complaintViewSchema = {
  type: 'object', additionalProperties: false,
  required: ['id', 'category', 'source', 'status', 'receivedAt', 'acknowledgeBy', 'resolveBy', 'overdue', 'messageIds', 'peopleIds', 'protectiveActions', 'screenshots', 'refs'],
  properties: {
    id: { type: 'string' },
    category: { type: 'string' },
    source: { type: 'string' },
    status: { type: 'string' },
    receivedAt: iso,
    accountId: { type: 'string' },
    personId: { type: 'string' },
    phoneE164: { type: 'string' },
    messageIds: { type: 'array', items: { type: 'string' } },
    peopleIds: { type: 'array', items: { type: 'string' } },
    text: { type: 'string' },
    protectiveActions: { type: 'array', items: { type: 'string', enum: [...protectiveActions] } },
    acknowledgeBy: iso,
    resolveBy: iso,
    dueAt: iso,
    overdue: { type: 'boolean' },
    breach: { type: 'string', enum: ['acknowledge', 'resolve'] },
    acknowledgedAt: iso,
    resolvedAt: iso,
    resolution: {
      type: 'object', additionalProperties: false, required: ['findings', 'actions', 'refs'],
      properties: { findings: { type: 'string' }, actions: { type: 'array', items: { type: 'string' } }, answer: { type: 'string' }, refs: { type: 'array', items: ref } },
    },
    mediation,
    screenshots: {
      type: 'array',
      items: { type: 'object', additionalProperties: false, required: ['id', 'mediaType', 'sizeBytes'], properties: { id: { type: 'string' }, mediaType: { type: 'string' }, sizeBytes: { type: 'integer' } } },
    },
    refs: { type: 'array', items: ref },
  },
} as const;

export const complaintListSchema = {
  type: 'object', additionalProperties: false, required: ['items'], properties: { items: { type: 'array', items: complaintViewSchema } },
} as const;

export const filedSchema = {
  type: 'object', additionalProperties: false, required: ['complaint', 'protection'],
  properties: {
    complaint: complaintViewSchema,
    protection: {
      type: 'array',
      items: { type: 'object', additionalProperties: false, required: ['action', 'applied'], properties: { action: { type: 'string' }, applied: { type: 'boolean' }, why: { type: 'string' } } },
    },
  },
} as const;

export const errorResponses = { 400: { $ref: 'ErrorBody#' }, 404: { $ref: 'ErrorBody#' }, 409: { $ref: 'ErrorBody#' }, 413: { $ref: 'ErrorBody#' }, 415: { $ref: 'ErrorBody#' } } as const;
