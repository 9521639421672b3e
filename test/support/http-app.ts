// An app over a fresh, migrated SQLite file with two tenants (A: cn, B: us-regf), for
// HTTP tests with app.inject(). `target` lets a suite use PostgreSQL instead
// (postgresTarget from store-targets.ts). Nothing listens on a port.
import { randomBytes } from 'node:crypto';
import type { StoreHandle } from '../../src/app/ports/store.js';
import { createNodeCipher } from '../../src/adapters/system/node-cipher.js';
import { buildServer, type BuiltServer } from '../../src/http/build-server.js';
import type { ServerConfig, ServerDeps } from '../../src/http/server-deps.js';
import { tenantId, type TenantId } from '../../src/core/model/ids.js';
import type { StoreTarget } from '../contract/store-fixture.js';
import { quietLogger } from './dispatch-fixture.js';
import { sqliteTarget } from './store-targets.js';
import { testClock, type TestClock } from './test-clock.js';

export interface HttpApp extends BuiltServer {
  readonly handle: StoreHandle;
  readonly clock: TestClock;
  readonly tenantA: TenantId;
  readonly tenantB: TenantId;
  readonly deps: ServerDeps;
  close(): Promise<void>;
}

export const testServerConfig: ServerConfig = {
  publicBaseUrl: 'http://127.0.0.1:8080',
  cookieSecret: 'test-cookie-secret-0123456789abcdef0123456789abcdef',
  secureCookies: false,
  publicRateLimitPerMinute: 10_000,
};

export interface HttpAppOptions {
  readonly target?: StoreTarget;
  readonly start?: string;
  readonly config?: Partial<ServerConfig>;
  readonly extraDeps?: Partial<ServerDeps>;
}

export const startHttpApp = async (options: HttpAppOptions = {}): Promise<HttpApp> => {
  const target = options.target ?? (await sqliteTarget('tact-http'));
  const clock = testClock(options.start ?? '2026-12-07T02:00:00Z');
  const handle = await target.open({ cipher: createNodeCipher(randomBytes(32)), logger: quietLogger, now: () => clock.now() });
  await handle.migrate();
  const tenantA = tenantId('tenant-a');
  const tenantB = tenantId('tenant-b');
  await handle.store.createTenant(tenantA, { name: '示例金融', pack: 'cn', defaultRegion: 'CN', timeZone: 'Asia/Shanghai', locale: 'zh-CN' }, 'test');
  await handle.store.createTenant(tenantB, { name: 'Example Lending', pack: 'us-regf', defaultRegion: 'US', timeZone: 'America/New_York', locale: 'en' }, 'test');
  const deps: ServerDeps = {
    store: handle.store,
    clock,
    logger: quietLogger,
    config: { ...testServerConfig, ...options.config },
    ...options.extraDeps,
  };
  const built = await buildServer(deps);
  return {
    ...built,
    handle,
    clock,
    tenantA,
    tenantB,
    deps,
    close: async () => {
      await built.app.close();
      await handle.close();
      await target.cleanup();
    },
  };
};
