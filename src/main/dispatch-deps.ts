// Wires `tact dispatch`, `tact status` and `tact run` to real adapters: the store from
// --db, SMPP from --smpp / TACT_SMPP_URL (default: the bundled SMSC started in this
// process, a demo where nothing leaves the machine), the system clock, the policy
// re-decision, and SIGINT/SIGTERM as the stop signal.
import type { DispatchCommandDeps, OpenedTransport } from '../cli/dispatch-command.js';
import { policyRedecide } from '../app/dispatch/policy-redecide.js';
import type { StoreHandle } from '../app/ports/store.js';
import { startSmsc } from '../adapters/sms/simulator/smsc-server.js';
import { SmppTransport } from '../adapters/sms/smpp/smpp-transport.js';
import { systemClock } from '../adapters/system/system-clock.js';
import { loggerFor, openStore } from './open-store.js';

const openTransport = async (_handle: StoreHandle, smppUrl: string | undefined): Promise<OpenedTransport> => {
  const logger = loggerFor(process.env);
  let smsc: Awaited<ReturnType<typeof startSmsc>> | undefined;
  let url = smppUrl;
  if (url === undefined) {
    smsc = await startSmsc({ port: 0 });
    url = `smpp://tact:secret@127.0.0.1:${smsc.port}`;
  }
  const transport = await SmppTransport.open({ url });
  const where = new URL(url);
  return {
    deps: { transport, clock: systemClock, logger, redecide: policyRedecide },
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
