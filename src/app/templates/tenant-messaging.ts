// A tenant's messaging settings as the renderer and the lint need them, plus the
// `{hotline}` / `{portalUrl}` values. A tenant that has not run `tact tenant messaging
// set` gets documented fallbacks (docs/messages.md, "Tenant templates and messaging
// settings"): the signature derived from the tenant's name (else its id), the tenant's
// locale, an EMPTY link allow-list (no link passes the lint), price 0 (cost unknown)
// in CNY for zh-CN and USD for en, and NO hotline and NO portal — never an invented one,
// so a template that needs them fails to render with TACT_ERR_MESSAGE_MISSING_VARIABLE.
import { failure, type TactFailure } from '../../core/errors.js';
import { findLinks, isHostAllowed } from '../../core/messages/find-links.js';
import { formatMoney } from '../../core/messages/message-vars.js';
import { isValidSignature, type MessageLocale, type TenantMessaging } from '../../core/messages/template.js';
import type { TenantId } from '../../core/model/ids.js';
import { err, ok, type Result } from '../../core/result.js';
import type { Store } from '../ports/store.js';
import type { Actor } from '../ports/store-records.js';
import type { MessagingSettings, MessagingSettingsRecord } from '../ports/template-store.js';

export interface ResolvedMessaging {
  readonly messaging: TenantMessaging;
  /** Values for the `{hotline}` and `{portalUrl}` placeholders; absent when not set. */
  readonly vars: { readonly hotline?: string; readonly portalUrl?: string };
  /** `tenant`: stored settings; `fallback`: derived, see the file comment. */
  readonly source: 'tenant' | 'fallback';
}

/** The name without brackets and line breaks, cut to 12 characters; undefined if < 2 remain. */
export const signatureFrom = (text: string): string | undefined => {
  const cut = [...text.replace(/[【】[\]\r\n]/g, ' ').trim()].slice(0, 12).join('').trim();
  return isValidSignature(cut) ? cut : undefined;
};

export const messagingFor = async (
  store: Store,
  tenant: TenantId,
): Promise<Result<ResolvedMessaging, 'TACT_ERR_STORE_UNKNOWN_TENANT' | 'TACT_ERR_MESSAGE_BAD_SIGNATURE'>> => {
  const record = await store.getTenant(tenant);
  if (record === undefined) return err('TACT_ERR_STORE_UNKNOWN_TENANT');
  const locale: MessageLocale = record.locale;
  const stored = await store.getMessaging(tenant);
  if (stored !== undefined) {
    return ok({
      messaging: {
        brand: stored.brand,
        ...(stored.thirdPartyBrand === undefined ? {} : { thirdPartyBrand: stored.thirdPartyBrand }),
        locale,
        linkAllowList: stored.linkAllowList,
        pricePerSegmentMinor: stored.pricePerSegmentMinor,
        currency: stored.currency,
      },
      vars: { hotline: stored.hotline, portalUrl: stored.portalUrl },
      source: 'tenant',
    });
  }
  const brand = signatureFrom(record.name) ?? signatureFrom(tenant);
  if (brand === undefined) return err('TACT_ERR_MESSAGE_BAD_SIGNATURE');
  return ok({
    messaging: { brand, locale, linkAllowList: [], pricePerSegmentMinor: 0, currency: locale === 'zh-CN' ? 'CNY' : 'USD' },
    vars: {},
    source: 'fallback',
  });
};

/** Every problem with the settings, with the option/field it concerns as path. */
export const checkMessagingSettings = (s: MessagingSettings): readonly TactFailure[] => {
  const bad = (path: string): TactFailure => failure('TACT_ERR_MESSAGE_BAD_SETTINGS', { path });
  const portal = findLinks(s.portalUrl);
  return [
    ...(isValidSignature(s.brand) ? [] : [failure('TACT_ERR_MESSAGE_BAD_SIGNATURE', { path: 'brand' })]),
    ...(s.thirdPartyBrand === undefined || isValidSignature(s.thirdPartyBrand) ? [] : [failure('TACT_ERR_MESSAGE_BAD_SIGNATURE', { path: 'thirdPartyBrand' })]),
    ...(s.hotline.trim() === '' ? [bad('hotline')] : []),
    // The portal must be exactly one link, on the allow-list: the lint would refuse it later.
    ...(portal.length === 1 && portal[0]!.text === s.portalUrl.trim() && isHostAllowed(portal[0]!.host, s.linkAllowList) ? [] : [bad('portalUrl')]),
    ...(s.linkAllowList.every((h) => /^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(h)) ? [] : [bad('linkAllowList')]),
    ...(Number.isSafeInteger(s.pricePerSegmentMinor) && s.pricePerSegmentMinor >= 0 ? [] : [bad('pricePerSegmentMinor')]),
    ...(formatMoney({ minor: 0, currency: s.currency }, 'en') === undefined ? [bad('currency')] : []),
  ];
};

/** Validates, then stores the settings (audit `tenant.messaging_set`). */
export const setTenantMessaging = async (
  store: Store,
  tenant: TenantId,
  settings: MessagingSettings,
  actor: Actor,
): Promise<Result<MessagingSettingsRecord, readonly TactFailure[]>> => {
  const problems = checkMessagingSettings(settings);
  if (problems.length > 0) return err(problems);
  if ((await store.getTenant(tenant)) === undefined) return err([failure('TACT_ERR_STORE_UNKNOWN_TENANT', { path: 'tenant' })]);
  return ok(await store.setMessaging(tenant, settings, actor));
};
