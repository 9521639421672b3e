// `tact start` on an empty database: the demo tenants, each with messaging settings, the
// pack's default strategy (stored and active), the default templates, a book of overdue
// accounts (demo-records.ts), contacts in every confirmation state, a few borrowers who
// did not answer earlier calls (so cn allows their confirmed contacts to be asked), and
// the people who sign in (users: one step, supplied by main). Then today's plan.
// Called only when the store holds no tenant, so a second start never seeds twice.
import { failure, type TactFailure } from '../../core/errors.js';
import { defaultTemplates } from '../../core/messages/default-templates.js';
import { findLinks } from '../../core/messages/find-links.js';
import { tenantId, type TenantId } from '../../core/model/ids.js';
import { err, ok, type Result } from '../../core/result.js';
import { defaultStrategies } from '../../core/strategy/default-strategies.js';
import { strategyToJson } from '../../core/strategy/parse-strategy.js';
import { planDay } from '../plan-day.js';
import type { PlanSummary } from '../plan/plan-summary.js';
import type { Clock } from '../ports/clock.js';
import type { CodeGenerator } from '../ports/code-generator.js';
import type { Store } from '../ports/store.js';
import type { NewTenant } from '../ports/store-records.js';
import { saveTemplate } from '../templates/save-template.js';
import { setTenantMessaging } from '../templates/tenant-messaging.js';
import { demoRecords, type DemoBook } from './demo-records.js';
import { seedDemoLedger } from './seed-demo-ledger.js';

/** A sign-in the demo prints (never a production account). */
export interface DemoLogin {
  readonly tenant: TenantId;
  readonly role: string;
  readonly login: string;
  readonly password: string;
}

export interface SeedDemoDeps {
  readonly store: Store;
  readonly clock: Clock;
  readonly codes: CodeGenerator;
  /** Creates the demo's console users of a tenant; the one place users come from. */
  readonly addUsers: (tenant: TenantId) => Promise<readonly DemoLogin[]>;
}

export interface SeedDemoOptions {
  /** Where the portal is, for `{portalUrl}` in borrower messages. */
  readonly publicBaseUrl: string;
  /** Accounts in the cn book (default 300); the us-regf book has a third of that, at most 100. */
  readonly accounts?: number;
}

export interface DemoTenantSummary {
  readonly tenant: TenantId;
  readonly accounts: number;
  readonly plan: PlanSummary;
}

export interface DemoSummary {
  readonly tenants: readonly DemoTenantSummary[];
  readonly logins: readonly DemoLogin[];
}

const actor = 'system:demo';

interface DemoTenant {
  readonly book: DemoBook;
  readonly record: NewTenant;
  readonly brand: string;
  readonly hotline: string;
  readonly fallbackPortal: string;
}

/** YYYY-MM-DD at `now` in `zone`. */
export const localDate = (now: number, zone: string): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);

const demoTenants = (accounts: number): readonly DemoTenant[] => [
  {
    book: { tenant: 'demo-cn', accounts },
    record: { name: '示例金融', pack: 'cn', defaultRegion: 'CN', timeZone: 'Asia/Shanghai', locale: 'zh-CN' },
    brand: '示例金融', hotline: '400-123-4567', fallbackPortal: 'https://pay.shili.cn',
  },
  {
    book: { tenant: 'demo-us', accounts: Math.min(100, Math.max(1, Math.floor(accounts / 3))) },
    record: { name: 'Example Lending', pack: 'us-regf', defaultRegion: 'US', timeZone: 'America/New_York', locale: 'en' },
    brand: 'Example Co', hotline: '(212) 555-0100', fallbackPortal: 'https://pay.example.com',
  },
];

/** The portal link messages carry: the demo server when the lint accepts its host. */
const portalFor = (publicBaseUrl: string, fallback: string): { url: string; host: string } => {
  const links = findLinks(publicBaseUrl);
  const link = links.length === 1 && links[0]!.text === publicBaseUrl.trim() && /\./.test(links[0]!.host) ? links[0]! : findLinks(fallback)[0]!;
  return { url: link.text, host: link.host };
};

const seedTenant = async (deps: SeedDemoDeps, t: DemoTenant, options: SeedDemoOptions): Promise<Result<DemoTenantSummary, TactFailure[]>> => {
  const { store, clock } = deps;
  const id = tenantId(t.book.tenant);
  await store.createTenant(id, t.record, actor);
  const portal = portalFor(options.publicBaseUrl, t.fallbackPortal);
  const messaging = await setTenantMessaging(store, id, {
    brand: t.brand, hotline: t.hotline, portalUrl: portal.url, linkAllowList: [portal.host],
    pricePerSegmentMinor: t.record.pack === 'cn' ? 5 : 1, currency: t.record.pack === 'cn' ? 'CNY' : 'USD',
  }, actor);
  if (!messaging.ok) return err([...messaging.error]);
  const strategy = defaultStrategies[t.record.pack];
  await store.saveStrategy(id, { strategyId: strategy.id, version: strategy.version, body: strategyToJson(strategy), status: 'active' }, actor);
  const templates = defaultTemplates.filter((x) => x.locale === t.record.locale).map(({ key, audience, channel, locale, body }) => ({ key, audience, channel, locale, body }));
  const saved = await saveTemplate(store, id, templates, actor);
  if (!saved.ok) return err([saved.error.code === 'TACT_ERR_MESSAGE_LINT_FAILED' ? failure('TACT_ERR_MESSAGE_LINT_FAILED', { path: 'templates' }) : saved.error.failure]);
  const today = localDate(clock.now(), t.record.timeZone);
  const records = demoRecords(t.book, today);
  for (let i = 0; i < records.length; i += 500) await store.upsertImportBatch(id, records.slice(i, i + 500), actor);
  await seedDemoLedger(store, id, records, clock.now());
  const plan = await planDay({ store, codes: deps.codes, clock }, id, today, { actor });
  if (!plan.ok) return err(plan.error);
  return ok({ tenant: id, accounts: records.length, plan: plan.value });
};

export const seedDemo = async (deps: SeedDemoDeps, options: SeedDemoOptions): Promise<Result<DemoSummary, TactFailure[]>> => {
  const tenants: DemoTenantSummary[] = [];
  const logins: DemoLogin[] = [];
  for (const t of demoTenants(options.accounts ?? 300)) {
    const seeded = await seedTenant(deps, t, options);
    if (!seeded.ok) return seeded;
    tenants.push(seeded.value);
    logins.push(...(await deps.addUsers(seeded.value.tenant)));
  }
  return ok({ tenants, logins });
};
