// Which tenants an inbound event belongs to when one SMPP bind or provider account serves
// several lenders. A receipt goes to the tenant holding a message with its provider id.
// A reply goes to every tenant that holds the sending number (a STOP to a shared short
// code cannot say which lender it means, so each one honours it). An event no tenant
// recognises goes to all of them: an unknown receipt is kept as an orphan everywhere
// (applied wherever the id later turns up), an unknown number's STOP is recorded by its
// suppression hash everywhere. Nothing is dropped.
import type { InboundEvent } from '../ports/sms-transport.js';
import type { Store } from '../ports/store.js';
import type { TenantId } from '../../core/model/ids.js';
import { inboundE164 } from './receive-inbound.js';

export const tenantsForInbound = async (store: Store, event: InboundEvent): Promise<readonly TenantId[]> => {
  const tenants = await store.listTenantIds();
  if (tenants.length <= 1) return tenants;
  const holders: TenantId[] = [];
  for (const t of tenants) {
    const held =
      event.kind === 'receipt'
        ? (await store.findMessageByProviderId(t, event.providerId)) !== undefined
        : (await store.findPersonByPhone(t, inboundE164(event.from))) !== undefined;
    if (held) holders.push(t);
  }
  return holders.length > 0 ? holders : tenants;
};
