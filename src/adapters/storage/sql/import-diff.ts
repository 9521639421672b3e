// Field-level diff of a re-imported account, for its audit event. It names the fields
// that changed; values are kept only for fields that identify nobody (status, product,
// currency, days past due, flags, role, locale). Names, numbers, e-mail addresses,
// amounts and dates appear as field names only.
import { canonicalJson } from '../../../core/canonical-json.js';
import type { ImportRecord } from '../../../core/model/import-record.js';
import { partiesOf } from './import-rows.js';
import type { AccountsTable } from './schema.js';

export interface FieldChange {
  readonly field: string;
  readonly from?: string | number;
  readonly to?: string | number;
}

/** An old link as compared: the person id stands for the number. */
export interface OldLink {
  readonly position: number;
  readonly role: string;
  readonly personId: string;
  readonly name: string;
  readonly email: string | undefined;
  readonly externalId: string | null;
  readonly relationship: string | null;
  readonly timeZones: string;
  readonly locale: string;
}

const open = (field: string, a: string | number, b: string | number): FieldChange[] =>
  a === b ? [] : [{ field, from: a, to: b }];
const closed = (field: string, a: unknown, b: unknown): FieldChange[] => (a === b ? [] : [{ field }]);

export const diffImport = (
  old: AccountsTable,
  oldLinks: readonly OldLink[],
  r: ImportRecord,
  personIdOf: (e164: string) => string,
): readonly FieldChange[] => {
  const changes: FieldChange[] = [
    ...open('product', old.product, r.product),
    ...open('currency', old.currency, r.currency),
    ...closed('principalMinor', Number(old.principal_minor), r.principalMinor),
    ...closed('balanceMinor', Number(old.balance_minor), r.balanceMinor),
    ...closed('overdueMinor', Number(old.overdue_minor), r.overdueMinor),
    ...closed('dueDate', old.due_date, r.dueDate),
    ...open('daysPastDue', Number(old.days_past_due), r.daysPastDue),
    ...open('status', old.status, r.status),
    ...open('flags', old.flags, canonicalJson(r.flags)),
  ];
  const byPosition = new Map(oldLinks.map((l) => [l.position, l]));
  const parties = partiesOf(r);
  for (const party of parties) {
    const key = party.position === 0 ? 'borrower' : `contacts[${party.position - 1}]`;
    const was = byPosition.get(party.position);
    if (was === undefined) {
      changes.push({ field: key, to: 'added' });
      continue;
    }
    const p = party.person;
    const relationship = 'relationship' in p && p.relationship !== undefined ? p.relationship : null;
    changes.push(
      ...open(`${key}.role`, was.role, party.role),
      ...closed(`${key}.phone`, was.personId, personIdOf(p.phoneE164)),
      ...closed(`${key}.name`, was.name, p.name),
      ...closed(`${key}.email`, was.email, p.email),
      ...closed(`${key}.externalId`, was.externalId, p.externalId ?? null),
      ...closed(`${key}.relationship`, was.relationship, relationship),
      ...closed(`${key}.timeZones`, was.timeZones, canonicalJson(p.timeZones)),
      ...open(`${key}.locale`, was.locale, p.locale),
    );
  }
  for (const l of oldLinks) {
    if (l.position >= parties.length) changes.push({ field: `contacts[${l.position - 1}]`, to: 'removed' });
  }
  return changes;
};
