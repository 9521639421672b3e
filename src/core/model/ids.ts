// Branded ids: a TenantId cannot be passed where an AccountId is expected.
declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type TenantId = Brand<string, 'TenantId'>;
export type AccountId = Brand<string, 'AccountId'>;
export type PersonId = Brand<string, 'PersonId'>;
export type MessageId = Brand<string, 'MessageId'>;
export type ContactEventId = Brand<string, 'ContactEventId'>;

export const tenantId = (s: string): TenantId => s as TenantId;
export const accountId = (s: string): AccountId => s as AccountId;
export const personId = (s: string): PersonId => s as PersonId;
export const messageId = (s: string): MessageId => s as MessageId;
export const contactEventId = (s: string): ContactEventId => s as ContactEventId;
