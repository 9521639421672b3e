// The evidence and rights routes behind the frame's guards, with a test principal from
// headers (x-test-tenant, x-test-role): the frame has no key resolver of its own yet.
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notoSansScFonts } from '../../src/adapters/pdf/noto-sans-sc-fonts.js';
import { createPdfkitRenderer } from '../../src/adapters/pdf/pdfkit-renderer.js';
import { nodeSha256Hex } from '../../src/adapters/system/node-sha256.js';
import { canonicalJson } from '../../src/core/canonical-json.js';
import { verifyEvidencePack } from '../../src/core/evidence/seal-evidence-pack.js';
import { tenantId } from '../../src/core/model/ids.js';
import { isRole } from '../../src/core/model/roles.js';
import { registerAuth, registerGuards, type GuardedRoute } from '../../src/http/plugins/auth.js';
import { errorBodySchema, registerErrorShape } from '../../src/http/plugins/error-shape.js';
import { evidenceRoutes } from '../../src/http/routes/evidence/evidence-routes.js';
import { rightsRoutes } from '../../src/http/routes/rights/rights-routes.js';
import type { ServerDeps } from '../../src/http/server-deps.js';
import type { StoreTarget } from '../contract/store-fixture.js';
import { quietLogger } from '../support/dispatch-fixture.js';
import { BORROWER, CONTACT, seedEvidenceHistory, type EvidenceHistory } from '../support/evidence-fixture.js';
import { testServerConfig } from '../support/http-app.js';
import { sqliteTarget } from '../support/store-targets.js';

let target: StoreTarget;
let h: EvidenceHistory;
let app: FastifyInstance;
const routes: GuardedRoute[] = [];
const as = (role: string, tenant = 'ev-tenant') => ({ 'x-test-role': role, 'x-test-tenant': tenant });

beforeAll(async () => {
  target = await sqliteTarget('tact-evidence-http');
  h = await seedEvidenceHistory(target, 5);
  const deps: ServerDeps = { store: h.handle.store, clock: h.clock, logger: quietLogger, config: testServerConfig, pdf: createPdfkitRenderer(notoSansScFonts()) };
  app = Fastify({ logger: false, ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true } } });
  app.addSchema(errorBodySchema);
  registerErrorShape(app, quietLogger);
  registerAuth(app, [async (r) => {
    const role = r.headers['x-test-role'];
    const tenant = r.headers['x-test-tenant'];
    return isRole(role) && typeof tenant === 'string' ? { tenant: tenantId(tenant), role, via: 'api_key', keyId: 'k1' } : undefined;
  }]);
  registerGuards(app, routes);
  await app.register(async (s) => evidenceRoutes(s, deps));
  await app.register(async (s) => rightsRoutes(s, deps));
  await app.ready();
}, 60_000);
afterAll(async () => {
  await app.close();
  await h.handle.close();
  await target.cleanup();
});

describe('evidence routes', () => {
  it('every route names a permission', () => {
    expect(routes.map((r) => `${r.method} ${r.url} ${r.permission}`).sort()).toEqual([
      'GET /v1/evidence evidence:read', 'GET /v1/evidence.pdf evidence:read', 'GET /v1/people/:personId/consent-history evidence:read',
      'POST /v1/rights/access rights:write', 'POST /v1/rights/corrections rights:write', 'POST /v1/rights/erasures rights:write',
    ]);
  });

  it('GET /v1/evidence returns a pack whose hashes verify; by phone too', async () => {
    const r = await app.inject({ method: 'GET', url: `/v1/evidence?accountId=${h.account}`, headers: as('compliance') });
    expect(r.statusCode, r.body).toBe(200);
    const pack = r.json();
    expect(pack.messages).toHaveLength(10);
    expect(verifyEvidencePack(JSON.parse(canonicalJson(pack)), nodeSha256Hex)).toEqual([]);
    const byPhone = await app.inject({ method: 'GET', url: `/v1/evidence?phone=${encodeURIComponent(BORROWER)}`, headers: as('compliance') });
    expect(byPhone.json().messages).toHaveLength(5);
  });

  it('GET /v1/evidence.pdf answers a PDF with the pack hash header', async () => {
    const r = await app.inject({ method: 'GET', url: `/v1/evidence.pdf?accountId=${h.account}`, headers: as('auditor') });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toBe('application/pdf');
    expect(r.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(r.headers['x-pack-sha256']).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses roles without evidence:read, other tenants (404 as missing) and bad input', async () => {
    expect((await app.inject({ method: 'GET', url: `/v1/evidence?accountId=${h.account}`, headers: as('strategist') })).statusCode).toBe(403);
    expect((await app.inject({ method: 'GET', url: `/v1/evidence?accountId=${h.account}` })).statusCode).toBe(401);
    const other = await app.inject({ method: 'GET', url: `/v1/evidence?accountId=${h.account}`, headers: as('compliance', 'tenant-b') });
    expect(other.statusCode).toBe(404);
    expect(other.json().error.code).toBe('TACT_ERR_HTTP_NOT_FOUND');
    const both = await app.inject({ method: 'GET', url: `/v1/evidence?accountId=x&phone=1`, headers: as('compliance') });
    expect(both.statusCode).toBe(400);
    const bad = await app.inject({ method: 'GET', url: `/v1/evidence?phone=12345`, headers: as('compliance') });
    expect(bad.json().error).toMatchObject({ code: 'TACT_ERR_EVIDENCE_BAD_PHONE', path: 'phone' });
  });
});

describe('rights routes', () => {
  it('access (JSON and PDF), correction, consent history, erasure', async () => {
    const access = await app.inject({ method: 'POST', url: '/v1/rights/access', headers: as('compliance'), payload: { phone: BORROWER } });
    expect(access.statusCode, access.body).toBe(200);
    expect(access.json().reference).toMatch(/^R-/);
    expect(access.body).not.toContain(CONTACT);
    const pdf = await app.inject({ method: 'POST', url: '/v1/rights/access', headers: as('compliance'), payload: { phone: BORROWER, format: 'pdf' } });
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect((await app.inject({ method: 'POST', url: '/v1/rights/access', headers: as('agent'), payload: { phone: BORROWER } })).statusCode).toBe(403);

    const fix = await app.inject({ method: 'POST', url: '/v1/rights/corrections', headers: as('compliance'), payload: { phone: BORROWER, name: '新名字' } });
    expect(fix.json()).toMatchObject({ fields: ['name'] });
    const taken = await app.inject({ method: 'POST', url: '/v1/rights/corrections', headers: as('compliance'), payload: { phone: BORROWER, newPhone: CONTACT } });
    expect(taken.statusCode).toBe(409);
    const empty = await app.inject({ method: 'POST', url: '/v1/rights/corrections', headers: as('compliance'), payload: { phone: BORROWER } });
    expect(empty.json().error.code).toBe('TACT_ERR_EVIDENCE_NOTHING_TO_CORRECT');

    const person = (await h.handle.store.findPersonByPhone(h.tenant, CONTACT))!;
    const hist = await app.inject({ method: 'GET', url: `/v1/people/${person.id}/consent-history`, headers: as('auditor') });
    expect(hist.json().entries.map((e: { event: string }) => e.event)).toEqual(['listed', 'suppressed']);
    expect((await app.inject({ method: 'GET', url: `/v1/people/${person.id}/consent-history`, headers: as('auditor', 'tenant-b') })).statusCode).toBe(404);

    const erase = await app.inject({ method: 'POST', url: '/v1/rights/erasures', headers: as('compliance'), payload: { phone: CONTACT } });
    expect(erase.statusCode).toBe(200);
    expect(erase.json()).toMatchObject({ suppressed: true, retained: [{ basis: expect.stringContaining('PIPL') }] });
    expect((await app.inject({ method: 'POST', url: '/v1/rights/erasures', headers: as('compliance'), payload: { phone: CONTACT } })).statusCode).toBe(404);
  });
});
