// The registry of placeholders a template may use, and where each may appear.
// `thirdParty: false` marks a placeholder that would tell a contact about a debt (or is
// a link): the lint rejects it in a third_party template.

export const placeholderNames = [
  'borrowerName',
  'contactName',
  'amountOverdue',
  'dueDate',
  'planOptions',
  'hotline',
  'portalUrl',
  'brand',
] as const;
export type PlaceholderName = (typeof placeholderNames)[number];

export interface PlaceholderSpec {
  readonly description: string;
  readonly thirdParty: boolean;
}

export const placeholderRegistry: Readonly<Record<PlaceholderName, PlaceholderSpec>> = {
  borrowerName: {
    description:
      "The borrower's name as the lender chooses to show it: full name, surname with a title (张先生), or a display name. In a consent request or location message a contact may learn the name, never anything about a debt.",
    thirdParty: true,
  },
  contactName: { description: "The recipient contact's own name, for a greeting.", thirdParty: true },
  amountOverdue: {
    description: 'The amount overdue, from integer minor units and an ISO 4217 currency, formatted for the locale (¥1,234.50).',
    thirdParty: false,
  },
  dueDate: { description: 'The due date (YYYY-MM-DD, the lender calendar date), formatted for the locale.', thirdParty: false },
  planOptions: { description: 'Repayment plan options (instalments × amount), formatted and joined for the locale.', thirdParty: false },
  hotline: { description: "The lender's customer-service number.", thirdParty: true },
  portalUrl: { description: "The borrower portal's address; must be on the tenant's link allow-list.", thirdParty: false },
  brand: { description: 'The brand name (defaults to the tenant signature).', thirdParty: true },
};

export const isPlaceholderName = (name: string): name is PlaceholderName =>
  (placeholderNames as readonly string[]).includes(name);

/** One `{name}` in a body, with its span [start, end) in UTF-16 units. */
export interface PlaceholderUse {
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

/** Every `{name}` in the body, known or not, in order. */
export const findPlaceholders = (body: string): readonly PlaceholderUse[] =>
  [...body.matchAll(/\{([^{}\s]*)\}/g)].map((m) => ({ name: m[1] ?? '', start: m.index, end: m.index + m[0].length }));

/** Braces that do not form a `{name}` (a typo such as `{name` or `{ name }`). */
export const findStrayBraces = (body: string): readonly { readonly start: number; readonly end: number }[] => {
  const masked = body.replace(/\{([^{}\s]*)\}/g, (m) => ' '.repeat(m.length));
  return [...masked.matchAll(/[{}]/g)].map((m) => ({ start: m.index, end: m.index + 1 }));
};
