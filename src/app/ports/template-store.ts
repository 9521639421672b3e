// Tenant templates and messaging settings, part of the Store port (Store extends this).
// Templates exist per tenant, audience, channel and locale; a save appends a new version,
// never overwrites one. Every write appends an audit event in the same transaction.
import type { TenantId } from '../../core/model/ids.js';
import type { Audience, MessageChannel, MessageLocale, Template } from '../../core/messages/template.js';
import type { Actor } from './store-records.js';

/** What a tenant sets once: the renderer's and the lint's inputs plus the contact points. */
export interface MessagingSettings {
  /** SMS signature without brackets, 2–12 characters. */
  readonly brand: string;
  /** Neutral signature for messages to third parties; absent = `brand`. */
  readonly thirdPartyBrand?: string;
  /** The phone number borrowers call back (the `{hotline}` placeholder). */
  readonly hotline: string;
  /** The self-service portal address (the `{portalUrl}` placeholder). */
  readonly portalUrl: string;
  /** Host names links may point to; `*.example.com` also allows subdomains. */
  readonly linkAllowList: readonly string[];
  /** Price of one SMS segment in minor units of `currency`. */
  readonly pricePerSegmentMinor: number;
  /** ISO 4217. */
  readonly currency: string;
}

export interface MessagingSettingsRecord extends MessagingSettings {
  /** Epoch ms UTC. */
  readonly updatedAt: number;
}

export const templateStatuses = ['active', 'retired'] as const;
export type TemplateStatus = (typeof templateStatuses)[number];

/** A template to store: the version is assigned by the store. */
export type NewTemplate = Pick<Template, 'key' | 'audience' | 'channel' | 'locale' | 'body'>;

export interface StoredTemplate extends Template {
  readonly status: TemplateStatus;
  /** Epoch ms UTC. */
  readonly createdAt: number;
  readonly createdBy: Actor;
}

export interface TemplateStore {
  getMessaging(tenant: TenantId): Promise<MessagingSettingsRecord | undefined>;
  /** Replaces the tenant's settings; audit `tenant.messaging_set`. */
  setMessaging(tenant: TenantId, settings: MessagingSettings, actor: Actor): Promise<MessagingSettingsRecord>;
  /** Appends the next version (1 for a new key/audience/channel/locale); audit `template.saved`. */
  saveTemplate(tenant: TenantId, template: NewTemplate, actor: Actor): Promise<StoredTemplate>;
  /** The newest active version of each (key, audience, channel, locale), ordered by id. */
  activeTemplates(tenant: TenantId): Promise<readonly StoredTemplate[]>;
  /** The newest active version, or undefined when the tenant has none. */
  findTemplate(
    tenant: TenantId,
    key: string,
    audience: Audience,
    channel: MessageChannel,
    locale: MessageLocale,
  ): Promise<StoredTemplate | undefined>;
}
