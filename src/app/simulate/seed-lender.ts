// The synthetic lender: a tenant, its overdue accounts (one borrower and one emergency
// contact each, numbers from a private synthetic range that is never dialled), the arms
// as versions of one strategy, and a running experiment over them. Written through the
// ordinary store paths (import batch, saveStrategy, createExperiment), so the planner
// finds nothing it would not find at a real lender.
import type { ImportRecord } from '../../core/model/import-record.js';
import type { AccountId, TenantId } from '../../core/model/ids.js';
import { epochDay } from '../../core/model/parse-iso-date.js';
import { armStrategy, SIM_STRATEGY_ID, type SimulationArm } from '../../core/simulate/arm-strategies.js';
import { Prng } from '../../core/simulate/prng.js';
import type { SimulationAssumptions } from '../../core/simulate/simulation-assumptions.js';
import { drawBorrower, type SyntheticBorrower } from '../../core/simulate/synthetic-borrower.js';
import { defaultDefinition, defaultGuardrails } from '../../core/strategy/experiment-definition.js';
import { strategyToJson } from '../../core/strategy/parse-strategy.js';
import type { Store } from '../ports/store.js';

export type SimPack = 'cn' | 'us-regf';

export const SIM_EXPERIMENT_ID = 'sim-arms';

export interface SimAccount {
  readonly index: number;
  readonly externalId: string;
  readonly borrowerPhone: string;
  readonly contactPhone: string;
  readonly zone: string;
  readonly borrower: SyntheticBorrower;
  /** This account's own PRNG stream: every draw about it comes from here. */
  readonly rng: Prng;
  accountId?: AccountId;
}

export const tenantSetup = {
  cn: { name: '示例金融', pack: 'cn', defaultRegion: 'CN', timeZone: 'Asia/Shanghai', locale: 'zh-CN', currency: 'CNY' },
  'us-regf': { name: 'Example Lending', pack: 'us-regf', defaultRegion: 'US', timeZone: 'America/New_York', locale: 'en', currency: 'USD' },
} as const;

// us-regf borrowers live in three zones (half in the lender's own); cn in one.
const zonesOf = (pack: SimPack): readonly (readonly [string, number])[] =>
  pack === 'cn' ? [['Asia/Shanghai', 1]] : [['America/New_York', 0.5], ['America/Chicago', 0.25], ['America/Los_Angeles', 0.25]];

const phone = (pack: SimPack, n: number): string =>
  pack === 'cn' ? `+86139${String(n).padStart(8, '0')}` : `+1212${String(2_000_000 + n)}`;

const isoOfEpochDay = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);

export const buildPopulation = (pack: SimPack, accounts: number, seed: number, a: SimulationAssumptions): SimAccount[] =>
  Array.from({ length: accounts }, (_, i) => {
    const rng = Prng.fork(seed, `account-${i}`);
    const zone = rng.weighted(zonesOf(pack));
    return { index: i, externalId: `sim-${i}`, borrowerPhone: phone(pack, 2 * i), contactPhone: phone(pack, 2 * i + 1), zone, borrower: drawBorrower(rng, a), rng };
  });

const recordOf = (pack: SimPack, startDate: string, s: SimAccount, a: SimulationAssumptions): ImportRecord => {
  const locale = tenantSetup[pack].locale;
  return {
    line: s.index + 2, externalId: s.externalId, product: 'cash-loan', currency: tenantSetup[pack].currency,
    principalMinor: a.balanceMinor, balanceMinor: a.balanceMinor, overdueMinor: a.overdueMinor,
    dueDate: isoOfEpochDay(epochDay(startDate) - s.borrower.startDpd), daysPastDue: s.borrower.startDpd, status: 'overdue', flags: [],
    // Plain names: a name such as "借款人" or "Borrower" would itself be a debt word in a contact's message (lint).
    borrower: { name: pack === 'cn' ? '张伟' : 'Alex Sample', phoneE164: s.borrowerPhone, timeZones: [s.zone], locale },
    contacts: [{ role: 'emergency_contact', relationship: pack === 'cn' ? '朋友' : 'friend', name: pack === 'cn' ? '李娜' : 'Jordan Sample', phoneE164: s.contactPhone, timeZones: [s.zone], locale }],
  };
};

/**
 * Writes tenant, accounts, strategies and experiment; fills each SimAccount's accountId.
 * `guardrails`: the experiment gets the default guardrails (complaints, opt-outs), so the
 * planner's daily guardrail look may stop an arm (`tact simulate`'s default; --no-guardrails
 * gives it none).
 */
export const seedLender = async (
  store: Store,
  tenant: TenantId,
  pack: SimPack,
  arms: readonly SimulationArm[],
  population: SimAccount[],
  startDate: string,
  a: SimulationAssumptions,
  guardrails: boolean,
  onProgress?: (written: number) => void,
): Promise<void> => {
  const { currency: _currency, ...setup } = tenantSetup[pack];
  await store.createTenant(tenant, setup, 'simulator');
  for (let i = 0; i < population.length; i += 1000) {
    await store.upsertImportBatch(tenant, population.slice(i, i + 1000).map((s) => recordOf(pack, startDate, s, a)), 'simulator');
    onProgress?.(Math.min(population.length, i + 1000));
  }
  // Ids are assigned by the store; read them back in pages (external ids are ours).
  const byExternal = new Map(population.map((s) => [s.externalId, s]));
  for (let after: AccountId | undefined; ; ) {
    const page = await store.listAccounts(tenant, { ...(after === undefined ? {} : { after }), limit: 1000 });
    for (const row of page) {
      const s = byExternal.get(row.externalId);
      if (s !== undefined) s.accountId = row.id;
    }
    if (page.length < 1000) break;
    after = page[page.length - 1]!.id;
  }
  for (const [k, arm] of arms.entries()) {
    await store.saveStrategy(tenant, { strategyId: SIM_STRATEGY_ID, version: k + 1, body: strategyToJson(armStrategy(arm, pack, k + 1)), status: k === 0 ? 'active' : 'draft' }, 'simulator');
  }
  if (arms.length >= 2) {
    const created = await store.createExperiment(
      tenant,
      {
        id: SIM_EXPERIMENT_ID,
        name: 'Simulated arms',
        arms: arms.map((name, k) => ({ name, strategyId: SIM_STRATEGY_ID, strategyVersion: k + 1, weight: 1 })),
        // The first arm is the control.
        definition: { ...defaultDefinition(arms[0]!), primaryMetric: 'cure_7d', guardrails: guardrails ? defaultGuardrails : [] },
      },
      'simulator',
    );
    if (!created.ok) throw new Error(`simulator: experiment not created (${created.error})`);
  }
};
