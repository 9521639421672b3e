// Which template a message uses: the tenant's newest active version, else the one Tact
// ships (default-templates.ts). SMS only, like the shipped set.
import { findDefaultTemplate } from '../../core/messages/default-templates.js';
import type { Audience, MessageLocale, Template } from '../../core/messages/template.js';
import type { TenantId } from '../../core/model/ids.js';
import type { Store } from '../ports/store.js';

export interface ResolvedTemplate {
  readonly template: Template;
  readonly source: 'tenant' | 'default';
}

export const resolveTemplate = async (
  store: Store,
  tenant: TenantId,
  key: string,
  audience: Audience,
  locale: MessageLocale,
): Promise<ResolvedTemplate | undefined> => {
  const own = await store.findTemplate(tenant, key, audience, 'sms', locale);
  if (own !== undefined) return { template: own, source: 'tenant' };
  const shipped = findDefaultTemplate(key, audience, locale);
  return shipped === undefined ? undefined : { template: shipped, source: 'default' };
};
