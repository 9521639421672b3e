// Wires `tact start` to startPlatform and `tact serve` to the server composition, with
// SIGINT/SIGTERM as the stop signal.
import type { ServeCommandDeps } from '../cli/serve-command.js';
import type { StartCommandDeps } from '../cli/start-command.js';
import { SmppTransport } from '../adapters/sms/smpp/smpp-transport.js';
import { systemClock } from '../adapters/system/system-clock.js';
import { ok } from '../core/result.js';
import { dataDirFor, loggerFor, openStore } from './open-store.js';
import { listenPlatformServer } from './platform-server.js';
import { untilSignal } from './smsc-deps.js';
import { startPlatform } from './start-platform.js';
import { readDbConfig } from '../config/parse-db-url.js';

export const startDeps = (): StartCommandDeps => ({
  startPlatform: async (request) => {
    const started = await startPlatform(request);
    if (!started.ok) return started;
    const p = started.value;
    return ok({ ...p, url: p.server.url });
  },
  untilStopped: untilSignal,
  now: () => Date.now(),
});

export const serveDeps = (): ServeCommandDeps => ({
  openStore,
  untilStopped: untilSignal,
  listen: async (handle, request, args) => {
    const db = readDbConfig(args, request.env, request.cwd);
    if (!db.ok) return db;
    const smpp = request.env['TACT_SMPP_URL']?.trim();
    const otp = smpp === undefined || smpp === '' ? undefined : await SmppTransport.open({ url: smpp });
    const server = await listenPlatformServer(handle, {
      host: request.host, port: request.port, dataDir: dataDirFor(db.value, request.env, request.cwd), env: request.env,
      clock: systemClock, logger: loggerFor(request.env), ...(otp === undefined ? {} : { otpTransport: otp }),
    });
    if (!server.ok) {
      await otp?.close();
      return server;
    }
    return ok({
      url: server.value.url,
      close: async () => {
        await server.value.app.close();
        await otp?.close();
      },
    });
  },
});
