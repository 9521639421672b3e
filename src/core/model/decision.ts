// The decision returned for one proposed contact (DESIGN.md, "The decision contract").

export const ruleLevels = ['statutory', 'recommended'] as const;
export type RuleLevel = (typeof ruleLevels)[number];

export interface Violation {
  /** The rule's id, e.g. "quiet-hours". */
  readonly rule: string;
  /** A POLICY_* reason code. */
  readonly reason: string;
  readonly level: RuleLevel;
  /** Plain-language explanation; no personal data. */
  readonly message: string;
  /** Section numbers from RULES.md, e.g. "12 CFR 1006.6(b)(1)(i); comment 6(b)(1)(i)-1". */
  readonly citation: string;
}

export interface Decision {
  readonly allowed: boolean;
  readonly violations: readonly Violation[];
  /** ISO instant; null: only a change of state can allow it. */
  readonly earliestAllowedAt: string | null;
}
