// Journey 1 (issue 6): an emergency contact who got a text opens /v/CODE, sees that the
// message is genuine, opts out; the next message planned to them is blocked, while a
// contact in the same position who did not opt out is planned as before.
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planDay } from '../../src/app/plan-day.js';
import { CryptoCodeGenerator } from '../../src/adapters/system/crypto-code-generator.js';
import { tenantId } from '../../src/core/model/ids.js';
import { codeInText } from '../../src/main/demo-example-code.js';
import { browserAvailable, startBrowserHarness, type BrowserHarness } from './support/browser-harness.js';

const tenant = tenantId('demo-cn');

/** Contacts (demo numbers +86139…) who got a location request: confirmed contacts, asked again weekly. */
const locationRequests = (h: BrowserHarness): { to: string; code: string }[] => {
  const db = new Database(h.dbFile, { readonly: true });
  const rows = db.prepare("select verification_code as code, person_id as person from messages where tenant_id = ? and purpose = 'location' and state in ('sent', 'delivered')").all(tenant) as { code: string; person: string }[];
  db.close();
  return rows.flatMap((r) => h.smscCodes().filter((c) => c.code === r.code));
};

describe.skipIf(!browserAvailable())('browser journey 1: a contact checks a text and opts out', () => {
  let h: BrowserHarness;
  beforeAll(async () => {
    h = await startBrowserHarness();
  });
  afterAll(async () => h?.close());

  it('sees "genuine", opts out, and the next message planned to them is blocked', { timeout: 120_000 }, async () => {
    const asked = locationRequests(h);
    expect(asked.length).toBeGreaterThanOrEqual(2);
    const [contact, control] = asked as [{ to: string; code: string }, { to: string; code: string }];
    // The text the contact got carries the code the page is asked about.
    expect(h.smscTexts(contact.to).map(codeInText)).toContain(contact.code);

    const page = await h.newPage();
    await page.goto(`/v/${contact.code.slice(0, 4)}-${contact.code.slice(4)}?lang=en`);
    await page.getByRole('heading', { name: 'This message is genuine' }).waitFor({ timeout: 10_000 });
    await h.screenshot(page, 'journey1-genuine');
    await page.getByRole('button', { name: /^Opt out/ }).click();
    await page.waitForURL(/done=opt_out/);
    expect(await page.locator('body').innerText()).toContain('You are opted out');
    await h.screenshot(page, 'journey1-opted-out');
    await page.context().close();

    // A week later (the location request's next step, DPD +7) the planner runs at 06:00 Shanghai.
    h.clock.set(Date.parse('2026-12-15T22:00:00Z'));
    const plan = await planDay({ store: h.platform.handle.store, codes: new CryptoCodeGenerator(), clock: h.clock }, tenant, '2026-12-16');
    expect(plan.ok).toBe(true);
    const personOf = async (to: string): Promise<string> => (await h.platform.handle.store.findPersonByPhone(tenant, to))!.id;
    const db = new Database(h.dbFile, { readonly: true });
    const planned = (person: string): { state: string; decision: string }[] =>
      db.prepare("select state, decision from messages where tenant_id = ? and person_id = ? and plan_key like '%2026-12-16%'").all(tenant, person) as { state: string; decision: string }[];
    const optedOut = planned(await personOf(contact.to));
    const other = planned(await personOf(control.to));
    db.close();
    expect(other.map((m) => m.state)).toEqual(['planned']);
    expect(optedOut.map((m) => m.state)).toEqual(['blocked']);
    const reasons = (m: { decision: string }): string[] => (JSON.parse(m.decision) as { violations: { reason: string }[] }).violations.map((v) => v.reason);
    expect(reasons(optedOut[0]!)).toContain('POLICY_OPTED_OUT');
    expect(reasons(other[0]!)).not.toContain('POLICY_OPTED_OUT');
  });
});
