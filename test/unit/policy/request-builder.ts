// Small builders for policy tests: a plain borrower call under us-regf in New York,
// changed field by field. Numbers are fake (555 range).
import type { DecisionRequest, HistoryEvent } from '../../../src/core/model/decision-request.js';
import type { Decision } from '../../../src/core/model/decision.js';
import { decideRequest } from '../../../src/core/policy/decide-request.js';

export type Req = {
  -readonly [K in keyof DecisionRequest]: DecisionRequest[K];
};

export const baseRequest = (over: Partial<Req> = {}): DecisionRequest => ({
  pack: 'us-regf',
  at: '2026-06-10T15:00:00Z', // Wednesday 11:00 in New York (EDT)
  contact: { channel: 'call', to: '+12025550100', personId: 'p1', party: 'borrower', accountIds: ['a1'], purpose: 'collection' },
  person: { id: 'p1', timeZones: ['America/New_York'] },
  accounts: [{ id: 'a1', daysPastDue: 40 }],
  history: [],
  ...over,
});

export const cnRequest = (over: Partial<Req> = {}): DecisionRequest =>
  baseRequest({
    pack: 'cn',
    at: '2026-06-10T02:00:00Z', // Wednesday 10:00 in Shanghai, a workday
    contact: { channel: 'sms', to: '+8613800138000', personId: 'p1', party: 'borrower', accountIds: ['a1'], purpose: 'collection' },
    person: { id: 'p1', timeZones: ['Asia/Shanghai'] },
    ...over,
  });

/** A history event; defaults: outbound call to p1 about a1, unanswered. */
export const ev = (at: string, over: Partial<HistoryEvent> = {}): HistoryEvent => ({
  at,
  channel: 'call',
  direction: 'outbound',
  personId: 'p1',
  party: 'borrower',
  to: '+12025550100',
  accountIds: ['a1'],
  result: 'unanswered',
  ...over,
});

export const decideOk = (req: DecisionRequest): Decision => {
  const r = decideRequest(req);
  if (!r.ok) throw new Error(`request rejected: ${r.error.map((f) => `${f.code} ${f.path ?? ''}`).join(', ')}`);
  return r.value;
};

export const reasonsOf = (d: Decision): string[] => d.violations.map((v) => v.reason);

export interface Row {
  /** What the row shows. */
  readonly name: string;
  /** Where the expectation comes from (RULES.md row / regulation / Tact default). */
  readonly source: string;
  readonly request: DecisionRequest;
  /** Expected reason codes ([] = allowed). */
  readonly reasons: readonly string[];
  /** Expected earliestAllowedAt when given (null = only a state change). */
  readonly earliest?: string | null;
}

/** Runs one table row: the reasons, and earliestAllowedAt when the row states it. */
export const checkRow = (row: Row, expect: (v: unknown) => { toEqual: (x: unknown) => void; toBe: (x: unknown) => void }): void => {
  const d = decideOk(row.request);
  expect(reasonsOf(d)).toEqual(row.reasons);
  expect(d.allowed).toBe(row.reasons.length === 0);
  if (row.earliest !== undefined) expect(d.earliestAllowedAt).toBe(row.earliest);
  if (row.reasons.length === 0) expect(d.earliestAllowedAt).toBe(new Date(row.request.at).toISOString());
};
