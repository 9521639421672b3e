// How the generic route walks (tenant-isolation.test.ts, role-matrix.test.ts) fill in a
// route's `:params`. EVERY param name used by any route must be listed in `paramIds`:
// a route with an unknown param fails the walks, so whoever adds a route adds its param
// here (name → the seeded record's id; seed it in test/support/api-seed.ts if new).
import type { GuardedRoute } from '../../src/http/plugins/auth.js';
import type { Seed } from '../support/api-seed.js';

export const paramIds: Readonly<Record<string, (s: Seed) => string>> = {
  accountId: (s) => s.accountId,
  personId: (s) => s.contactId,
  messageId: (s) => s.messageId,
  strategyId: (s) => s.strategyId,
  templateKey: (s) => s.templateKey,
  experimentId: (s) => s.experimentId,
  keyId: (s) => s.keyId,
  userId: (s) => s.userId,
  complaintId: (s) => s.complaintId,
  screenshotId: (s) => s.screenshotId,
};

/**
 * Bodies that name the other tenant's records where a route takes ids in its body
 * ("METHOD url" → body). Routes not listed get `{}` (usually a 400: schema).
 */
export const bodiesNaming: Readonly<Record<string, (s: Seed) => unknown>> = {
  'POST /v1/payments': (s) => ({ externalId: `x-${s.tag}`, accountId: s.accountId, amountMinor: 100, currency: 'CNY', paidAt: '2026-12-07T00:00:00Z' }),
  'POST /v1/suppressions': (s) => ({ phone: s.contactPhone, accountId: s.accountId }),
  'POST /v1/suppressions/removals': (s) => ({ phone: s.suppressedPhone }),
  'POST /v1/experiments': (s) => ({ id: `x-${s.tag}`, arms: [
    { name: 'A', strategyId: s.strategyId, strategyVersion: 1, weight: 1 },
    { name: 'B', strategyId: s.strategyId, strategyVersion: 2, weight: 1 },
  ] }),
};

/**
 * Query strings that name the other tenant's records, for routes that take an id in the
 * query rather than the path ("METHOD url" → query). Such a route must refuse (404/400)
 * like a route with the id in its path.
 */
export const queriesNaming: Readonly<Record<string, (s: Seed) => Record<string, string>>> = {
  'GET /v1/evidence': (s) => ({ accountId: s.accountId }),
  'GET /v1/evidence.pdf': (s) => ({ accountId: s.accountId }),
};

export const paramNames = (url: string): string[] => [...url.matchAll(/:([A-Za-z0-9_]+)/g)].map((m) => m[1]!);

/** The URL with every param filled by `value(name)`; throws on a name not in paramIds. */
export const fillUrl = (route: GuardedRoute, value: (name: string) => string): string =>
  route.url.replace(/:([A-Za-z0-9_]+)/g, (_m, name: string) => {
    if (!(name in paramIds)) throw new Error(`${route.method} ${route.url}: unknown param ":${name}" — add it to paramIds in test/http/route-walk.ts`);
    return encodeURIComponent(value(name));
  });

/** Routes a walk covers: everything behind a permission (health, docs and pages that are public are skipped). */
export const guardedRoutes = (routes: readonly GuardedRoute[]): GuardedRoute[] =>
  routes.filter((r) => !r.public && r.permission !== undefined && r.method !== 'OPTIONS');

export const hasBody = (method: string): boolean => method === 'POST' || method === 'PUT' || method === 'PATCH';
