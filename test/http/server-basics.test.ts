// The server's frame: one error shape, security headers, guards on every route.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorRegistry } from '../../src/core/errors.js';
import { startHttpApp, type HttpApp } from '../support/http-app.js';

describe('server frame', () => {
  let t: HttpApp;
  beforeAll(async () => {
    t = await startHttpApp();
  });
  afterAll(async () => t.close());

  it('answers /healthz with the dialect and security headers', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual({ ok: true, dialect: 'sqlite' });
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(r.headers['x-ratelimit-limit']).toBeDefined();
  });

  it('answers an unknown route with the one error shape', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/v1/nothing-here' });
    expect(r.statusCode).toBe(404);
    const body = r.json() as { requestId: string; error: { code: string; hint: string } };
    expect(body.error.code).toBe('TACT_ERR_HTTP_NOT_FOUND');
    expect(body.error.hint).toBe(errorRegistry.TACT_ERR_HTTP_NOT_FOUND.hint);
    expect(body.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves the OpenAPI document at /docs/json', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/docs/json' });
    expect(r.statusCode).toBe(200);
    expect((r.json() as { openapi: string }).openapi).toBe('3.1.0');
  });

  it('checks the credential before the body: a multipart post to an API route without a key is 401, not 415', async () => {
    const payload = '--b\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\nexternal_id\r\n--b--\r\n';
    const headers = { 'content-type': 'multipart/form-data; boundary=b' };
    for (const url of ['/v1/imports', '/v1/complaints']) {
      const r = await t.app.inject({ method: 'POST', url, headers, payload });
      expect(r.statusCode).toBe(401);
      expect((r.json() as { error: { code: string } }).error.code).toBe('TACT_ERR_HTTP_UNAUTHENTICATED');
    }
  });

  it('records every route with its guard', () => {
    expect(t.routes.find((r) => r.url === '/healthz')).toEqual({ method: 'GET', url: '/healthz', public: true });
    for (const r of t.routes) expect(r.public || r.permission !== undefined).toBe(true);
  });
});
