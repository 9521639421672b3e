// Saves tenant templates, all or nothing: every template is linted against the tenant's
// messaging settings (signature, link allow-list) first; one finding refuses the whole
// set and nothing is written. Each saved template becomes the next version of its
// (key, audience, channel, locale), with a `template.saved` audit event.
import type { TactFailure } from '../../core/errors.js';
import { failure } from '../../core/errors.js';
import { lintTemplate, type LintFinding } from '../../core/messages/lint-template.js';
import type { TenantId } from '../../core/model/ids.js';
import { err, ok, type Result } from '../../core/result.js';
import type { Store } from '../ports/store.js';
import type { Actor } from '../ports/store-records.js';
import type { NewTemplate, StoredTemplate } from '../ports/template-store.js';
import { messagingFor } from './tenant-messaging.js';

export interface TemplateFindings {
  /** Position in the input list. */
  readonly index: number;
  /** `locale/channel/audience/key`. */
  readonly id: string;
  readonly findings: readonly LintFinding[];
}

export type SaveRefusal =
  | { readonly code: 'TACT_ERR_MESSAGE_LINT_FAILED'; readonly templates: readonly TemplateFindings[] }
  | { readonly code: 'TACT_ERR_STORE_UNKNOWN_TENANT' | 'TACT_ERR_MESSAGE_BAD_SIGNATURE'; readonly failure: TactFailure };

export const templateId = (t: NewTemplate): string => `${t.locale}/${t.channel}/${t.audience}/${t.key}`;

export const saveTemplate = async (
  store: Store,
  tenant: TenantId,
  templates: readonly NewTemplate[],
  actor: Actor,
): Promise<Result<readonly StoredTemplate[], SaveRefusal>> => {
  const resolved = await messagingFor(store, tenant);
  if (!resolved.ok) return err({ code: resolved.error, failure: failure(resolved.error, { path: 'tenant' }) });
  // Lint in the template's own locale: the tenant's signature and allow-list do not change with it.
  const refused = templates.flatMap((t, index) => {
    const findings = lintTemplate({ ...t, id: templateId(t), version: 1 }, { ...resolved.value.messaging, locale: t.locale });
    return findings.length === 0 ? [] : [{ index, id: templateId(t), findings }];
  });
  if (refused.length > 0) return err({ code: 'TACT_ERR_MESSAGE_LINT_FAILED', templates: refused });
  const saved = await store.transaction(async (tx) => {
    const out: StoredTemplate[] = [];
    for (const t of templates) out.push(await tx.saveTemplate(tenant, t, actor));
    return out;
  });
  return ok(saved);
};
