// Lint of drafts being typed in the console editors (live, before saving): the same
// checks `tact strategy validate` (validateStrategy: parse + lintStrategy against the
// pack) and `tact templates lint` / save (lintTemplate against the tenant's messaging
// settings) run, plus the SMS preview of a template body (encoding, characters,
// units, segments — core/messages/sms-encoding.ts).
import type { TactFailure } from '../../core/errors.js';
import { lintTemplate } from '../../core/messages/lint-template.js';
import { encodeForSms, type SmsEncoding } from '../../core/messages/sms-encoding.js';
import type { Audience, MessageChannel, MessageLocale } from '../../core/messages/template.js';
import type { TenantId } from '../../core/model/ids.js';
import { validateStrategy } from '../../core/strategy/validate-strategy.js';
import type { Store } from '../ports/store.js';
import { templateId } from '../templates/save-template.js';
import { messagingFor } from '../templates/tenant-messaging.js';

export interface DraftFinding {
  readonly rule: string;
  readonly message: string;
  /** JSON path (strategies) or the offending text (templates). */
  readonly at?: string;
}

export interface SmsPreview {
  readonly encoding: SmsEncoding;
  /** Code points. */
  readonly characters: number;
  /** Septets (GSM-7) or UTF-16 units (UCS-2). */
  readonly units: number;
  readonly segments: number;
}

export const strategyFindings = (failures: readonly TactFailure[]): readonly DraftFinding[] =>
  failures.map((f) => ({ rule: f.code, message: f.message, ...(f.path === undefined ? {} : { at: f.path }) }));

export const lintStrategyDraft = (text: string): readonly DraftFinding[] => {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (e) {
    return [{ rule: 'TACT_ERR_STRATEGY_INVALID', message: `Not valid JSON: ${(e as Error).message}` }];
  }
  const v = validateStrategy(input);
  return v.ok ? [] : strategyFindings(v.error);
};

export interface TemplateDraft {
  readonly key: string;
  readonly audience: Audience;
  readonly channel: MessageChannel;
  readonly locale: MessageLocale;
  readonly body: string;
}

export const smsPreview = (body: string): SmsPreview => {
  const e = encodeForSms(body);
  return { encoding: e.encoding, characters: [...body].length, units: e.units, segments: e.segments.length };
};

export const lintTemplateDraft = async (
  store: Store,
  tenant: TenantId,
  t: TemplateDraft,
): Promise<{ readonly findings: readonly DraftFinding[]; readonly sms?: SmsPreview }> => {
  const m = await messagingFor(store, tenant);
  const sms = t.channel === 'sms' ? { sms: smsPreview(t.body) } : {};
  if (!m.ok) return { findings: [{ rule: m.error, message: 'The tenant’s messaging settings are missing or invalid.' }], ...sms };
  const findings = lintTemplate({ ...t, id: templateId(t), version: 1 }, { ...m.value.messaging, locale: t.locale });
  return { findings: findings.map((f) => ({ rule: f.rule, message: f.message, at: f.span.text })), ...sms };
};
