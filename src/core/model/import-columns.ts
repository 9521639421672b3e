// The columns of the import format (docs/import.md). CSV headers and JSON Lines keys are
// the same names. Amounts may be given in major units (`principal`, "1234.56") or as
// integers in minor units (`principal_minor`, 123456) — one of the two per amount.
import type { TactFailure } from '../errors.js';
import { failure } from '../errors.js';

export const maxContacts = 5;
export const contactFields = ['name', 'phone', 'role', 'relationship'] as const;
export type ContactField = (typeof contactFields)[number];

export const amountColumns = ['principal', 'balance', 'amount_overdue'] as const;
export type AmountColumn = (typeof amountColumns)[number];

export const requiredColumns = ['external_id', 'product', 'currency', 'due_date', 'borrower_name', 'borrower_phone'] as const;

export const optionalColumns = [
  'days_past_due',
  'status',
  'flags',
  'borrower_external_id',
  'borrower_email',
  'borrower_address_region',
  'borrower_timezone',
  'locale',
] as const;

/** Added by a reject file; ignored on import so a corrected reject file imports as is. */
export const errorColumn = 'error';

export const contactColumn = (n: number, field: ContactField): string => `contact${n}_${field}`;

const contactColumns = Array.from({ length: maxContacts }, (_, i) => contactFields.map((f) => contactColumn(i + 1, f))).flat();

export const knownColumns: ReadonlySet<string> = new Set<string>([
  ...requiredColumns,
  ...optionalColumns,
  ...amountColumns,
  ...amountColumns.map((c) => `${c}_minor`),
  ...contactColumns,
  errorColumn,
]);

/** Columns in the order a template file lists them (docs, examples, reject files). */
export const templateColumns: readonly string[] = [
  'external_id', 'product', 'currency', 'principal', 'balance', 'amount_overdue', 'due_date', 'days_past_due',
  'status', 'flags', 'borrower_external_id', 'borrower_name', 'borrower_phone', 'borrower_email',
  'borrower_address_region', 'borrower_timezone', 'locale', ...contactColumns,
];

const beyondLastContact = /^contact([0-9]+)_/;

/** Problems of a column list (a CSV header, or a JSON Lines object's keys), at `line`. */
export const checkColumns = (columns: readonly string[], line: number, requireAll: boolean): TactFailure[] => {
  const problems: TactFailure[] = [];
  const seen = new Set<string>();
  for (const c of columns) {
    if (seen.has(c)) problems.push(failure('TACT_ERR_IMPORT_DUPLICATE_COLUMN', { path: c, line }));
    seen.add(c);
    if (knownColumns.has(c)) continue;
    const n = beyondLastContact.exec(c);
    if (n !== null && Number(n[1]) > maxContacts) problems.push(failure('TACT_ERR_IMPORT_TOO_MANY_CONTACTS', { path: c, line }));
    else problems.push(failure('TACT_ERR_IMPORT_UNKNOWN_COLUMN', { path: c, line }));
  }
  if (!requireAll) return problems;
  for (const c of requiredColumns) if (!seen.has(c)) problems.push(failure('TACT_ERR_IMPORT_MISSING_COLUMN', { path: c, line }));
  for (const c of amountColumns) {
    if (!seen.has(c) && !seen.has(`${c}_minor`)) problems.push(failure('TACT_ERR_IMPORT_MISSING_COLUMN', { path: c, line }));
  }
  return problems;
};
