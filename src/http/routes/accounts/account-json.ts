// An account as the API shows it (camelCase, ISO times) and its response schema.
import type { AccountRecord } from '../../../app/ports/store-records.js';
import { accountStatuses } from '../../../core/model/import-record.js';
import { iso } from '../api-schemas.js';

export const accountSchema = {
  type: 'object',
  required: ['id', 'externalId', 'product', 'currency', 'principalMinor', 'balanceMinor', 'overdueMinor', 'dueDate', 'daysPastDue', 'status', 'flags', 'createdAt', 'updatedAt'],
  additionalProperties: false,
  properties: {
    id: { type: 'string' },
    externalId: { type: 'string' },
    product: { type: 'string' },
    currency: { type: 'string' },
    principalMinor: { type: 'integer', description: 'Minor units of currency.' },
    balanceMinor: { type: 'integer' },
    overdueMinor: { type: 'integer' },
    dueDate: { type: 'string', format: 'date' },
    daysPastDue: { type: 'integer' },
    status: { type: 'string', enum: [...accountStatuses] },
    flags: { type: 'array', items: { type: 'string' } },
    createdAt: { type: 'string', format: 'date-time' },
    updatedAt: { type: 'string', format: 'date-time' },
  },
} as const;

export const accountJson = (a: AccountRecord) => ({
  id: a.id,
  externalId: a.externalId,
  product: a.product,
  currency: a.currency,
  principalMinor: a.principalMinor,
  balanceMinor: a.balanceMinor,
  overdueMinor: a.overdueMinor,
  dueDate: a.dueDate,
  daysPastDue: a.daysPastDue,
  status: a.status,
  flags: [...a.flags],
  createdAt: iso(a.createdAt),
  updatedAt: iso(a.updatedAt),
});
