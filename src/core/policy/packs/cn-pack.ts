// cn — PRC. Citations follow RULES.md; GB/T 45251—2025 is "as reported; text
// unverified", so rules resting only on it are recommended (Tact defaults).
// Unknown zones: Asia/Shanghai.
import type { PackRule } from '../compiled-policy.js';
import type { ParamDef, PolicyParams } from '../policy-params.js';
import { inactiveParams } from '../policy-params.js';
import { borrowerReachableRule } from '../rules/borrower-reachable-rule.js';
import { confirmedContactRule } from '../rules/confirmed-contact-rule.js';
import { connectedCallsRule } from '../rules/connected-calls-rule.js';
import { contactRefusedRule } from '../rules/contact-refused-rule.js';
import { dailyCapRule } from '../rules/daily-cap-rule.js';
import { disputeRule } from '../rules/dispute-rule.js';
import { holidayRule } from '../rules/holiday-rule.js';
import { optOutNoticeRule } from '../rules/opt-out-notice-rule.js';
import { optOutRule } from '../rules/opt-out-rule.js';
import { personInconvenientRule } from '../rules/person-inconvenient-rule.js';
import { quietHoursRule } from '../rules/quiet-hours-rule.js';
import { replyOnceRule } from '../rules/reply-once-rule.js';
import { thirdPartyContentRule } from '../rules/third-party-content-rule.js';
import { thirdPartyFrequencyRule } from '../rules/third-party-frequency-rule.js';
import { thirdPartyPurposeRule } from '../rules/third-party-purpose-rule.js';
import { weeklyCapRule } from '../rules/weekly-cap-rule.js';
import { wrongNumberRule } from '../rules/wrong-number-rule.js';

export const cnFallbackZones = ['Asia/Shanghai'] as const;

const GBT = 'GB/T 45251—2025 互联网金融 个人网络消费信贷 贷后催收风控指引 (as reported; text unverified)';
const HOURS = `${GBT}; NIFA 互联网金融贷后催收业务指引 (2024)`;
const SMS = 'Civil Code Art. 1033 (Tact default)';
const CONTACTS = `${GBT}; PIPL Art. 6 (Tact default)`;

export const cnParams: readonly ParamDef[] = [
  { key: 'quiet-hours.earliest', rule: 'quiet-hours', field: 'quietFrom', kind: 'time', level: 'statutory', stricter: 'higher', default: 480, bound: 480, citation: HOURS },
  { key: 'quiet-hours.latest', rule: 'quiet-hours', field: 'quietTo', kind: 'time', level: 'statutory', stricter: 'lower', default: 1320, bound: 1320, citation: HOURS },
  { key: 'connected-calls.maxPerDay', rule: 'connected-calls', field: 'connectedCallsPerDay', kind: 'count', level: 'statutory', stricter: 'lower', default: 3, bound: 3, citation: HOURS },
  { key: 'daily-cap.smsPerDay', rule: 'daily-cap', field: 'smsPerDay', kind: 'count', level: 'recommended', stricter: 'lower', default: 2, bound: Number.POSITIVE_INFINITY, citation: SMS },
  { key: 'weekly-cap.smsPer7Days', rule: 'weekly-cap', field: 'smsPer7Days', kind: 'count', level: 'recommended', stricter: 'lower', default: 6, bound: Number.POSITIVE_INFINITY, citation: SMS },
  { key: 'third-party-frequency.per7Days', rule: 'third-party-frequency', field: 'thirdPartyPer7Days', kind: 'count', level: 'recommended', stricter: 'lower', default: 1, bound: Number.POSITIVE_INFINITY, citation: CONTACTS },
  { key: 'third-party-frequency.perAccount', rule: 'third-party-frequency', field: 'thirdPartyPerAccount', kind: 'count', level: 'recommended', stricter: 'lower', default: 3, bound: Number.POSITIVE_INFINITY, citation: CONTACTS },
  { key: 'confirmed-contact.required', rule: 'confirmed-contact', field: 'confirmedContactsOnly', kind: 'boolean', level: 'recommended', stricter: 'true', default: true, bound: false, citation: CONTACTS },
  { key: 'borrower-reachable.required', rule: 'borrower-reachable', field: 'borrowerUnreachableOnly', kind: 'boolean', level: 'recommended', stricter: 'true', default: true, bound: false, citation: GBT },
  { key: 'holidays.enabled', rule: 'holidays', field: 'holidays', kind: 'boolean', level: 'recommended', stricter: 'true', default: true, bound: false, citation: 'Tact default (official calendar via chinese-days)' },
  { key: 'holidays.weekends', rule: 'holidays', field: 'holidayWeekends', kind: 'boolean', level: 'recommended', stricter: 'true', default: false, bound: false, citation: 'Tact default (official calendar via chinese-days)' },
];

export const cnDefaults: PolicyParams = {
  ...inactiveParams,
  quietFrom: 480,
  quietTo: 1320,
  connectedCallsPerDay: 3,
  smsPerDay: 2,
  smsPer7Days: 6,
  thirdPartyPer7Days: 1,
  thirdPartyPerAccount: 3,
  confirmedContactsOnly: true,
  borrowerUnreachableOnly: true,
  holidays: true,
  holidayWeekends: false,
};

export const cnRules: readonly PackRule[] = [
  { rule: optOutRule, level: 'statutory', citation: 'Civil Code Art. 1033; PIPL Art. 15 (withdrawal); SMS practice T / TD / 退订' },
  { rule: wrongNumberRule, level: 'statutory', citation: 'Civil Code Art. 1033; PIPL Art. 13' },
  { rule: contactRefusedRule, level: 'statutory', citation: `${GBT}; Civil Code Art. 1033; PIPL Art. 15` },
  { rule: disputeRule, level: 'recommended', citation: 'Tact default (dispute pauses collection until verification is sent)' },
  { rule: thirdPartyPurposeRule(['location', 'consent_request']), level: 'statutory', citation: `${GBT}; PIPL Art. 6` },
  { rule: thirdPartyContentRule, level: 'statutory', citation: `${GBT}; Civil Code Arts. 1032–1033; PIPL Art. 6` },
  { rule: borrowerReachableRule, level: 'recommended', citation: GBT },
  { rule: confirmedContactRule, level: 'recommended', citation: CONTACTS },
  { rule: thirdPartyFrequencyRule, level: 'recommended', citation: CONTACTS },
  { rule: replyOnceRule, level: 'statutory', citation: `${HOURS} ("unless both parties agreed"); Tact reading of comment 6(b)(1)-2` },
  { rule: quietHoursRule, level: 'statutory', citation: HOURS },
  { rule: personInconvenientRule, level: 'statutory', citation: 'Civil Code Art. 1033' },
  { rule: holidayRule, level: 'recommended', citation: 'Tact default (official calendar, make-up workdays included)' },
  { rule: connectedCallsRule, level: 'statutory', citation: HOURS },
  { rule: dailyCapRule, level: 'recommended', citation: SMS },
  { rule: weeklyCapRule, level: 'recommended', citation: SMS },
  { rule: optOutNoticeRule(['sms']), level: 'recommended', citation: 'SMS form: unsubscribe by T / TD / 退订 (carrier and SMS-platform practice)' },
];
