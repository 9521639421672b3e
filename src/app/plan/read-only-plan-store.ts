// A view of the store for the strategy dry run (docs/experiments.md, "Dry run"): the
// planner's reads pass through, seen as of `asOf` (ledger rows, payments and
// suppressions after it are hidden, so caps and reachability are judged with what was
// known then); its writes are captured in memory instead; any other method throws, so
// the dry run cannot write by accident.
import type { Store } from '../ports/store.js';
import type { NewMessage } from '../ports/store-records.js';

const READS = new Set<string | symbol>([
  'capabilities', 'getTenant', 'listOverdueAccounts', 'countOverdueAccounts', 'getPlanAccounts', 'ledgerAggregatesBefore',
  'getActiveStrategy', 'listStrategies', 'getMessaging', 'activeTemplates', 'getInconvenientTimes',
]);

export interface CapturingStore {
  readonly store: Store;
  /** What the planner would have written. */
  readonly captured: NewMessage[];
}

/** asOf: epoch ms UTC, the moment the replayed day's plan would have run. */
export const readOnlyPlanStore = (inner: Store, asOf: number): CapturingStore => {
  const captured: NewMessage[] = [];
  const overrides: Partial<Store> = {
    listLedgerSince: async (t, people, since) => (await inner.listLedgerSince(t, people, since)).filter((r) => r.at < asOf),
    lastPayments: async (t, accounts) => new Map([...(await inner.lastPayments(t, accounts))].filter(([, at]) => at < asOf)),
    listPlanPeople: async (t, accounts) =>
      (await inner.listPlanPeople(t, accounts)).map((p) => (p.suppressedAt !== undefined && p.suppressedAt >= asOf ? { ...p, suppressedAt: undefined } : p)),
    listSuppressionsFor: async (t, people) => (await inner.listSuppressionsFor(t, people)).filter((s) => s.at < asOf),
    // The real outbox does not count: the new version is judged as if it had planned the day.
    existingPlanKeys: async () => new Set<string>(),
    usedVerificationCodes: async () => new Set<string>(),
    insertPlannedMessages: async (_t, messages) => {
      captured.push(...messages);
      return { inserted: messages.length, alreadyPlanned: 0 };
    },
    writePlannedMessages: async (_t, messages) => {
      captured.push(...messages);
      return { inserted: messages.length, alreadyPlanned: 0 };
    },
  };
  const store: Store = new Proxy(inner, {
    get: (target, key, receiver) => {
      if (key === 'transaction') return async <T>(fn: (s: Store) => Promise<T>): Promise<T> => fn(store);
      if (typeof key === 'string' && key in overrides) return overrides[key as keyof Store];
      if (READS.has(key)) {
        const v = Reflect.get(target, key, receiver) as unknown;
        return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
      }
      return () => {
        throw new Error(`dry run: ${String(key)} is not available (read-only replay)`);
      };
    },
  });
  return { store, captured };
};
