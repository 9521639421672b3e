// A message as the API shows it: no body and no address (personal data; the body is
// shown only to roles that see names), the decision with its violations.
import type { MessageRecord } from '../../../app/ports/store-records.js';
import { messageStates } from '../../../app/ports/store-records.js';
import { iso } from '../api-schemas.js';
import type { PersonalView } from '../principal-view.js';

export const decisionSchema = {
  type: ['object', 'null'],
  additionalProperties: false,
  properties: {
    allowed: { type: 'boolean' },
    earliestAllowedAt: { type: ['string', 'null'] },
    violations: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        properties: { rule: { type: 'string' }, reason: { type: 'string' }, level: { type: 'string' }, message: { type: 'string' }, citation: { type: 'string' } },
      },
    },
  },
} as const;

/** The stored decision JSON, or null when the message was queued without one. */
export const decisionJson = (d: unknown): unknown => (d !== null && typeof d === 'object' ? d : null);

export const messageSchema = {
  type: 'object',
  required: ['id', 'accountIds', 'party', 'channel', 'purpose', 'state', 'scheduledAt', 'verificationCode', 'decision', 'createdAt', 'updatedAt'],
  additionalProperties: false,
  properties: {
    id: { type: 'string' },
    accountIds: { type: 'array', items: { type: 'string' } },
    personId: { type: 'string' },
    party: { type: 'string' },
    channel: { type: 'string' },
    purpose: { type: 'string' },
    state: { type: 'string', enum: [...messageStates] },
    scheduledAt: { type: 'string', format: 'date-time' },
    verificationCode: { type: 'string' },
    templateId: { type: 'string' },
    decision: decisionSchema,
    body: { type: 'string', description: 'The rendered text; only for roles that see personal data.' },
    createdAt: { type: 'string', format: 'date-time' },
    updatedAt: { type: 'string', format: 'date-time' },
  },
} as const;

export const messageJson = (m: MessageRecord, view: PersonalView) => {
  const body = view.text(m.body);
  return {
    id: m.id,
    accountIds: [...m.accountIds],
    ...(m.personId === undefined ? {} : { personId: m.personId }),
    party: m.party,
    channel: m.channel,
    purpose: m.purpose,
    state: m.state,
    scheduledAt: iso(m.scheduledAt),
    verificationCode: m.verificationCode,
    ...(m.templateId === undefined ? {} : { templateId: m.templateId }),
    decision: decisionJson(m.decision),
    ...(body === undefined ? {} : { body }),
    createdAt: iso(m.createdAt),
    updatedAt: iso(m.updatedAt),
  };
};
