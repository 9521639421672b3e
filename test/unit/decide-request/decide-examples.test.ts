// Every shipped example (examples/decide/*.json) parses and decides, with the outcome
// docs/decide.md describes for it.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDecisionRequestJson } from '../../../src/core/model/parse-decision-request.js';
import { decideRequest } from '../../../src/core/policy/decide-request.js';

const dir = new URL('../../../examples/decide/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();

// file → expected: allowed, the reasons of a refusal and earliestAllowedAt, or an error code.
const expected: Readonly<Record<string, { allowed: boolean; reasons?: string[]; earliest?: string | null } | { error: string }>> = {
  'cn-borrower-sms-workday.json': { allowed: true },
  'cn-emergency-contact-borrower-reachable.json': { allowed: false, reasons: ['POLICY_BORROWER_REACHABLE'], earliest: null },
  'us-regf-eighth-call-in-seven-days.json': { allowed: false, reasons: ['POLICY_CALL_FREQUENCY'], earliest: '2026-04-15T12:00:00.000Z' },
  'us-regf-opt-out-confirmation.json': { allowed: true },
  'us-regf-override-looser-than-law.json': { error: 'TACT_ERR_POLICY_LOOSER_THAN_LAW' },
  'us-regf-sms-after-opt-out.json': { allowed: false, reasons: ['POLICY_OPTED_OUT'], earliest: null },
  'us-regf-sms-quiet-hours-two-zones.json': { allowed: false, reasons: ['POLICY_QUIET_HOURS'], earliest: '2026-03-09T15:00:00.000Z' },
};

describe('examples/decide', () => {
  it('has an expectation for every example and an example for every expectation', () => {
    expect(files).toEqual(Object.keys(expected).sort());
  });

  it.each(files)('%s parses and decides as documented', (file) => {
    const parsed = parseDecisionRequestJson(readFileSync(new URL(file, dir), 'utf8'));
    expect(parsed.ok ? [] : parsed.error).toEqual([]);
    if (!parsed.ok) return;
    const decided = decideRequest(parsed.value);
    const want = expected[file];
    if (want === undefined) throw new Error(`no expectation for ${file}`);
    if ('error' in want) {
      expect(decided.ok ? [] : decided.error.map((f) => f.code)).toEqual([want.error]);
      return;
    }
    expect(decided.ok ? [] : decided.error).toEqual([]);
    if (!decided.ok) return;
    expect(decided.value.allowed).toBe(want.allowed);
    if (want.allowed) {
      expect(decided.value.violations).toEqual([]);
      expect(Date.parse(decided.value.earliestAllowedAt ?? '')).toBe(Date.parse(parsed.value.at));
    } else {
      expect(decided.value.violations.map((v) => v.reason).sort()).toEqual(want.reasons);
      expect(decided.value.earliestAllowedAt).toBe(want.earliest);
    }
  });
});
