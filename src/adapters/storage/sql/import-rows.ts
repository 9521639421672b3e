// Builds table rows from validated import records. Personal fields are sealed here,
// with the tenant and column bound as associated data.
import { canonicalJson } from '../../../core/canonical-json.js';
import type { TenantId } from '../../../core/model/ids.js';
import type { ImportRecord, ImportedContact, ImportedPerson, PersonRole } from '../../../core/model/import-record.js';
import type { AccountPeopleTable, AccountsTable } from './schema.js';
import { seal, sealOptional, type SqlContext } from './sql-context.js';

const personValues = (p: ImportedPerson | ImportedContact): readonly unknown[] => [
  p.externalId ?? null,
  p.name,
  p.phoneE164,
  p.email ?? null,
  p.timeZones,
  p.locale,
  'role' in p ? p.role : null,
  'relationship' in p ? (p.relationship ?? null) : null,
];

/**
 * Keyed hash of everything the lender sent for the account except the line number.
 * A fixed-order array (not canonical JSON): the hash never leaves this store, and the
 * import computes a million of them. Adding a field to ImportRecord must add it here.
 */
export const importHash = (ctx: SqlContext, tenant: TenantId, r: ImportRecord): string =>
  ctx.cipher.blindIndex(
    tenant,
    `import/v1\u0000${JSON.stringify([
      r.externalId,
      r.product,
      r.currency,
      r.principalMinor,
      r.balanceMinor,
      r.overdueMinor,
      r.dueDate,
      r.daysPastDue,
      r.status,
      r.flags,
      personValues(r.borrower),
      r.contacts.map(personValues),
    ])}`,
  );

/** The columns an import owns; state set by other flows (cease, dispute…) is not among them. */
export const importedAccountColumns = (r: ImportRecord, hash: string, now: number) => ({
  external_id: r.externalId,
  product: r.product,
  currency: r.currency,
  principal_minor: r.principalMinor,
  balance_minor: r.balanceMinor,
  overdue_minor: r.overdueMinor,
  due_date: r.dueDate,
  days_past_due: r.daysPastDue,
  status: r.status,
  flags: canonicalJson(r.flags),
  import_hash: hash,
  updated_at: now,
});

export const newAccountRow = (tenant: TenantId, id: string, r: ImportRecord, hash: string, now: number): AccountsTable => ({
  tenant_id: tenant,
  account_id: id,
  ...importedAccountColumns(r, hash, now),
  debt_group: null,
  borrower_status: null,
  cease_received_at: null,
  disputed_at: null,
  verification_sent_at: null,
  attorney_known_at: null,
  created_at: now,
});

export interface Party {
  readonly position: number;
  readonly role: PersonRole;
  readonly person: ImportedPerson | ImportedContact;
}

/** The borrower at position 0, contacts at 1..5 in the order given. */
export const partiesOf = (r: ImportRecord): readonly Party[] => [
  { position: 0, role: 'borrower', person: r.borrower },
  ...r.contacts.map((c, i) => ({ position: i + 1, role: c.role, person: c })),
];

/** Only emergency contacts never agreed to anything: they start unconfirmed. */
export const initialConfirmation = (role: PersonRole): string =>
  role === 'emergency_contact' ? 'unconfirmed' : 'not_required';

/** What a re-imported link keeps from the link it replaces (same account and person). */
export interface LinkCarry {
  readonly confirmation: string;
  readonly confirmation_at: number | null;
  readonly created_at: number;
}

export const linkRow = (
  ctx: SqlContext,
  tenant: TenantId,
  account: string,
  party: Party,
  person: string,
  carry: LinkCarry | undefined,
  suppressedAt: number | null,
  now: number,
): AccountPeopleTable => {
  const p = party.person;
  const relationship = 'relationship' in p && p.relationship !== undefined ? p.relationship : null;
  return {
    tenant_id: tenant,
    account_id: account,
    position: party.position,
    person_id: person,
    role: party.role,
    name_enc: seal(ctx, tenant, 'account_people.name', p.name),
    email_enc: sealOptional(ctx, tenant, 'account_people.email', p.email),
    person_external_id: p.externalId ?? null,
    relationship,
    time_zones: canonicalJson(p.timeZones),
    locale: p.locale,
    confirmation: carry?.confirmation ?? initialConfirmation(party.role),
    confirmation_at: carry?.confirmation_at ?? null,
    suppressed_at: suppressedAt,
    created_at: carry?.created_at ?? now,
    updated_at: now,
  };
};
