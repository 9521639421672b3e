// Renders one message: placeholders filled in for the template's locale, then the
// signature, verification code and opt-out footer added (renderer-additions.ts), then
// the finished text linted again and priced. Pure; the code comes from the caller (the
// CodeGenerator port), never from an id.
import { failure, type TactFailure } from '../errors.js';
import { err, ok, type Result } from '../result.js';
import { debtLexicon } from './debt-lexicon.js';
import { matchLexicon } from './lexicon-pattern.js';
import { lintRendered, lintTemplate, type LintFinding } from './lint-template.js';
import { formatVariable, type MessageVars } from './message-vars.js';
import { findPlaceholders, isPlaceholderName } from './placeholders.js';
import { additionsFor, assemble } from './renderer-additions.js';
import { encodeForSms, type SmsEncoding } from './sms-encoding.js';
import { isValidSignature, type MessageChannel, type Template, type TenantMessaging } from './template.js';
import { isWellFormedCode, normaliseCode } from './verification-code.js';

export interface Rendered {
  readonly text: string;
  readonly channel: MessageChannel;
  /** GSM-7 or UCS-2 for SMS; null for e-mail (no segments). */
  readonly encoding: SmsEncoding | null;
  /** Characters as a person counts them (Unicode code points). */
  readonly characters: number;
  /** Septets (GSM-7) or UTF-16 units (UCS-2); for e-mail, UTF-16 units. */
  readonly units: number;
  readonly segments: number;
  /** segments × the tenant's price per segment, in minor units of `currency`; 0 for e-mail. */
  readonly costMinor: number;
  readonly currency: string;
}

// A finding becomes a failure without the offending text: rendered text holds personal data.
const asFailure = (f: LintFinding, where: 'template' | 'rendered'): TactFailure =>
  failure('TACT_ERR_MESSAGE_LINT_FAILED', {
    path: `${where}[${f.span.start}:${f.span.end}]`,
    message: `lint ${f.rule}: ${f.message}`,
  });

// The template's own lint reads only its text, its audience and the tenant's link
// allow-list; a planner renders the same few templates thousands of times, so the
// findings are kept per distinct (audience, allow-list, text) — a key, not an object
// identity, so an edited template or tenant is linted afresh.
const templateLints = new Map<string, readonly LintFinding[]>();
const templateLintOf = (template: Template, tenant: TenantMessaging): readonly LintFinding[] => {
  const key = `${template.audience}\u0000${tenant.linkAllowList.join('\u0001')}\u0000${template.body}`;
  let findings = templateLints.get(key);
  if (findings === undefined) {
    findings = lintTemplate(template, tenant);
    if (templateLints.size >= 256) templateLints.clear();
    templateLints.set(key, findings);
  }
  return findings;
};

export const renderMessage = (
  template: Template,
  vars: MessageVars,
  tenant: TenantMessaging,
  code: string,
): Result<Rendered, readonly TactFailure[]> => {
  const brand = template.audience === 'third_party' ? (tenant.thirdPartyBrand ?? tenant.brand) : tenant.brand;
  const failures: TactFailure[] = [];
  if (!isValidSignature(brand)) failures.push(failure('TACT_ERR_MESSAGE_BAD_SIGNATURE', { path: 'tenant.brand' }));
  else if (template.audience === 'third_party' && matchLexicon(brand, debtLexicon).length > 0) {
    failures.push(
      failure('TACT_ERR_MESSAGE_BAD_SIGNATURE', {
        path: 'tenant.thirdPartyBrand',
        message: 'The signature would tell a third party of a loan; set a neutral thirdPartyBrand (e.g. the company name)',
      }),
    );
  }
  if (!isWellFormedCode(code) || normaliseCode(code) !== code) failures.push(failure('TACT_ERR_MESSAGE_BAD_CODE', { path: 'code' }));
  failures.push(...templateLintOf(template, tenant).map((f) => asFailure(f, 'template')));
  if (failures.length > 0) return err(failures);

  const values = new Map<string, string>();
  const withBrand: MessageVars = { brand, ...vars };
  for (const { name } of findPlaceholders(template.body)) {
    if (!isPlaceholderName(name) || values.has(name)) continue; // unknown ones were linted above
    const v = formatVariable(name, withBrand, template.locale);
    if (v.ok) values.set(name, v.value);
    else failures.push(failure(v.error === 'missing' ? 'TACT_ERR_MESSAGE_MISSING_VARIABLE' : 'TACT_ERR_MESSAGE_BAD_VARIABLE', { path: `vars.${name}` }));
  }
  if (failures.length > 0) return err(failures);

  const body = template.body.replace(/\{([^{}\s]*)\}/g, (_, name: string) => values.get(name) ?? '');
  const additions = additionsFor(template.locale, template.channel, brand, code);
  const text = assemble(template.channel, template.locale, body, additions);
  const checked = assemble(template.channel, template.locale, body, additionsFor(template.locale, template.channel, brand, '00000000'));
  const findings = lintRendered(text, checked, template.audience, additions.footer, tenant);
  if (findings.length > 0) return err(findings.map((f) => asFailure(f, 'rendered')));

  const characters = [...text].length;
  if (template.channel === 'email') {
    return ok({ text, channel: 'email', encoding: null, characters, units: text.length, segments: 0, costMinor: 0, currency: tenant.currency });
  }
  const sms = encodeForSms(text);
  const segments = sms.segments.length;
  return ok({
    text,
    channel: 'sms',
    encoding: sms.encoding,
    characters,
    units: sms.units,
    segments,
    costMinor: segments * tenant.pricePerSegmentMinor,
    currency: tenant.currency,
  });
};
