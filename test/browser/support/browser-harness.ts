// Browser tests (issue 6): headless Chromium (playwright-core, the Debian package at
// /usr/bin/chromium — never `npx playwright install`) against the real platform started
// in-process: a temp SQLite file with the demo book, the bundled SMSC, planner,
// dispatcher and server on an ephemeral 127.0.0.1 port. Without /usr/bin/chromium the
// suites skip with a printed reason, unless TACT_REQUIRE_BROWSER=1 (CI), where that is
// a failure. Every test saves a screenshot under test-output/browser/ (gitignored).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { chromium, type Browser, type Page } from 'playwright-core';
import { codesInSmscLog, type LoggedCode } from '../../../src/main/demo-example-code.js';
import { startPlatform, type RunningPlatform } from '../../../src/main/start-platform.js';
import { quietLogger } from '../../support/dispatch-fixture.js';
import { testClock, type TestClock } from '../../support/test-clock.js';

export const chromiumPath = '/usr/bin/chromium';
export const browserRequired = (): boolean => process.env['TACT_REQUIRE_BROWSER'] === '1';

/** False (with the reason printed) when Chromium is missing and not required; throws when required. */
export const browserAvailable = (): boolean => {
  if (existsSync(chromiumPath)) return true;
  const why = `${chromiumPath} is missing (install it with: apt-get install -y chromium)`;
  if (browserRequired()) throw new Error(`TACT_REQUIRE_BROWSER=1 but ${why}`);
  console.warn(`[skip] browser tests skipped: ${why}. Set TACT_REQUIRE_BROWSER=1 to make this a failure.`);
  return false;
};

/** The SMSC's JSON Lines log (smsc-log.ts), texts to one number. */
const smscTexts = (path: string, to: string): readonly string[] => {
  let text = '';
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return [];
  }
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .flatMap((l) => {
      try {
        return [JSON.parse(l) as { to: string; text: string }];
      } catch {
        return []; // a line still being written
      }
    })
    .filter((m) => m.to === to)
    .map((m) => m.text);
};

/**
 * Waits (real time) until no due message is waiting to be sent, or the number waiting has
 * not changed for 1.5 s (what the rules hold back stays planned), at most 30 s.
 */
const settleDispatch = async (dbFile: string, clock: TestClock): Promise<void> => {
  const db = new Database(dbFile, { readonly: true });
  const waiting = db.prepare("select count(*) as n from messages where state in ('planned', 'queued', 'sending') and scheduled_at <= ?");
  try {
    let last = -1;
    let since = Date.now();
    for (const until = Date.now() + 30_000; Date.now() < until; ) {
      const n = (waiting.get(clock.now()) as { n: number }).n;
      if (n === 0) return;
      if (n !== last) (last = n), (since = Date.now());
      else if (Date.now() - since > 1500) return;
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    db.close();
  }
  // SMSC log lines are written in batches every 50 ms.
  await new Promise((r) => setTimeout(r, 100));
};

export const screenshotDir = fileURLToPath(new URL('../../../test-output/browser/', import.meta.url));

// Wednesday 2026-12-09 15:30 Asia/Shanghai: a cn working day, after the default strategy's
// send times (reminders 10:00, consent requests 11:00, location requests 15:00), so the
// first dispatch sends every kind of message.
export const harnessStart = '2026-12-09T07:30:00Z';

export interface BrowserHarness {
  readonly platform: RunningPlatform;
  readonly browser: Browser;
  /** http://127.0.0.1:PORT */
  readonly baseUrl: string;
  /** The SQLite file, for independent checks in SQL. */
  readonly dbFile: string;
  /** The platform's clock (server, planner, dispatcher); tests may move it. */
  readonly clock: TestClock;
  /** A fresh context (no cookies shared between journeys) and a page in it. */
  newPage(): Promise<Page>;
  /** Saves test-output/browser/<name>.png (full page) and returns its path. */
  screenshot(page: Page, name: string): Promise<string>;
  /** Waits until the dispatcher has sent what is due (see settleDispatch). */
  settle(): Promise<void>;
  /** Verification codes of messages in the SMSC log, oldest first. */
  smscCodes(): readonly LoggedCode[];
  /** Texts the SMSC received for one number, oldest first (one-time sign-in codes too). */
  smscTexts(to: string): readonly string[];
  /** Waits (real time, up to timeoutMs) until the SMSC log has a text for `to` matching `pattern`. */
  waitForSmscText(to: string, pattern: RegExp, timeoutMs?: number): Promise<RegExpExecArray>;
  close(): Promise<void>;
}

export const startBrowserHarness = async (options: { readonly accounts?: number } = {}): Promise<BrowserHarness> => {
  const dir = mkdtempSync(join(tmpdir(), 'tact-browser-'));
  const clock = testClock(harnessStart);
  const started = await startPlatform({
    env: {}, cwd: dir, warn: () => undefined, db: `sqlite:${join(dir, 'tact.db')}`, dataDir: dir,
    host: '127.0.0.1', port: 0, smscPort: 0, clock, logger: quietLogger, accounts: options.accounts ?? 120,
  });
  if (!started.ok) throw new Error(`the platform did not start: ${started.error.code} ${started.error.message}`);
  const platform = started.value;
  let browser: Browser;
  try {
    // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
    browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
  } catch (e) {
    await platform.stop();
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  mkdirSync(screenshotDir, { recursive: true });
  await settleDispatch(join(dir, 'tact.db'), clock);
  return {
    platform,
    browser,
    baseUrl: platform.server.url,
    dbFile: join(dir, 'tact.db'),
    clock,
    newPage: async () => (await browser.newContext({ baseURL: platform.server.url, locale: 'zh-CN' })).newPage(),
    screenshot: async (page, name) => {
      const path = join(screenshotDir, `${name}.png`);
      await page.screenshot({ path, fullPage: true });
      return path;
    },
    settle: () => settleDispatch(join(dir, 'tact.db'), clock),
    smscCodes: () => codesInSmscLog(platform.smscLogFile),
    smscTexts: (to) => smscTexts(platform.smscLogFile, to),
    waitForSmscText: async (to, pattern, timeoutMs = 10_000) => {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const found = smscTexts(platform.smscLogFile, to).map((t) => pattern.exec(t)).filter((m) => m !== null).at(-1);
        if (found !== undefined) return found;
        if (Date.now() > until) throw new Error(`no SMS to ${to} matching ${pattern} within ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    close: async () => {
      await browser.close().catch(() => undefined);
      await platform.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
};
