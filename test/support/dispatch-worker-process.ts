// One dispatcher PROCESS for the many-workers and crash tests, started with
// `node --import tsx test/support/dispatch-worker-process.ts` and configured by env:
// TACT_DB (postgres://… or sqlite:PATH), TACT_SMPP_URL, TACT_MASTER_KEY_HEX, TACT_TENANT,
// TACT_CAP (per-person cap for capRedecide; "policy" = the policy engine),
// TACT_CONCURRENCY, TACT_LEASE_MS, TACT_WORKER. Runs until nothing is due, prints its
// counts as one JSON line and exits 0.
import { Dispatcher } from '../../src/app/dispatch/dispatcher.js';
import { policyRedecide } from '../../src/app/dispatch/policy-redecide.js';
import { ThreadedSmppTransport } from '../../src/adapters/sms/smpp/threaded-smpp-transport.js';
import { openPostgresStore } from '../../src/adapters/storage/postgres/open-postgres-store.js';
import { openSqliteStore } from '../../src/adapters/storage/sqlite/open-sqlite-store.js';
import { createNodeCipher } from '../../src/adapters/system/node-cipher.js';
import { systemClock } from '../../src/adapters/system/system-clock.js';
import { tenantId } from '../../src/core/model/ids.js';
import { capRedecide, quietLogger } from './dispatch-fixture.js';

const env = (k: string): string => {
  const v = process.env[k];
  if (v === undefined) throw new Error(`missing ${k}`);
  return v;
};
const dbUrl = env('TACT_DB');
const cipher = createNodeCipher(Buffer.from(env('TACT_MASTER_KEY_HEX'), 'hex'));
const handle = dbUrl.startsWith('sqlite:')
  ? openSqliteStore({ path: dbUrl.slice('sqlite:'.length), cipher, logger: quietLogger })
  : await openPostgresStore({ url: dbUrl, cipher, logger: quietLogger, maxConnections: 4 });
const transport = await ThreadedSmppTransport.open({ url: env('TACT_SMPP_URL'), window: 50, responseTimeoutMs: 10_000 });
transport.onInbound(() => undefined); // receipts are not under test here
const cap = env('TACT_CAP');
const dispatcher = new Dispatcher(
  { store: handle.store, transport, clock: systemClock, logger: quietLogger, redecide: cap === 'policy' ? policyRedecide : capRedecide(Number(cap)) },
  {
    tenant: tenantId(env('TACT_TENANT')),
    worker: process.env['TACT_WORKER'] ?? `w${process.pid}`,
    concurrency: Number(process.env['TACT_CONCURRENCY'] ?? 64),
    leaseMs: Number(process.env['TACT_LEASE_MS'] ?? 300_000),
  },
);
process.once('SIGTERM', () => dispatcher.stop());
const counts = await dispatcher.run(true);
await transport.close();
await handle.close();
process.stdout.write(`${JSON.stringify(counts)}\n`);
