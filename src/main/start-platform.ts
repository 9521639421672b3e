// The whole platform in one process (`tact start`, the browser tests, the in-process
// start test): the store (migrated), the demo book when the store is empty, the bundled
// SMSC simulator with its message log in the data directory, one SMPP session for the
// dispatcher and the one-time codes, the daily planner and the dispatcher loops, and
// the web server. stop() ends them in reverse order and resolves when all are closed.
import { join } from 'node:path';
import { policyRedecide } from '../app/dispatch/policy-redecide.js';
import { seedDemo, type DemoLogin, type DemoSummary } from '../app/demo/seed-demo.js';
import { applyPendingReceipts } from '../app/inbound/apply-pending-receipts.js';
import { planDay } from '../app/plan-day.js';
import type { Clock } from '../app/ports/clock.js';
import type { Logger } from '../app/ports/logger.js';
import type { StoreHandle } from '../app/ports/store.js';
import { startSmsc } from '../adapters/sms/simulator/smsc-server.js';
import { ThreadedSmppTransport } from '../adapters/sms/smpp/threaded-smpp-transport.js';
import { CryptoCodeGenerator } from '../adapters/system/crypto-code-generator.js';
import { systemClock } from '../adapters/system/system-clock.js';
import { failure, TactError, type TactFailure } from '../core/errors.js';
import { err, ok, type Result } from '../core/result.js';
import { DispatchJob } from '../jobs/dispatch-job.js';
import { PlannerJob } from '../jobs/planner-job.js';
import { codeInText, codesInSmscLog, type LoggedCode } from './demo-example-code.js';
import { addDemoUsers, demoLoginsFor } from './demo-users.js';
import { registerInbound } from './dispatch-deps.js';
import { loggerFor, openStoreWith } from './open-store.js';
import { freePort, listenPlatformServer, publicBaseUrl, type ListeningServer } from './platform-server.js';

export interface PlatformOptions {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  readonly warn: (line: string) => void;
  /** sqlite:PATH or postgres://… */
  readonly db: string;
  /** Key and cookie-secret files, the SMSC log. */
  readonly dataDir: string;
  readonly host: string;
  /** 0 picks a free port (tests). */
  readonly port: number;
  /** The SMSC simulator's SMPP port; 0 picks a free one. */
  readonly smscPort: number;
  /** Default: the system clock. Tests pass a fixed one inside the sending hours. */
  readonly clock?: Clock;
  readonly logger?: Logger;
  /** Accounts in the cn demo book (default 300). */
  readonly accounts?: number;
  /** Tenant-local time of the daily plan (default 06:00). */
  readonly planAt?: string;
  /** How long start waits for the first sent message, for the banner's example (ms, default 5000). */
  readonly firstMessageWaitMs?: number;
}

export interface RunningPlatform {
  readonly handle: StoreHandle;
  readonly server: ListeningServer;
  readonly smscLogFile: string;
  readonly smppUrl: string;
  /** Present when this start loaded the demo book into an empty store. */
  readonly seeded?: DemoSummary;
  readonly logins: readonly DemoLogin[];
  /** A code from a message the SMSC received, for the /v/CODE example. */
  readonly exampleCode?: LoggedCode;
  stop(): Promise<void>;
}

export const smscLogName = 'smsc-messages.jsonl';

export const startPlatform = async (o: PlatformOptions): Promise<Result<RunningPlatform, TactFailure>> => {
  const clock = o.clock ?? systemClock;
  const logger = o.logger ?? loggerFor(o.env);
  const opened = await openStoreWith({ args: ['--db', o.db], env: { ...o.env, TACT_DATA_DIR: o.dataDir }, cwd: o.cwd, warn: o.warn }, { logger, now: () => clock.now() });
  if (!opened.ok) return opened;
  const handle = opened.value;
  const cleanups: (() => Promise<unknown>)[] = [() => handle.close()];
  const unwind = async (): Promise<void> => {
    for (const c of cleanups.splice(0).reverse()) await c().catch(() => undefined);
  };
  try {
    await handle.migrate();
    // Known before seeding: the demo's messages carry the portal address.
    const port = o.port === 0 ? await freePort(o.host) : o.port;
    const smscLogFile = join(o.dataDir, smscLogName);
    const smsc = await startSmsc({ port: o.smscPort, host: '127.0.0.1', logFile: smscLogFile });
    cleanups.push(() => smsc.close());
    const smppUrl = `smpp://tact:secret@127.0.0.1:${smsc.port}`;
    const transport = await ThreadedSmppTransport.open({ url: smppUrl });
    cleanups.push(() => transport.close());
    registerInbound(handle, transport, logger, clock);

    const codes = new CryptoCodeGenerator();
    let seeded: DemoSummary | undefined;
    if ((await handle.store.listTenantIds()).length === 0) {
      const s = await seedDemo(
        { store: handle.store, clock, codes, addUsers: addDemoUsers(handle.store) },
        { publicBaseUrl: publicBaseUrl(o.env, o.host, port), ...(o.accounts === undefined ? {} : { accounts: o.accounts }) },
      );
      if (!s.ok) {
        await unwind();
        return err(s.error[0]!);
      }
      seeded = s.value;
    }

    const dispatch = new DispatchJob(
      {
        store: handle.store, transport, clock, logger, redecide: policyRedecide,
        afterAccepted: async (tx, tenant, ids) => {
          for (const id of ids) await applyPendingReceipts(tx, tenant, id, 'dispatcher');
        },
      },
      { once: false, worker: `start-${process.pid}`, concurrency: 32, pollMs: 500 },
    );
    const planner = new PlannerJob(
      {
        store: handle.store, clock, logger,
        sleep: (ms) => new Promise((r) => setTimeout(r, Math.min(ms, 60_000)).unref()),
        planDay: async (tenant, businessDate) => {
          const r = await planDay({ store: handle.store, codes, clock }, tenant, businessDate, { actor: 'system:planner' });
          if (!r.ok) logger.error({ tenant, businessDate, codes: r.error.map((f) => f.code) }, 'daily plan failed');
        },
      },
      o.planAt ?? '06:00',
    );
    const jobs = [dispatch.run(), planner.run()];
    cleanups.push(async () => {
      planner.stop();
      dispatch.stop();
      await Promise.allSettled(jobs);
    });

    const server = await listenPlatformServer(handle, { host: o.host, port, dataDir: o.dataDir, env: o.env, clock, logger, otpTransport: transport });
    if (!server.ok) {
      await unwind();
      return server;
    }
    cleanups.push(() => server.value.app.close());

    // The banner shows a code from a message that really went out: the log's newest, else
    // wait a little for the first one of a fresh demo.
    let exampleCode = codesInSmscLog(smscLogFile).at(-1);
    if (exampleCode === undefined) {
      await smsc.waitForMessages(1, o.firstMessageWaitMs ?? 5000);
      exampleCode = smsc.messages().map((m) => ({ code: codeInText(m.text), to: m.to })).find((m): m is LoggedCode => m.code !== undefined);
    }
    const tenants = await handle.store.listTenantIds();
    return ok({
      handle, server: server.value, smscLogFile, smppUrl,
      ...(seeded === undefined ? {} : { seeded }),
      logins: seeded?.logins ?? tenants.flatMap((t) => demoLoginsFor(t)),
      ...(exampleCode === undefined ? {} : { exampleCode }),
      stop: unwind,
    });
  } catch (e) {
    await unwind();
    if (e instanceof TactError) return err(failure(e.code, { message: e.message }));
    throw e;
  }
};
