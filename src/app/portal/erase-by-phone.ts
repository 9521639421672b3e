// Erasure asked for on the portal, after a one-time code proved the number (PIPL Art. 47;
// docs/portal.md): in one transaction the person's designated times are deleted, then
// Store.erasePerson (links and number deleted, ledger kept under the suppression hash,
// number suppressed, pending messages cancelled), and a `portal.erasure` audit event
// carrying the receipt reference the person is shown.
import type { TenantId } from '../../core/model/ids.js';
import type { Store } from '../ports/store.js';

export type ErasureOutcome = { readonly kind: 'erased' } | { readonly kind: 'nothing_held' };

export const eraseByPhone = (store: Store, tenant: TenantId, phone: string, receipt: string, actor = 'portal'): Promise<ErasureOutcome> =>
  store.transaction(async (tx) => {
    const person = await tx.findPersonByPhone(tenant, phone);
    if (person === undefined) {
      await tx.appendAudit(tenant, { actor, type: 'portal.erasure', subject: `tenant:${tenant}`, data: { receipt, held: false } });
      return { kind: 'nothing_held' } as const;
    }
    await tx.setInconvenientTimes(tenant, person.id, [], actor);
    const report = await tx.erasePerson(tenant, person.id, actor);
    await tx.appendAudit(tenant, {
      actor,
      type: 'portal.erasure',
      subject: report.ok ? `erased:${report.value.personHash}` : `tenant:${tenant}`,
      data: { receipt, held: report.ok },
    });
    return report.ok ? ({ kind: 'erased' } as const) : ({ kind: 'nothing_held' } as const);
  });
