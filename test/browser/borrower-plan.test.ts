// Journey 2 (issue 6): a borrower who got a reminder signs in to the portal with the
// one-time code the bundled SMSC received (read from its log, as a phone would show it),
// chooses a repayment plan inside the lender's rules, which is accepted at once; the
// next reminder step plans nothing for them, while a borrower at the same step without
// a plan gets a reminder.
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planDay } from '../../src/app/plan-day.js';
import { CryptoCodeGenerator } from '../../src/adapters/system/crypto-code-generator.js';
import { tenantId } from '../../src/core/model/ids.js';
import { browserAvailable, startBrowserHarness, type BrowserHarness } from './support/browser-harness.js';

const tenant = tenantId('demo-cn');

interface Reminded {
  readonly account: string;
  readonly person: string;
  readonly code: string;
}

/** Borrowers who got today's DPD 1 reminder (their next step is DPD 3, two days later). */
const dpd1Reminded = (h: BrowserHarness): Reminded[] => {
  const db = new Database(h.dbFile, { readonly: true });
  const rows = db.prepare(
    `select m.account_id as account, m.person_id as person, m.verification_code as code from messages m join accounts a on a.tenant_id = m.tenant_id and a.account_id = m.account_id
     where m.tenant_id = ? and m.party = 'borrower' and m.purpose = 'collection' and m.state in ('sent', 'delivered') and a.days_past_due = 1 order by a.external_id`,
  ).all(tenant) as Reminded[];
  db.close();
  return rows;
};

describe.skipIf(!browserAvailable())('browser journey 2: a borrower signs in with a one-time code and sets up a plan', () => {
  let h: BrowserHarness;
  beforeAll(async () => {
    h = await startBrowserHarness();
  });
  afterAll(async () => h?.close());

  it('signs in with the SMSC code, a plan is accepted, and the reminders stop', { timeout: 120_000 }, async () => {
    const reminded = dpd1Reminded(h);
    expect(reminded.length).toBeGreaterThanOrEqual(2);
    const [borrower, control] = reminded as [Reminded, Reminded];
    const phone = h.smscCodes().find((c) => c.code === borrower.code)!.to;
    expect(phone).toMatch(/^\+86138\d{8}$/);

    const page = await h.newPage();
    await page.goto('/p/sign-in?lang=en');
    // Typed as people write it at home: the national number, no +86.
    await page.locator('input[name="phone"]').fill(phone.slice(3));
    await page.locator('form[action="/p/sign-in"] button[type="submit"]').click();
    await page.waitForURL(/status=sent/);
    await h.screenshot(page, 'journey2-code-sent');
    const otp = (await h.waitForSmscText(phone, /验证码是(\d{6})/))[1]!;
    await page.locator('input[name="otp"]').fill(otp);
    await page.locator('form[action="/p/sign-in/verify"] button[type="submit"]').click();
    await page.waitForURL(/\/p\/accounts$/);
    await h.screenshot(page, 'journey2-accounts');

    await page.locator('a[href^="/p/accounts/"]').first().click();
    await page.getByRole('button', { name: 'Choose this plan' }).first().click();
    await page.waitForURL(/done=plan_accepted/);
    const body = await page.locator('body').innerText();
    expect(body).toContain('Your repayment plan is active. We have stopped sending reminders.');
    await h.screenshot(page, 'journey2-plan-accepted');
    await page.context().close();

    // The next step of the ladder (DPD 3) two days later, planned at 06:00 Shanghai.
    h.clock.set(Date.parse('2026-12-10T22:00:00Z'));
    const plan = await planDay({ store: h.platform.handle.store, codes: new CryptoCodeGenerator(), clock: h.clock }, tenant, '2026-12-11');
    expect(plan.ok).toBe(true);
    const db = new Database(h.dbFile, { readonly: true });
    const states = (person: string): string[] =>
      (db.prepare("select state from messages where tenant_id = ? and person_id = ? and plan_key like '%2026-12-11%'").all(tenant, person) as { state: string }[]).map((r) => r.state);
    const mine = states(borrower.person);
    const theirs = states(control.person);
    db.close();
    expect(theirs).toEqual(['planned']);
    expect(mine.filter((s) => s === 'planned')).toEqual([]);
  });
});
