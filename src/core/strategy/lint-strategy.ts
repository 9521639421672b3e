// The strategy lint: what parsing cannot see. Every step's template must exist for the
// strategy's locale and be written for the step's audience; and the policy engine must
// allow the step on a clean, favourable record (no history, contact confirmed, borrower
// unreachable, an ordinary working Wednesday, the step's own local time). A step the
// engine blocks there is blocked every day: it can never be sent and is rejected. The
// engine decides; nothing here re-encodes a rule.
import { failure, type TactFailure } from '../errors.js';
import { findDefaultTemplate } from '../messages/default-templates.js';
import type { Audience } from '../messages/template.js';
import type { DecisionRequest, OverrideValue } from '../model/decision-request.js';
import { compilePolicy } from '../policy/compile-policy.js';
import { decide } from '../policy/decide.js';
import { prepareRequest } from '../policy/prepare-request.js';
import { localSendTime } from './local-send-time.js';
import type { Strategy, StrategyStep } from './strategy.js';

/** An ordinary working day in both packs' calendars (no holiday, no make-up day). */
export const LINT_DATE = '2026-06-03';

const audienceOf = (s: StrategyStep): Audience => (s.audience === 'borrower' ? 'borrower' : 'third_party');

const templateFailures = (s: Strategy, step: StrategyStep, path: string): TactFailure[] => {
  const want = audienceOf(step);
  if (step.channel !== 'sms') return [failure('TACT_ERR_STRATEGY_UNKNOWN_TEMPLATE', { path: `${path}.channel`, message: `${path}: only SMS templates ship today.` })];
  if (findDefaultTemplate(step.template, want, s.locale) !== undefined) return [];
  const other = findDefaultTemplate(step.template, want === 'borrower' ? 'third_party' : 'borrower', s.locale);
  if (other !== undefined) {
    return [failure('TACT_ERR_STRATEGY_AUDIENCE_MISMATCH', { path: `${path}.template`, message: `${path}.template "${step.template}" is written for ${other.audience === 'borrower' ? 'borrowers' : 'third parties'}.` })];
  }
  return [failure('TACT_ERR_STRATEGY_UNKNOWN_TEMPLATE', { path: `${path}.template`, message: `${path}.template "${step.template}" does not exist in ${s.locale}.` })];
};

/** The representative request for a step (fixed fake ids and number: no personal data). */
export const representativeRequest = (s: Strategy, step: StrategyStep, zone: string): DecisionRequest => {
  const third = step.audience === 'contacts';
  return {
    pack: s.pack,
    at: new Date(localSendTime(LINT_DATE, step.sendAt, zone)).toISOString(),
    contact: { channel: step.channel, to: '+10000000000', personId: 'lint-person', party: third ? 'third_party' : 'borrower', accountIds: ['lint-account'], purpose: step.purpose },
    person: { id: 'lint-person', timeZones: [zone], ...(third ? { contactRole: { confirmed: true } } : {}) },
    accounts: [{ id: 'lint-account', daysPastDue: 10, borrowerStatus: third ? 'unreachable' : 'reachable' }],
    history: [],
  };
};

export const lintStrategy = (s: Strategy, overrides: Readonly<Record<string, OverrideValue>> = {}): readonly TactFailure[] => {
  const policy = compilePolicy(s.pack, overrides);
  if (!policy.ok) return policy.error;
  const zone = policy.value.fallbackZones[0] ?? 'UTC';
  const out: TactFailure[] = [];
  s.steps.forEach((step, i) => {
    const path = `$.steps[${i}]`;
    out.push(...templateFailures(s, step, path));
    const d = decide(prepareRequest(representativeRequest(s, step, zone)), policy.value);
    if (!d.allowed) {
      const why = d.violations.map((v) => `${v.rule} (${v.reason})`).join(', ');
      out.push(failure('TACT_ERR_STRATEGY_NEVER_ALLOWED', { path, message: `${path} ("${step.id}") is blocked under ${s.pack} even on a clean record: ${why}.` }));
    }
  });
  return out;
};
