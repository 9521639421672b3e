// One validated import row: an account, its borrower and up to 5 contacts. Built by the
// import parser (core/model/parse-import-row.ts) from CSV or JSON Lines, written by
// Store.upsertImportBatch in one transaction per batch. Phone numbers are E.164,
// money is integer minor units of `currency`, dates are YYYY-MM-DD.

export const contactRoles = ['co_borrower', 'guarantor', 'emergency_contact'] as const;
export type ContactRole = (typeof contactRoles)[number];

export const personRoles = ['borrower', ...contactRoles] as const;
export type PersonRole = (typeof personRoles)[number];

// `closed`: the lender closed the account (DELETE /v1/accounts/:id); rows are kept, never deleted.
export const accountStatuses = ['current', 'overdue', 'settled', 'cured', 'written_off', 'paused', 'closed'] as const;
export type AccountStatus = (typeof accountStatuses)[number];

export const locales = ['zh-CN', 'en'] as const;
export type Locale = (typeof locales)[number];

export interface ImportedPerson {
  /** Tenant-stable external id of the person when the lender has one. */
  readonly externalId?: string;
  readonly name: string;
  readonly phoneE164: string;
  readonly email?: string;
  /** IANA zones the number and address point to; never empty after import. */
  readonly timeZones: readonly string[];
  readonly locale: Locale;
}

export interface ImportedContact extends ImportedPerson {
  readonly role: ContactRole;
  /** Free text as given by the borrower: 配偶, 父亲, colleague… */
  readonly relationship?: string;
}

export interface ImportRecord {
  /** 1-based line in the input file (CSV header is line 1). */
  readonly line: number;
  readonly externalId: string;
  readonly product: string;
  readonly currency: string;
  readonly principalMinor: number;
  readonly balanceMinor: number;
  readonly overdueMinor: number;
  readonly dueDate: string;
  readonly daysPastDue: number;
  readonly status: AccountStatus;
  readonly flags: readonly string[];
  readonly borrower: ImportedPerson;
  readonly contacts: readonly ImportedContact[];
}
