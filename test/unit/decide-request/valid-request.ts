// A small valid request that the tables below break one field at a time.
import type { DecisionRequest } from '../../../src/core/model/decision-request.js';

export const validRequest = (): DecisionRequest => ({
  pack: 'us-regf',
  at: '2026-03-09T15:00:00Z',
  contact: {
    channel: 'sms',
    to: '+12025550123',
    personId: 'p-1',
    party: 'borrower',
    accountIds: ['a-1'],
    purpose: 'collection',
  },
  person: {
    id: 'p-1',
    timeZones: ['America/New_York', 'America/Los_Angeles'],
    inconvenient: [{ days: ['sun'], from: '12:00', to: '14:00' }],
    optOuts: [{ channel: 'email', at: '2026-02-01T10:00:00-05:00' }],
    consentToCall: [{ from: '2026-03-08T14:00:00Z', until: '2026-03-10T14:00:00Z' }],
    wrongNumbers: [{ to: '+12025550199', learnedAt: '2026-01-10T12:00:00Z' }],
  },
  accounts: [{ id: 'a-1', daysPastDue: 12 }],
  history: [
    {
      id: 'e-1',
      at: '2026-03-06T14:00:00Z',
      channel: 'call',
      direction: 'outbound',
      personId: 'p-1',
      party: 'borrower',
      to: '+12025550123',
      accountIds: ['a-1'],
      result: 'unanswered',
    },
  ],
});

/** A deep copy as plain JSON, to be broken by a test. */
export const validJson = (): Record<string, any> => JSON.parse(JSON.stringify(validRequest())) as Record<string, any>;
