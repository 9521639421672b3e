// Wires `tact dispatch`, `tact status` and `tact run` to real adapters: the store from
// --db, SMPP from --smpp / TACT_SMPP_URL (default: the bundled SMSC started in this
// process, a demo where nothing leaves the machine), the system clock, the policy
// re-decision, and SIGINT/SIGTERM as the stop signal.
import type { DispatchCommandDeps, OpenedTransport } from '../cli/dispatch-command.js';
import type { RunCommandDeps } from '../cli/run-command.js';
import { planDay } from '../app/plan-day.js';
import { policyRedecide } from '../app/dispatch/policy-redecide.js';
import { applyPendingReceipts } from '../app/inbound/apply-pending-receipts.js';
import { messagingFor } from '../app/templates/tenant-messaging.js';
import { receiveInbound } from '../app/inbound/receive-inbound.js';
import { tenantsForInbound } from '../app/inbound/route-inbound.js';
import { CryptoCodeGenerator } from '../adapters/system/crypto-code-generator.js';
import type { Clock } from '../app/ports/clock.js';
import type { SmsTransport } from '../app/ports/sms-transport.js';
import type { StoreHandle } from '../app/ports/store.js';
import { startSmsc } from '../adapters/sms/simulator/smsc-server.js';
import { ThreadedSmppTransport } from '../adapters/sms/smpp/threaded-smpp-transport.js';
import { systemClock } from '../adapters/system/system-clock.js';
import { loggerFor, openStore } from './open-store.js';

/**
 * Replies and receipts go to the inbound handler (docs/inbound.md), for each tenant the
 * event belongs to (route-inbound.ts: by provider id or by number; never dropped).
 */
export const registerInbound = (handle: StoreHandle, transport: SmsTransport, logger: ReturnType<typeof loggerFor>, clock: Clock = systemClock): void => {
  const codes = new CryptoCodeGenerator();
  transport.onInbound(async (event) => {
    for (const tenant of await tenantsForInbound(handle.store, event)) {
      // The tenant's own settings (`tact tenant messaging set`); without them the
      // documented fallbacks, which carry no hotline or portal (answers needing them are
      // kept for an agent rather than sent with invented ones).
      const settings = await messagingFor(handle.store, tenant);
      if (!settings.ok) {
        logger.warn({ kind: event.kind, tenant, code: settings.error }, 'inbound event not handled: tenant messaging settings unusable');
        continue;
      }
      const { hotline, portalUrl } = settings.value.vars;
      await receiveInbound(
        {
          store: handle.store, clock, logger, codes,
          messaging: settings.value.messaging,
          vars: { ...(hotline === undefined ? {} : { hotline }), ...(portalUrl === undefined ? {} : { portalUrl }) },
        },
        tenant,
        event,
      );
    }
  });
};

const openTransport = async (handle: StoreHandle, smppUrl: string | undefined): Promise<OpenedTransport> => {
  const logger = loggerFor(process.env);
  let smsc: Awaited<ReturnType<typeof startSmsc>> | undefined;
  let url = smppUrl;
  if (url === undefined) {
    smsc = await startSmsc({ port: 0 });
    url = `smpp://tact:secret@127.0.0.1:${smsc.port}`;
  }
  // SMPP on its own thread: the dispatcher's claim transactions keep this one busy.
  const transport = await ThreadedSmppTransport.open({ url });
  registerInbound(handle, transport, logger);
  const where = new URL(url);
  return {
    deps: {
      transport, clock: systemClock, logger, redecide: policyRedecide,
      // Receipts that arrived before the accepted id was recorded are applied now.
      afterAccepted: async (tx, tenant, ids) => {
        for (const id of ids) await applyPendingReceipts(tx, tenant, id, 'dispatcher');
      },
    },
    describe: smsc === undefined ? `SMPP ${where.hostname}:${where.port}` : `the bundled SMSC on 127.0.0.1:${smsc.port} (demo)`,
    close: async () => {
      await transport.close();
      await smsc?.close();
    },
  };
};

export const dispatchDeps = (): DispatchCommandDeps => ({
  openStore,
  openTransport,
  onStopSignal: (stop) => {
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  },
});

export const statusDeps = { openStore, clock: systemClock };

/** `tact run`: dispatch deps plus the planner (planDay with the system clock). */
export const runDeps = (): RunCommandDeps => {
  const logger = loggerFor(process.env);
  return {
    ...dispatchDeps(),
    clock: systemClock,
    logger,
    sleep: (ms) => new Promise((r) => setTimeout(r, Math.min(ms, 60_000))),
    planDay: (handle) => async (tenant, businessDate) => {
      const r = await planDay({ store: handle.store, codes: new CryptoCodeGenerator(), clock: systemClock }, tenant, businessDate);
      if (!r.ok) logger.error({ tenant, businessDate, codes: r.error.map((f) => f.code) }, 'daily plan failed');
      else logger.info({ tenant, businessDate }, 'daily plan done');
    },
  };
};
