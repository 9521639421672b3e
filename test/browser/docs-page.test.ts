// First browser test: the running platform's health endpoint and its OpenAPI page (the
// Swagger UI must render under the server's Content-Security-Policy).
import { existsSync, statSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, startBrowserHarness, type BrowserHarness } from './support/browser-harness.js';

describe.skipIf(!browserAvailable())('browser: the platform answers and renders /docs', () => {
  let h: BrowserHarness;
  beforeAll(async () => {
    h = await startBrowserHarness();
  });
  afterAll(async () => h?.close());

  it('shows /healthz as JSON', async () => {
    const page = await h.newPage();
    const response = await page.goto('/healthz');
    expect(response?.status()).toBe(200);
    expect(JSON.parse(await page.locator('body').innerText())).toEqual({ ok: true, dialect: 'sqlite' });
    const shot = await h.screenshot(page, 'healthz');
    expect(existsSync(shot) && statSync(shot).size > 0).toBe(true);
    await page.context().close();
  });

  it('renders the OpenAPI UI at /docs without console errors', async () => {
    const page = await h.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    const response = await page.goto('/docs');
    expect(response?.ok()).toBe(true);
    // Swagger UI builds the page in the browser: the title comes from /docs/json.
    await page.locator('.swagger-ui .info .title').waitFor({ timeout: 15_000 });
    expect(await page.locator('.swagger-ui .info .title').innerText()).toContain('Tact');
    await h.screenshot(page, 'docs');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
