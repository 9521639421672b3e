// Rule parameters. Each carries its level, which direction is stricter, its statutory
// bound (the loosest value the law allows; ±Infinity or false when the law sets none)
// and its citation. Override keys are "<rule>.<parameter>".
import type { RuleLevel } from '../model/decision.js';

export interface PolicyParams {
  /** Permitted local hours [quietFrom, quietTo), minutes of the day. */
  readonly quietFrom: number;
  readonly quietTo: number;
  readonly callMax: number;
  readonly callWindowDays: number;
  readonly conversationQuietDays: number;
  /** Minutes; 0 = off. */
  readonly callSpacingMinutes: number;
  readonly smsPerDay: number;
  readonly smsPer7Days: number;
  readonly connectedCallsPerDay: number;
  readonly thirdPartyPer7Days: number;
  readonly thirdPartyPerAccount: number;
  readonly confirmedContactsOnly: boolean;
  readonly borrowerUnreachableOnly: boolean;
  readonly holidays: boolean;
  readonly holidayWeekends: boolean;
}

export type ParamKind = 'count' | 'days' | 'minutes' | 'time' | 'boolean';
/** Which way is stricter: a higher number, a lower number, or `true`. */
export type Stricter = 'higher' | 'lower' | 'true';

export interface ParamDef {
  /** Override key, "<rule>.<parameter>". */
  readonly key: string;
  readonly rule: string;
  readonly field: keyof PolicyParams;
  readonly kind: ParamKind;
  readonly level: RuleLevel;
  readonly stricter: Stricter;
  readonly default: number | boolean;
  /** Loosest value allowed by law (equals the default for statutory parameters). */
  readonly bound: number | boolean;
  readonly citation: string;
}

/** Values for parameters a pack does not use: never restrictive. */
export const inactiveParams: PolicyParams = {
  quietFrom: 0,
  quietTo: 1440,
  callMax: Number.POSITIVE_INFINITY,
  callWindowDays: 7,
  conversationQuietDays: 0,
  callSpacingMinutes: 0,
  smsPerDay: Number.POSITIVE_INFINITY,
  smsPer7Days: Number.POSITIVE_INFINITY,
  connectedCallsPerDay: Number.POSITIVE_INFINITY,
  thirdPartyPer7Days: Number.POSITIVE_INFINITY,
  thirdPartyPerAccount: Number.POSITIVE_INFINITY,
  confirmedContactsOnly: false,
  borrowerUnreachableOnly: false,
  holidays: false,
  holidayWeekends: false,
};

/** True when `value` is stricter than or as strict as `than` in direction `s`. */
export const atLeastAsStrict = (s: Stricter, value: number | boolean, than: number | boolean): boolean => {
  if (s === 'true') return value === true || than === false;
  return s === 'higher' ? (value as number) >= (than as number) : (value as number) <= (than as number);
};
