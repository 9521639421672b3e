// The accounts a signed-in number holds as borrower, in every tenant (docs/portal.md,
// "Borrowers"). An account is named on the portal by `<tenant>.<account id>`; a ref is
// honoured only when the session's number is that account's borrower, so a guessed or
// copied ref of someone else's account is "not found", exactly like a missing one.
import type { AccountId, PersonId, TenantId } from '../../core/model/ids.js';
import { accountId, tenantId } from '../../core/model/ids.js';
import type { PlanAccountRow } from '../ports/plan-store.js';
import type { Store } from '../ports/store.js';
import type { TenantRecord } from '../ports/store-records.js';
import type { TenantCache } from './tenant-cache.js';

export interface BorrowerAccount {
  readonly ref: string;
  readonly tenant: TenantRecord;
  readonly personId: PersonId;
  readonly account: PlanAccountRow;
}

export const accountRef = (tenant: TenantId, account: AccountId): string => `${tenant}.${account}`;

export const listBorrowerAccounts = async (store: Store, tenants: TenantCache, phone: string): Promise<readonly BorrowerAccount[]> => {
  const out: BorrowerAccount[] = [];
  for (const t of await store.borrowerTenants(phone)) {
    const tenant = await tenants.get(t);
    const person = await store.findPersonByPhone(t, phone);
    if (tenant === undefined || person === undefined) continue;
    const links = (await store.personLinks(t, person.id)).filter((l) => l.role === 'borrower');
    const accounts = await store.getPlanAccounts(t, links.map((l) => l.accountId));
    for (const account of accounts) out.push({ ref: accountRef(t, account.id), tenant, personId: person.id, account });
  }
  return out;
};

export const findBorrowerAccount = async (store: Store, tenants: TenantCache, phone: string, ref: string): Promise<BorrowerAccount | undefined> => {
  const dot = ref.lastIndexOf('.');
  if (dot <= 0) return undefined;
  const t = tenantId(ref.slice(0, dot));
  const id = accountId(ref.slice(dot + 1));
  const person = await store.findPersonByPhone(t, phone);
  if (person === undefined) return undefined;
  const link = (await store.personLinks(t, person.id)).find((l) => l.accountId === id && l.role === 'borrower');
  const tenant = await tenants.get(t);
  if (link === undefined || tenant === undefined) return undefined;
  const [account] = await store.getPlanAccounts(t, [id]);
  return account === undefined ? undefined : { ref, tenant, personId: person.id, account };
};
