// How long personal data is kept after the last activity, per pack. A tenant may set
// its own period (tenant_retention), never shorter than the legal minimum of its pack.
// Days are calendar days of 24 h (the cutoff is an instant: now − days × 24 h).
import { failure, type TactFailure } from '../errors.js';
import type { PackId } from '../model/decision-request.js';
import { err, ok, type Result } from '../result.js';

export interface RetentionRule {
  /** Shortest period the law allows; 0 when the law sets none. */
  readonly legalMinimumDays: number;
  /** Used when the tenant set nothing. */
  readonly defaultDays: number;
  readonly citation: string;
}

export const retentionRules: Readonly<Record<PackId, RetentionRule>> = {
  // "retain records ... until three years after the debt collector's last collection activity on the debt".
  'us-regf': { legalMinimumDays: 3 * 365 + 1, defaultDays: 3 * 365 + 1, citation: '12 CFR 1006.100(a) (Regulation F): records kept 3 years after the last collection activity' },
  // PIPL sets no minimum; Art. 19: no longer than necessary. Three years is a Tact default (limitation period, Civil Code Art. 188).
  cn: { legalMinimumDays: 0, defaultDays: 3 * 365, citation: 'PIPL Art. 19 (no longer than necessary; Tact default 3 years, Civil Code Art. 188 limitation period)' },
};

export const DAY_MS = 86_400_000;

export const effectiveRetentionDays = (pack: PackId, setting: number | undefined): number =>
  Math.max(retentionRules[pack].legalMinimumDays, setting ?? retentionRules[pack].defaultDays);

export const checkRetentionDays = (pack: PackId, days: number, path = 'retentionDays'): Result<number, TactFailure[]> => {
  const rule = retentionRules[pack];
  if (!Number.isInteger(days) || days < 1 || days > 36_500) {
    return err([failure('TACT_ERR_EVIDENCE_RETENTION_TOO_SHORT', { path, message: 'The retention period must be a whole number of days between 1 and 36500.' })]);
  }
  if (days < rule.legalMinimumDays) {
    return err([failure('TACT_ERR_EVIDENCE_RETENTION_TOO_SHORT', {
      path, message: `Pack ${pack} requires at least ${rule.legalMinimumDays} days (${rule.citation}); ${days} is shorter.`,
    })]);
  }
  return ok(days);
};

/** Data whose last activity is before this instant (epoch ms UTC) is removed. */
export const retentionCutoff = (now: number, days: number): number => now - days * DAY_MS;
