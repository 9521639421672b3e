// us-regf — CFPB Regulation F (12 CFR 1006), FDCPA (15 U.S.C. 1692), TCPA. Citations
// follow RULES.md. Unknown zones: the contiguous US, Alaska and Hawaii (every zone the
// information could point to), so only hours convenient in all of them are allowed.
import type { PackRule } from '../compiled-policy.js';
import type { ParamDef, PolicyParams } from '../policy-params.js';
import { inactiveParams } from '../policy-params.js';
import { afterConversationRule } from '../rules/after-conversation-rule.js';
import { attorneyRule } from '../rules/attorney-rule.js';
import { callFrequencyRule } from '../rules/call-frequency-rule.js';
import { callSpacingRule } from '../rules/call-spacing-rule.js';
import { ceaseRule } from '../rules/cease-rule.js';
import { contactRefusedRule } from '../rules/contact-refused-rule.js';
import { dailyCapRule } from '../rules/daily-cap-rule.js';
import { disputeRule } from '../rules/dispute-rule.js';
import { optOutNoticeRule } from '../rules/opt-out-notice-rule.js';
import { optOutRule } from '../rules/opt-out-rule.js';
import { personInconvenientRule } from '../rules/person-inconvenient-rule.js';
import { quietHoursRule } from '../rules/quiet-hours-rule.js';
import { replyOnceRule } from '../rules/reply-once-rule.js';
import { thirdPartyContentRule } from '../rules/third-party-content-rule.js';
import { thirdPartyOnceRule } from '../rules/third-party-once-rule.js';
import { thirdPartyPurposeRule } from '../rules/third-party-purpose-rule.js';
import { wrongNumberRule } from '../rules/wrong-number-rule.js';

export const usRegfFallbackZones = [
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Phoenix',
  'America/Los_Angeles',
  'America/Anchorage',
  'Pacific/Honolulu',
] as const;

const QUIET = '12 CFR 1006.6(b)(1)(i); comment 6(b)(1)(i)-1; comment 6(b)(1)(i)-2';
const FREQ = '12 CFR 1006.14(b)(2)(i)(A); comments 14(b)-1, 14(b)(3)(ii)-1; 1006.14(b)(3)(i); 1006.14(b)(4)';
const CONV = '12 CFR 1006.14(b)(2)(i)(B); 1006.14(b)(3)(i); 1006.14(b)(4)';
const GUARD = 'comment 14(b)(2)(i)-2 (rebuttal factors) — Tact default';

export const usRegfParams: readonly ParamDef[] = [
  { key: 'quiet-hours.earliest', rule: 'quiet-hours', field: 'quietFrom', kind: 'time', level: 'statutory', stricter: 'higher', default: 480, bound: 480, citation: QUIET },
  { key: 'quiet-hours.latest', rule: 'quiet-hours', field: 'quietTo', kind: 'time', level: 'statutory', stricter: 'lower', default: 1260, bound: 1260, citation: QUIET },
  { key: 'call-frequency.maxCalls', rule: 'call-frequency', field: 'callMax', kind: 'count', level: 'statutory', stricter: 'lower', default: 7, bound: 7, citation: FREQ },
  { key: 'call-frequency.windowDays', rule: 'call-frequency', field: 'callWindowDays', kind: 'days', level: 'statutory', stricter: 'higher', default: 7, bound: 7, citation: FREQ },
  { key: 'after-conversation.quietDays', rule: 'after-conversation', field: 'conversationQuietDays', kind: 'days', level: 'statutory', stricter: 'higher', default: 7, bound: 7, citation: CONV },
  { key: 'call-spacing.minutes', rule: 'call-spacing', field: 'callSpacingMinutes', kind: 'minutes', level: 'recommended', stricter: 'higher', default: 5, bound: 0, citation: GUARD },
  { key: 'daily-cap.smsPerDay', rule: 'daily-cap', field: 'smsPerDay', kind: 'count', level: 'recommended', stricter: 'lower', default: 3, bound: Number.POSITIVE_INFINITY, citation: GUARD },
];

export const usRegfDefaults: PolicyParams = {
  ...inactiveParams,
  quietFrom: 480,
  quietTo: 1260,
  callMax: 7,
  callWindowDays: 7,
  conversationQuietDays: 7,
  callSpacingMinutes: 5,
  smsPerDay: 3,
};

export const usRegfRules: readonly PackRule[] = [
  { rule: optOutRule, level: 'statutory', citation: '12 CFR 1006.14(h); 47 CFR 64.1200(a)(10)' },
  { rule: wrongNumberRule, level: 'statutory', citation: '12 CFR 1006.6(d); 15 U.S.C. 1692c(b) (a wrong number reaches a third party)' },
  { rule: ceaseRule, level: 'statutory', citation: '12 CFR 1006.6(c)' },
  { rule: attorneyRule, level: 'statutory', citation: '12 CFR 1006.6(b)(2)' },
  { rule: disputeRule, level: 'statutory', citation: '12 CFR 1006.38; 15 U.S.C. 1692g(b)' },
  { rule: contactRefusedRule, level: 'statutory', citation: '12 CFR 1006.14(h) (a refusal opts out of every medium)' },
  { rule: thirdPartyPurposeRule(['location']), level: 'statutory', citation: '12 CFR 1006.10(b)-(c); 15 U.S.C. 1692b' },
  { rule: thirdPartyContentRule, level: 'statutory', citation: '12 CFR 1006.10(b)-(c); 15 U.S.C. 1692b(2)' },
  { rule: thirdPartyOnceRule, level: 'statutory', citation: '12 CFR 1006.10(c); 15 U.S.C. 1692b(3)' },
  { rule: replyOnceRule, level: 'statutory', citation: 'comment 6(b)(1)-2' },
  { rule: quietHoursRule, level: 'statutory', citation: QUIET },
  { rule: personInconvenientRule, level: 'statutory', citation: '12 CFR 1006.6(b)(1); comment 6(b)(1)-1; 1006.6(b)(3) (workplace)' },
  { rule: callFrequencyRule, level: 'statutory', citation: FREQ },
  { rule: afterConversationRule, level: 'statutory', citation: CONV },
  { rule: callSpacingRule, level: 'recommended', citation: GUARD },
  { rule: dailyCapRule, level: 'recommended', citation: GUARD },
  { rule: optOutNoticeRule(['sms', 'email']), level: 'statutory', citation: '12 CFR 1006.6(e)' },
];
