// The demo's history before today: contacts in different confirmation states (every
// fourth confirmed, the others unconfirmed) and, for three in four accounts with a
// contact, three unanswered calls to the borrower on the two previous days — the cn reading of
// "borrower unreachable" (borrower-reachability.ts), without which no contact may be
// messaged. So today's plan holds consent and location requests, not only reminders.
import type { ImportRecord } from '../../core/model/import-record.js';
import type { TenantId } from '../../core/model/ids.js';
import { HOUR_MS } from '../../core/schedule/zone-day.js';
import type { Store } from '../ports/store.js';

const actor = 'system:demo';

/**
 * Record i (0-based): contact confirmed when i % 4 === 3; borrower unreachable unless
 * i % 4 === 1. With the DPD spread of demo-records.ts, 120 accounts give about a dozen
 * location requests and twenty consent requests on the first day.
 */
export const demoContactConfirmed = (i: number): boolean => i % 4 === 3;
export const demoBorrowerUnreachable = (i: number): boolean => i % 4 !== 1;

/** `now` epoch ms UTC; the calls are 48 h, 43 h and 24 h earlier (two local days in any zone). */
export const seedDemoLedger = async (store: Store, tenant: TenantId, records: readonly ImportRecord[], now: number): Promise<void> => {
  await store.transaction(async (tx) => {
    for (const [i, r] of records.entries()) {
      if (r.contacts.length === 0) continue;
      const account = await tx.getAccountByExternalId(tenant, r.externalId);
      if (account === undefined) continue;
      const people = await tx.listAccountPeople(tenant, account.id);
      const borrower = people.find((p) => p.role === 'borrower');
      for (const contact of people.filter((p) => p.role !== 'borrower')) {
        if (demoContactConfirmed(i)) await tx.setContactConfirmation(tenant, account.id, contact.personId, 'confirmed', now - 72 * HOUR_MS, actor);
      }
      if (borrower === undefined || !demoBorrowerUnreachable(i)) continue;
      for (const ago of [48, 43, 24]) {
        await tx.appendContactEvent(tenant, {
          at: now - ago * HOUR_MS, channel: 'call', direction: 'outbound', personId: borrower.personId, party: 'borrower',
          accountIds: [account.id], result: 'unanswered', to: r.borrower.phoneE164,
        });
      }
    }
  });
};
