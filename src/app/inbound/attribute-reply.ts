// Who a reply comes from and what it answers (docs/inbound.md, "Attribution"):
// 1. the number is looked up through the blind index (people.phone_index);
// 2. the reply answers the newest message that left for that person (sending, sent,
//    delivered, failed, …): its accounts and its party decide the effect, and a consent
//    request still open (a contact link `unconfirmed`) makes Y / N meaningful;
// 3. with no message yet, the reply concerns every account the person is linked to,
//    as the borrower when any link is a borrower link, else as a third party.
import type { Party } from '../../core/model/decision-request.js';
import type { AccountId, PersonId, TenantId } from '../../core/model/ids.js';
import type { Locale } from '../../core/model/import-record.js';
import type { OutboundTrace, PersonLink } from '../ports/inbound-store.js';
import type { Store } from '../ports/store.js';

export interface Attribution {
  /** Absent: the number belongs to nobody the tenant holds. */
  readonly personId?: PersonId;
  readonly party: Party;
  readonly accountIds: readonly AccountId[];
  readonly awaitingConsent: boolean;
  readonly locale: Locale;
  readonly answered?: OutboundTrace;
  readonly links: readonly PersonLink[];
}

export const attributeReply = async (store: Store, tenant: TenantId, phone: string, tenantLocale: Locale): Promise<Attribution> => {
  const person = await store.findPersonByPhone(tenant, phone);
  if (person === undefined) return { party: 'borrower', accountIds: [], awaitingConsent: false, locale: tenantLocale, links: [] };
  const [answered, links] = await Promise.all([store.lastOutboundTo(tenant, person.id), store.personLinks(tenant, person.id)]);
  const accountIds = answered?.accountIds ?? links.map((l) => l.accountId);
  const concerned = links.filter((l) => accountIds.includes(l.accountId));
  const party: Party = answered?.party ?? (links.some((l) => l.role === 'borrower') ? 'borrower' : 'third_party');
  const awaitingConsent =
    answered?.purpose === 'consent_request' && concerned.some((l) => l.role !== 'borrower' && l.confirmation === 'unconfirmed');
  return {
    personId: person.id,
    party,
    accountIds,
    awaitingConsent,
    locale: concerned[0]?.locale ?? links[0]?.locale ?? tenantLocale,
    ...(answered === undefined ? {} : { answered }),
    links: concerned,
  };
};
