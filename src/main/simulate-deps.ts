// Wires `tact simulate`: a store (a fresh SQLite file in a temporary directory unless
// --db names one), the in-process SMS centre (adapters/sms/simulator; no sockets, so
// 100k accounts run in minutes — the SMPP simulator would add a PDU round trip per
// message for nothing the simulation measures), a throwaway cipher key (the data is
// synthetic), and ids from a counter so a seed replays the same arms.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InProcessSmsTransport } from '../adapters/sms/simulator/in-process-transport.js';
import { openPostgresStore } from '../adapters/storage/postgres/open-postgres-store.js';
import { openSqliteStore } from '../adapters/storage/sqlite/open-sqlite-store.js';
import { CryptoCodeGenerator } from '../adapters/system/crypto-code-generator.js';
import { createNodeCipher } from '../adapters/system/node-cipher.js';
import { settableClock } from '../app/simulate/simulated-clock.js';
import type { OpenedSimulation, SimulateCommandDeps } from '../cli/simulate-command.js';
import { parseDbUrl } from '../config/parse-db-url.js';
import { err, ok } from '../core/result.js';
import { loggerFor } from './open-store.js';

export const simulateDeps = (): SimulateCommandDeps => ({
  open: async ({ db, cwd, env, idPrefix, start, receipts }) => {
    const logger = loggerFor(env);
    const clock = settableClock(start);
    let counter = 0;
    // Zero-padded so the ids sort in creation order, like the time-ordered default.
    const newId = (): string => `${idPrefix}${String((counter += 1)).padStart(12, '0')}`;
    const common = { cipher: createNodeCipher(randomBytes(32)), logger, now: clock.now, newId };
    let dir: string | undefined;
    let where: string;
    let handle;
    if (db === undefined) {
      dir = mkdtempSync(join(tmpdir(), 'tact-simulate-'));
      where = `sqlite:${join(dir, 'simulate.db')} (temporary, removed at the end)`;
      handle = openSqliteStore({ ...common, path: join(dir, 'simulate.db') });
    } else {
      const parsed = parseDbUrl(db, cwd);
      if (!parsed.ok) return err(parsed.error);
      where = parsed.value.kind === 'sqlite' ? `sqlite:${parsed.value.path}` : 'postgres';
      handle = parsed.value.kind === 'sqlite' ? openSqliteStore({ ...common, path: parsed.value.path }) : await openPostgresStore({ ...common, url: parsed.value.url });
    }
    await handle.migrate();
    const centre = new InProcessSmsTransport({ now: () => new Date(clock.now()), receipts: receipts ? 'auto' : 'manual', keepMessages: false });
    const opened: OpenedSimulation = {
      deps: { store: handle.store, centre, clock, codes: new CryptoCodeGenerator(), logger, receipts },
      where,
      close: async () => {
        await centre.close();
        await handle.close();
        if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
      },
    };
    return ok(opened);
  },
});
