// The role matrix, walked over EVERY guarded route: a key of each role gets 403 exactly
// when mayDo(role, route.permission) is false, and neither 401 nor 403 when it is true.
// Params get random ids (route-walk.ts), so no walk changes a real record.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mayDo } from '../../src/http/plugins/permissions.js';
import { roles, type Role } from '../../src/core/model/roles.js';
import { fillUrl, guardedRoutes, hasBody } from './route-walk.js';
import { keysByRole } from '../support/api-seed.js';
import { startHttpApp, type HttpApp } from '../support/http-app.js';

describe('role matrix over every route', () => {
  let t: HttpApp;
  let keys: Record<Role, string>;
  beforeAll(async () => {
    t = await startHttpApp();
    keys = await keysByRole(t.handle.store, t.tenantA, roles);
  });
  afterAll(async () => t.close());

  it('answers 403 exactly where the matrix says no', async () => {
    const mismatches: string[] = [];
    for (const route of guardedRoutes(t.routes)) {
      const url = fillUrl(route, () => `missing-${randomUUID()}`);
      for (const role of roles) {
        const r = await t.app.inject({ method: route.method as 'GET', url, headers: { authorization: keys[role] }, ...(hasBody(route.method) ? { payload: {} } : {}) });
        const allowed = mayDo(role, route.permission!);
        const denied = r.statusCode === 403 && (r.json() as { error: { code: string } }).error.code === 'TACT_ERR_HTTP_FORBIDDEN';
        if (allowed && (r.statusCode === 401 || r.statusCode === 403)) mismatches.push(`${role} ${route.method} ${route.url}: ${r.statusCode}, expected allowed`);
        if (!allowed && !denied) mismatches.push(`${role} ${route.method} ${route.url}: ${r.statusCode}, expected 403`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('answers 401 without a key, with a malformed key and with a revoked key', async () => {
    const revoked = (await t.handle.store.listApiKeys(t.tenantA)).find((k) => k.role === 'auditor')!;
    await t.handle.store.revokeApiKey(t.tenantA, revoked.id, 'test');
    for (const authorization of [undefined, 'Bearer nope', `Bearer tact_${'A'.repeat(43)}`, keys.auditor, 'Basic abc']) {
      const r = await t.app.inject({ method: 'GET', url: '/v1/accounts', headers: authorization === undefined ? {} : { authorization } });
      expect(r.statusCode, authorization).toBe(401);
      expect((r.json() as { error: { code: string } }).error.code).toBe('TACT_ERR_HTTP_UNAUTHENTICATED');
    }
  });
});
