// What a message template is. Templates exist per tenant, audience, channel and locale;
// `key` names the purpose across tenants (`reminder.dpd7`), `version` counts edits.
// The body holds `{placeholder}`s from the registry (placeholders.ts). The signature,
// the verification code and the opt-out footer are never in the body: the renderer adds
// them (renderer-additions.ts) and the lint rejects hand-written ones.

export const audiences = ['borrower', 'third_party'] as const;
export type Audience = (typeof audiences)[number];

export const messageChannels = ['sms', 'email'] as const;
export type MessageChannel = (typeof messageChannels)[number];

export const messageLocales = ['zh-CN', 'en'] as const;
export type MessageLocale = (typeof messageLocales)[number];

export interface Template {
  /** Unique within a tenant's template set, e.g. `zh-CN/sms/reminder.dpd7`. */
  readonly id: string;
  /** Tenant-independent purpose key, e.g. `reminder.dpd7`, `consent.request`. */
  readonly key: string;
  readonly audience: Audience;
  readonly channel: MessageChannel;
  readonly locale: MessageLocale;
  readonly body: string;
  /** 1 for the first version; a stored edit is a new version, never an overwrite. */
  readonly version: number;
}

/** The tenant settings the renderer and the lint need. */
export interface TenantMessaging {
  /** The SMS signature without brackets, 2–12 characters (【brand】 / "Brand:"). */
  readonly brand: string;
  /**
   * A neutral signature for messages to third parties, when `brand` itself tells of a
   * loan (e.g. "某某贷"): a contact must learn nothing about a debt, not even from the
   * signature. Defaults to `brand`.
   */
  readonly thirdPartyBrand?: string;
  readonly locale: MessageLocale;
  /** Host names links may point to; `*.example.com` also allows its subdomains. */
  readonly linkAllowList: readonly string[];
  /** Price of one SMS segment in minor units of `currency` (e.g. 5 = ¥0.05). */
  readonly pricePerSegmentMinor: number;
  /** ISO 4217 code of the price. */
  readonly currency: string;
}

/** The signature's length in characters (code points), as carriers count it. */
export const signatureLength = (brand: string): number => [...brand].length;

/** 2–12 characters, no brackets of any kind, no line breaks, not blank. */
export const isValidSignature = (brand: string): boolean =>
  brand.trim() === brand && signatureLength(brand) >= 2 && signatureLength(brand) <= 12 && !/[【】[\]\r\n]/.test(brand);
