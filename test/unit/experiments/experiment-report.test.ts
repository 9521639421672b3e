import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildExperimentReport, type ReportInput } from '../../../src/app/experiments/experiment-report.js';
import type { ArmOutcomeCounts, CureCell } from '../../../src/app/ports/experiment-report-store.js';
import { complaintChart, cureCharts, reportCsv, reportHeader, reportTable } from '../../../src/cli/experiment-report-text.js';
import { defaultDefinition, definitionProblems, inPopulation } from '../../../src/core/strategy/experiment-definition.js';
import { compareProportions } from '../../../src/core/stats/two-proportion-test.js';
import { wilsonInterval } from '../../../src/core/stats/wilson-interval.js';

const counts = (arm: string, over: Partial<ArmOutcomeCounts> = {}): ArmOutcomeCounts => ({
  arm, accounts: 0, curedNow: 0, recovered: [], messages: 0, smsSegments: 0, calls: 0, thirdPartyContacts: 0, optOutAccounts: 0, complaintAccounts: 0, disputeAccounts: 0, ...over,
});

const input = (outcomes: ArmOutcomeCounts[], cells: CureCell[], over: Partial<ReportInput> = {}): ReportInput => ({
  experiment: {
    id: 'e', name: 'n', status: 'running',
    arms: [{ name: 'A', strategyId: 's', strategyVersion: 1, weight: 1 }, { name: 'B', strategyId: 's', strategyVersion: 2, weight: 1 }],
    definition: defaultDefinition('A'), stoppedArms: [],
  },
  asOf: Date.parse('2026-12-07T00:00:00Z'), outcomes, cureCells: cells, price: { perSegmentMinor: 5, currency: 'CNY', source: 'default' }, ...over,
});

describe('buildExperimentReport', () => {
  // 56/70 vs 48/80 at 30 days: the Newcombe Table II example, as cure counts.
  const cells: CureCell[] = [
    { arm: 'A', cureDay: 3, exposureDays: 30, accounts: 48 }, { arm: 'A', cureDay: null, exposureDays: 30, accounts: 32 },
    { arm: 'B', cureDay: 10, exposureDays: 30, accounts: 56 }, { arm: 'B', cureDay: null, exposureDays: 30, accounts: 14 },
  ];
  const outcomes = [counts('A', { accounts: 80, complaintAccounts: 2, smsSegments: 160, messages: 100 }), counts('B', { accounts: 70, complaintAccounts: 7, smsSegments: 70 })];

  it('cure rates with Wilson intervals and the difference from control (Newcombe, pooled z)', () => {
    const r = buildExperimentReport(input(outcomes, cells));
    const b = r.arms[1]!;
    expect(b.cure30).toMatchObject(wilsonInterval(56, 70));
    expect(b.cure30.vsControl!.low).toBeCloseTo(0.0524, 4);
    expect(b.cure30.vsControl!.high).toBeCloseTo(0.3339, 4);
    expect(b.cure30.vsControl!.pValue).toBeCloseTo(compareProportions(56, 70, 48, 80).pValue, 15);
    // Day-7 cure: A's cures on day 3 count, B's on day 10 do not.
    expect([r.arms[0]!.cure7.successes, b.cure7.successes]).toEqual([48, 0]);
    expect(r.arms[0]!.cure30.vsControl).toBeNull();
    expect(b.cureCurve.slice(0, 3)).toEqual([0, 0, 0]);
    expect(b.cureCurve[10]).toBeCloseTo(56 / 70, 15);
    expect(r.arms[0]!.cureCurve[3]).toBeCloseTo(48 / 80, 15);
    expect(r.arms[0]!).toMatchObject({ smsCostMinor: 800, smsCostPerAccountMinor: 10, messagesPerAccount: 1.25 });
  });

  it('synthetic reports say so in the header with their assumptions; CSV has one row per arm', () => {
    const r = buildExperimentReport(input(outcomes, cells, { synthetic: true, assumptions: ['cure probability 0.6 per account', 'no complaints model'] }));
    expect(r.synthetic).toBe(true);
    const header = reportHeader(r);
    expect(header.split('\n')[0]).toBe('SYNTHETIC REPORT: simulated outcomes, not observed ones.');
    expect(header).toContain('  - cure probability 0.6 per account');
    const csv = reportCsv(r).trim().split('\n');
    expect(csv).toHaveLength(3);
    expect(csv[1]!.endsWith(',true')).toBe(true);
    expect(reportTable(r)).toMatch(/^cure 30 d\s+60\.0% \[/m);
    expect(cureCharts(r)).toContain('cumulative cure rate, arm B, days 1–30');
    expect(complaintChart(r)).toMatch(/^B\s+.*●.*100\.0 \[/m);
    expect(buildExperimentReport(input(outcomes, cells)).synthetic).toBe(false);
  });

  it('property: every rate lies within its interval and the curve never decreases while the eligible set is fixed', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ cure: fc.option(fc.integer({ min: 0, max: 31 }), { nil: null }), n: fc.integer({ min: 1, max: 50 }) }), { minLength: 1, maxLength: 20 }), (rows) => {
        const cs: CureCell[] = rows.map((x) => ({ arm: 'B', cureDay: x.cure, exposureDays: 30, accounts: x.n }));
        const total = rows.reduce((s, x) => s + x.n, 0);
        const r = buildExperimentReport(input([counts('A', { accounts: 10 }), counts('B', { accounts: total })], [...cs, { arm: 'A', cureDay: null, exposureDays: 30, accounts: 10 }]));
        const b = r.arms[1]!;
        expect(b.cure30.low).toBeLessThanOrEqual(b.cure30.rate);
        expect(b.cure30.high).toBeGreaterThanOrEqual(b.cure30.rate);
        for (let d = 1; d < 30; d += 1) expect(b.cureCurve[d]!).toBeGreaterThanOrEqual(b.cureCurve[d - 1]!);
      }),
    );
  });
});

describe('experiment definition', () => {
  const a = { product: 'cash', flags: ['vip'], balanceMinor: 50_000, daysPastDue: 5 };
  const cases: [Parameters<typeof inPopulation>[0], boolean][] = [
    [{}, true],
    [{ products: ['cash'] }, true],
    [{ products: ['card'] }, false],
    [{ segments: ['new', 'vip'] }, true],
    [{ segments: ['new'] }, false],
    [{ minBalanceMinor: 50_000, maxBalanceMinor: 50_000 }, true],
    [{ minBalanceMinor: 50_001 }, false],
    [{ minDaysPastDue: 1, maxDaysPastDue: 5 }, true],
    [{ maxDaysPastDue: 4 }, false],
  ];
  it.each(cases)('population %j → %s', (f, want) => expect(inPopulation(f, a)).toBe(want));
  it('names every bad field', () => {
    expect(definitionProblems(defaultDefinition('A'), ['A', 'B'])).toEqual([]);
    expect(definitionProblems({ control: 'Z', population: { minDaysPastDue: 1.5 }, primaryMetric: 'cure_9d' as 'cure_7d', guardrails: [{ metric: 'calls' as 'complaints', budget: 1, confidence: 0.2 }] }, ['A'])).toEqual([
      '$.control', '$.primaryMetric', '$.guardrails[0].metric', '$.guardrails[0].budget', '$.guardrails[0].confidence', '$.population.minDaysPastDue',
    ]);
  });
});
