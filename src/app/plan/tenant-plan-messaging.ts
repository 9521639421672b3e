// What the planner renders with: the tenant's stored messaging settings and active
// templates (`tact tenant messaging set`, `tact templates save`), loaded once per plan
// run; without stored settings, the example defaults of plan-messaging.ts; without a
// tenant template, the shipped one.
import { findDefaultTemplate } from '../../core/messages/default-templates.js';
import type { Audience, MessageLocale, Template } from '../../core/messages/template.js';
import type { TenantId } from '../../core/model/ids.js';
import type { Store } from '../ports/store.js';
import type { TenantRecord } from '../ports/store-records.js';
import { messagingFor } from '../templates/tenant-messaging.js';
import { defaultPlanMessaging, type PlanMessaging } from './plan-messaging.js';

export interface TenantPlanMessaging {
  readonly messaging: (locale: MessageLocale) => PlanMessaging;
  readonly templateFor: (key: string, audience: Audience, locale: MessageLocale) => Template | undefined;
}

export const loadTenantPlanMessaging = async (store: Store, tenant: TenantId, record: TenantRecord): Promise<TenantPlanMessaging> => {
  const [resolved, own] = await Promise.all([messagingFor(store, tenant), store.activeTemplates(tenant)]);
  const byKey = new Map<string, Template>();
  for (const t of own) if (t.channel === 'sms') byKey.set(`${t.key}|${t.audience}|${t.locale}`, t);
  const stored = resolved.ok && resolved.value.source === 'tenant' ? resolved.value : undefined;
  const { hotline, portalUrl } = stored?.vars ?? {};
  const messaging =
    stored === undefined || hotline === undefined || portalUrl === undefined
      ? (l: MessageLocale) => defaultPlanMessaging(record, l)
      : (l: MessageLocale): PlanMessaging => ({ tenant: { ...stored.messaging, locale: l }, hotline, portalUrl });
  return {
    messaging,
    templateFor: (key, audience, locale) => byKey.get(`${key}|${audience}|${locale}`) ?? findDefaultTemplate(key, audience, locale),
  };
};
