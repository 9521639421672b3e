// `tact simulate`'s engine end to end (issue 8), SYNTHETIC: a small seeded lender through
// the real planner, policy engine, dispatcher, inbound and payments paths on a simulated
// clock, then independent SQL over the ledger (the 30-day cycle's checks). Also: the
// same seed replays exactly, an effect planted in one arm is detected by the report, and
// the guardrail stops an arm built to draw complaints (and only then).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { runSimulation, type PlantedComplaints, type PlantedEffect, type SimulationRun } from '../../src/app/simulate/run-simulation.js';
import { buildSimulationReport, type SimulationReport } from '../../src/app/simulate/simulation-report.js';
import { tenantId } from '../../src/core/model/ids.js';
import type { SimulationArm } from '../../src/core/simulate/arm-strategies.js';
import { defaultAssumptions } from '../../src/core/simulate/simulation-assumptions.js';
import { simulateDeps } from '../../src/main/simulate-deps.js';
import { formatSimulationReport } from '../../src/cli/simulation-report-text.js';
import { cycleViolations } from './cycle-30-days-checks.js';

const dir = mkdtempSync(join(tmpdir(), 'tact-simulate-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let runs = 0;

interface Done {
  readonly run: SimulationRun;
  readonly report: SimulationReport;
  readonly path: string;
  readonly personOf: Map<string, string>;
}

interface More {
  readonly planted?: PlantedEffect;
  readonly plantedComplaints?: PlantedComplaints;
  readonly pack?: 'cn' | 'us-regf';
}

const simulate = async (accounts: number, days: number, arms: readonly SimulationArm[], seed: number, more: More = {}): Promise<Done> => {
  const path = join(dir, `sim-${(runs += 1)}.db`);
  const opened = await simulateDeps().open({ db: `sqlite:${path}`, cwd: dir, env: { TACT_LOG_LEVEL: 'error' }, idPrefix: 't-', start: Date.parse('2026-12-07T00:00:00Z'), receipts: runs === 1 });
  if (!opened.ok) throw new Error(opened.error.message);
  const { deps, close } = opened.value;
  try {
    const tenant = tenantId('sim-test');
    const run = await runSimulation(deps, {
      accounts, days, arms, seed, pack: more.pack ?? 'cn', assumptions: defaultAssumptions, startDate: '2026-12-07', tenant, ...more,
    });
    const personOf = new Map<string, string>();
    for (const x of [...run.stops, ...run.complaints]) personOf.set(x.phone, (await deps.store.findPersonByPhone(tenant, x.phone))!.id);
    return { run, report: buildSimulationReport(run, arms, days, defaultAssumptions), path, personOf };
  } finally {
    await close();
  }
};

describe('tact simulate (SYNTHETIC lender, cn, SQLite, in-process SMS centre)', () => {
  it('300 accounts × 20 days: sends nothing the rules forbid, stops reminders once paid, honours every STOP and complaint', { timeout: 240_000 }, async () => {
    const { run, report, path, personOf } = await simulate(300, 20, ['default', 'aggressive', 'gentle'], 7);
    const db = new Database(path);
    try {
      db.exec(`create temp table injected_stop (person_id text, at integer)`);
      const ins = db.prepare(`insert into injected_stop values (?, ?)`);
      for (const s of run.stops) ins.run(personOf.get(s.phone), s.at);
      db.exec(`create temp view stops as select person_id, min(at) as at from injected_stop group by person_id`);
      expect(cycleViolations(db, 'sim-test')).toEqual({ quietHours: 0, dailyCap: 0, weeklyCap: 0, unconfirmedThirdParty: 0, afterStop: 0, secondConfirmation: 0, afterPayment: 0, afterRefusal: 0 });
      // A complaint suppresses the number: nothing at all afterwards.
      const afterComplaint = db.prepare(`select count(*) as n from contact_events where tenant_id = 'sim-test' and direction = 'outbound' and person_id = ? and at > ?`);
      for (const c of run.complaints) expect((afterComplaint.get(personOf.get(c.phone), c.at) as { n: number }).n).toBe(0);
      // What the simulator saw leave the SMS centre is what the ledger says was sent.
      const ledger = (db.prepare(`select count(*) as n from contact_events where tenant_id = 'sim-test' and direction = 'outbound'`).get() as { n: number }).n;
      expect(run.sent).toBe(ledger);
      // Arms are the experiment's recorded assignments.
      const assigned = db.prepare(`select arm, count(*) as n from experiment_assignments where tenant_id = 'sim-test' group by arm order by arm`).all() as { arm: string; n: number }[];
      expect(Object.fromEntries(assigned.map((a) => [a.arm, a.n]))).toEqual(Object.fromEntries(report.experiment.arms.map((a) => [a.arm, a.accounts])));
    } finally {
      db.close();
    }
    expect(run.sent).toBeGreaterThan(300);
    expect(run.stops.length + run.complaints.length).toBeGreaterThan(0);
    expect(report.experiment.synthetic).toBe(true);
    expect(report.experiment.assumptions.length).toBeGreaterThan(20);
    for (const a of report.experiment.arms) {
      expect(a.accounts).toBeGreaterThan(60);
      expect(a.cure7.successes).toBeGreaterThan(0);
      expect(a.cure7.trials).toBe(a.accounts);
      expect(report.messagesAfterPayment[a.arm]).toBe(0);
      expect(report.blocked[a.arm]!.messages).toBeGreaterThan(0);
    }
    const by = Object.fromEntries(report.experiment.arms.map((a) => [a.arm, a]));
    expect(by['aggressive']!.messagesPerAccount).toBeGreaterThan(by['default']!.messagesPerAccount);
    expect(by['gentle']!.messagesPerAccount).toBeLessThan(by['default']!.messagesPerAccount);
  });

  it('replays exactly for a seed, and differs for another', { timeout: 120_000 }, async () => {
    const a = await simulate(120, 6, ['default', 'gentle'], 11);
    const b = await simulate(120, 6, ['default', 'gentle'], 11);
    const c = await simulate(120, 6, ['default', 'gentle'], 12);
    expect(b.report).toEqual(a.report);
    expect(b.run.tallies).toEqual(a.run.tallies);
    expect(c.run.tallies).not.toEqual(a.run.tallies);
  });

  it('detects an effect planted in one arm: the interval of the difference excludes zero', { timeout: 180_000 }, async () => {
    const share = 0.15;
    const plain = await simulate(600, 7, ['default', 'gentle'], 5);
    const planted = await simulate(600, 7, ['default', 'gentle'], 5, { planted: { arm: 'gentle', share } });
    const [controlPlain, gentlePlain] = plain.report.experiment.arms;
    const [controlPlanted, gentlePlanted] = planted.report.experiment.arms;
    // Same seed, same control arm: the plant touches only the gentle arm.
    expect(controlPlanted!.cure7).toEqual(controlPlain!.cure7);
    // Without the plant the two arms are not told apart at this size …
    expect(gentlePlain!.cure7.vsControl!.low).toBeLessThan(0);
    // … with it they are, and the estimated lift is near the planted one (a planted payer
    // who would have paid anyway adds nothing, hence × (1 − the arm's own rate)).
    expect(gentlePlanted!.cure7.vsControl!.low).toBeGreaterThan(0);
    const expected = share * (1 - gentlePlain!.cure7.rate);
    expect(gentlePlanted!.cure7.rate - gentlePlain!.cure7.rate).toBeGreaterThan(expected * 0.5);
    expect(gentlePlanted!.cure7.rate - gentlePlain!.cure7.rate).toBeLessThan(expected * 1.5);
  });

  it('us-regf: the aggressive arm writes to contacts, each third party at most once (1006.10), nothing after payment', { timeout: 180_000 }, async () => {
    const { report, path } = await simulate(150, 14, ['default', 'aggressive'], 3, { pack: 'us-regf' });
    const by = Object.fromEntries(report.experiment.arms.map((a) => [a.arm, a]));
    expect(by['aggressive']!.thirdPartyContactsPerAccount).toBeGreaterThan(0);
    expect(by['default']!.thirdPartyContactsPerAccount).toBe(0);
    expect(report.blocked['aggressive']!.byReason['POLICY_THIRD_PARTY_ONCE']).toBeGreaterThan(0);
    for (const a of report.experiment.arms) expect(report.messagesAfterPayment[a.arm]).toBe(0);
    const db = new Database(path, { readonly: true });
    try {
      const twice = db
        .prepare(`select count(*) as n from (select person_id from contact_events where tenant_id = 'sim-test' and direction = 'outbound' and party = 'third_party'
                  and coalesce(purpose, '') <> 'opt_out_confirmation' group by person_id having count(*) > 1)`)
        .get() as { n: number };
      expect(twice.n).toBe(0);
    } finally {
      db.close();
    }
  });

  it('the guardrail stops an arm built to draw complaints (and no arm without them); its accounts then get the control strategy', { timeout: 120_000 }, async () => {
    const arms = ['default', 'aggressive'] as const;
    const plain = await simulate(200, 4, arms, 21);
    const built = await simulate(200, 4, arms, 21, { plantedComplaints: { arm: 'aggressive', share: 0.3 } });
    const looks = (path: string): number => {
      const db = new Database(path, { readonly: true });
      try {
        return (db.prepare(`select guardrail_looks as n from experiments where tenant_id = 'sim-test'`).get() as { n: number }).n;
      } finally {
        db.close();
      }
    };
    // Without the complaint effect: the planner looked every day and stopped nothing.
    expect(looks(plain.path)).toBe(4);
    expect(plain.run.experiment!.stoppedArms).toEqual([]);
    expect(plain.report.experiment.arms.map((a) => a.stopped)).toEqual([false, false]);

    // With it: stopped by the complaints guardrail at a daily look, with its numbers.
    const stops = built.run.experiment!.stoppedArms;
    expect(stops.map((x) => x.arm)).toEqual(['aggressive']);
    const stop = stops[0]!;
    expect(stop.reason).toMatchObject({ metric: 'complaints', control: 'default', armAccounts: built.report.experiment.arms[1]!.accounts });
    expect(Number(stop.reason['armEvents'])).toBeGreaterThan(Number(stop.reason['controlEvents']));
    expect(Number(stop.reason['z'])).toBeGreaterThan(Number(stop.reason['boundary']));
    const db = new Database(built.path, { readonly: true });
    try {
      // The complaints went through the complaints use case: a record each, tied to the account.
      const filed = db.prepare(`select count(*) as n from complaints where tenant_id = 'sim-test' and account_id is not null`).get() as { n: number };
      expect(filed.n).toBe(built.run.complaints.length);
      // The audit chain says why, without personal data.
      const audit = db.prepare(`select data from audit_events where tenant_id = 'sim-test' and type = 'experiment.arm_stopped'`).all() as { data: string }[];
      expect(audit).toHaveLength(1);
      expect(JSON.parse(audit[0]!.data)).toMatchObject({ arm: 'aggressive', metric: 'complaints', armEvents: stop.reason['armEvents'], look: stop.reason['look'] });
      expect(audit[0]!.data).not.toMatch(/\+86/);
      // The arm's accounts keep their arm; what the planner wrote for them from the stop on
      // is tagged servedBy the control and sent at the control's 10:00 (Shanghai, 02:00 UTC),
      // before it at the aggressive arm's 09:00.
      const planned = db
        .prepare(`select m.decision, m.scheduled_at, m.created_at >= ? as after from messages m
                  join experiment_assignments x on x.tenant_id = m.tenant_id and x.account_id = m.account_id and x.arm = 'aggressive'
                  where m.tenant_id = 'sim-test' and m.party = 'borrower' and m.plan_key is not null`)
        .all(stop.stoppedAt) as { decision: string; scheduled_at: number; after: number }[];
      const utcHour = (at: number): number => new Date(at).getUTCHours();
      const before = planned.filter((m) => m.after === 0);
      const after = planned.filter((m) => m.after === 1);
      expect(before.length).toBeGreaterThan(0);
      expect(after.length).toBeGreaterThan(0);
      for (const m of before) expect(JSON.parse(m.decision)).not.toHaveProperty('servedBy');
      for (const m of before) expect(utcHour(m.scheduled_at)).toBe(1);
      for (const m of after) expect(JSON.parse(m.decision)).toMatchObject({ experiment: 'sim-arms', arm: 'aggressive', servedBy: 'default' });
      for (const m of after) expect(utcHour(m.scheduled_at)).toBe(2);
    } finally {
      db.close();
    }
    // The report shows the stop.
    expect(built.report.experiment.arms.map((a) => a.stopped)).toEqual([false, true]);
    const text = formatSimulationReport({ pack: 'cn', accounts: 200, days: 4, start: '2026-12-07', seed: 21, arms, planted: 'none', plantedComplaints: 'aggressive:0.3', guardrails: true }, built.report);
    expect(text).toContain('arm aggressive STOPPED');
    expect(text).toContain('planted complaints: aggressive:0.3');
  });
});
