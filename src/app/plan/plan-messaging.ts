// The tenant's messaging settings for rendering (brand, hotline, portal). Tenants do
// not store them yet (a later issue adds settings): defaults per locale, with the
// tenant's name as the signature when it is a valid one. Documented in docs/planner.md.
import type { TenantRecord } from '../ports/store-records.js';
import { isValidSignature, type MessageLocale, type TenantMessaging } from '../../core/messages/template.js';

export interface PlanMessaging {
  readonly tenant: TenantMessaging;
  readonly hotline: string;
  readonly portalUrl: string;
}

export const defaultPlanMessaging = (t: Pick<TenantRecord, 'name'>, locale: MessageLocale): PlanMessaging => {
  const portal = locale === 'zh-CN' ? 'portal.example.cn' : 'portal.example.com';
  return {
    tenant: {
      brand: isValidSignature(t.name) ? t.name : locale === 'zh-CN' ? '示例' : 'Example',
      locale,
      linkAllowList: [portal],
      pricePerSegmentMinor: locale === 'zh-CN' ? 5 : 1,
      currency: locale === 'zh-CN' ? 'CNY' : 'USD',
    },
    hotline: locale === 'zh-CN' ? '400-800-1234' : '800-555-0100',
    portalUrl: portal,
  };
};
