/// <reference lib="dom" />
// Journey 3 (issue 6): an operator signs in to the console with the demo login, sees the
// dashboard's charts drawn (Chart.js under the server's CSP, from the page's JSON), and
// opens an account's timeline: the calls and messages of the demo's first day.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPasswords } from '../../src/main/demo-users.js';
import { browserAvailable, startBrowserHarness, type BrowserHarness } from './support/browser-harness.js';

const charts = ['chart-per-day', 'chart-blocked', 'chart-third-party'] as const;

describe.skipIf(!browserAvailable())('browser journey 3: an operator signs in, reads the dashboard, opens a timeline', () => {
  let h: BrowserHarness;
  beforeAll(async () => {
    h = await startBrowserHarness();
  });
  afterAll(async () => h?.close());

  it('signs in, the charts render, the account timeline shows calls and messages', { timeout: 120_000 }, async () => {
    const page = await h.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`${m.text()} ${m.location().url}`);
    });
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('response', (r) => {
      if (r.status() >= 400) problems.push(`${r.status()} ${new URL(r.url()).pathname}`);
    });

    await page.goto('/console');
    await page.waitForURL(/\/console\/sign-in$/);
    await page.getByLabel('Tenant').fill('demo-cn');
    await page.getByLabel('Login').fill('admin');
    await page.getByLabel('Password').fill(demoPasswords.admin);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/console$/);

    // Each chart is a Chart.js instance with data, and its canvas has pixels drawn.
    await page.waitForFunction((ids) => ids.every((id) => (globalThis as unknown as { Chart?: { getChart(c: unknown): unknown } }).Chart?.getChart(document.getElementById(id)) !== undefined), [...charts], { timeout: 15_000 });
    const drawn = await page.evaluate((ids) =>
      ids.map((id) => {
        const canvas = document.getElementById(id) as HTMLCanvasElement;
        const chart = (globalThis as unknown as { Chart: { getChart(c: unknown): { data: { datasets: { data: number[] }[] } } } }).Chart.getChart(canvas);
        const px = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
        let inked = 0;
        for (let i = 3; i < px.length; i += 4) if (px[i]! > 0) inked += 1;
        return { id, total: chart.data.datasets.flatMap((d) => d.data).reduce((a, b) => a + Number(b), 0), inked, width: canvas.width };
      }), [...charts]);
    for (const c of drawn) {
      expect(c.width, c.id).toBeGreaterThan(0);
      expect(c.inked, c.id).toBeGreaterThan(0);
    }
    // The demo's first day sent messages and blocked some: the first two charts carry data.
    expect(drawn[0]!.total).toBeGreaterThan(0);
    expect(drawn[1]!.total).toBeGreaterThan(0);
    await h.screenshot(page, 'journey3-dashboard');

    // Account cn-0001: DPD 1, an unreachable borrower (three unanswered calls), today's reminder.
    await page.goto('/console/accounts');
    await page.locator('input[name="q"]').fill('cn-0001');
    await page.locator('input[name="q"]').press('Enter');
    await page.waitForURL(/q=cn-0001/);
    await page.getByRole('link', { name: 'cn-0001', exact: true }).click();
    await page.waitForURL(/\/console\/accounts\/[^/]+$/);
    const rows = page.locator('#timeline tbody tr');
    expect(await rows.count()).toBeGreaterThanOrEqual(4);
    const text = await page.locator('#timeline').innerText();
    expect(text).toMatch(/call/i);
    expect(text).toMatch(/sms/i);
    await h.screenshot(page, 'journey3-timeline');
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
