// Gathers an experiment's counts from the store and builds its report. The SMS price
// per segment is the tenant's messaging setting (`tact tenant messaging`), else the
// planner's default for the tenant's locale (defaultPlanMessaging: 5 fen zh-CN, 1 cent
// otherwise); the report says which one it used.
import type { Store } from '../ports/store.js';
import type { TenantId } from '../../core/model/ids.js';
import { defaultPlanMessaging } from '../plan/plan-messaging.js';
import { buildExperimentReport, CURVE_DAYS, type ExperimentReport, type ReportInput } from './experiment-report.js';

export const segmentPrice = async (store: Store, tenant: TenantId): Promise<ReportInput['price']> => {
  const stored = await store.getMessaging(tenant);
  if (stored !== undefined) return { perSegmentMinor: stored.pricePerSegmentMinor, currency: stored.currency, source: 'tenant' };
  const record = await store.getTenant(tenant);
  const d = defaultPlanMessaging({ name: record?.name ?? '' }, record?.locale === 'en' ? 'en' : 'zh-CN').tenant;
  return { perSegmentMinor: d.pricePerSegmentMinor, currency: d.currency, source: 'default' };
};

/** Undefined when the tenant has no experiment with this id. asOf: epoch ms UTC. */
export const loadExperimentReport = async (store: Store, tenant: TenantId, experimentId: string, asOf: number, confidence = 0.95): Promise<ExperimentReport | undefined> => {
  const experiment = await store.getExperiment(tenant, experimentId);
  if (experiment === undefined) return undefined;
  const [outcomes, cureCells, price] = await Promise.all([
    store.experimentArmOutcomes(tenant, experimentId, asOf),
    store.experimentCureCells(tenant, experimentId, asOf, CURVE_DAYS),
    segmentPrice(store, tenant),
  ]);
  return buildExperimentReport({ experiment, asOf, outcomes, cureCells, price, confidence });
};
