// The web server's composition: ServerDeps from a store handle (system clock unless a
// test passes one, pino logger, argon2id passwords, cookie secret from TACT_COOKIE_SECRET or the data
// directory's secret file, the public base URL), then buildServer and listen.
import type { Clock } from '../app/ports/clock.js';
import type { Logger } from '../app/ports/logger.js';
import type { SmsTransport } from '../app/ports/sms-transport.js';
import type { StoreHandle } from '../app/ports/store.js';
import { notoSansScFonts } from '../adapters/pdf/noto-sans-sc-fonts.js';
import { createPdfkitRenderer } from '../adapters/pdf/pdfkit-renderer.js';
import { createArgon2PasswordHasher } from '../adapters/system/argon2-password-hasher.js';
import { loadCookieSecret } from '../adapters/system/cookie-secret-source.js';
import { failure, type TactFailure } from '../core/errors.js';
import { err, ok, type Result } from '../core/result.js';
import { buildServer, type BuiltServer } from '../http/build-server.js';
import type { ServerDeps } from '../http/server-deps.js';

export interface PlatformServerOptions {
  readonly host: string;
  /** 0 picks a free port. */
  readonly port: number;
  readonly dataDir: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly otpTransport?: SmsTransport;
}

export interface ListeningServer extends BuiltServer {
  /** http://HOST:PORT where it listens (the public URL may differ: TACT_PUBLIC_URL). */
  readonly url: string;
  readonly deps: ServerDeps;
}

/** TACT_PUBLIC_URL when set (behind a proxy), else where the server listens. */
export const publicBaseUrl = (env: PlatformServerOptions['env'], host: string, port: number): string => {
  const fromEnv = env['TACT_PUBLIC_URL']?.trim();
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv.replace(/\/+$/, '');
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
};

/**
 * Builds and listens. The public URL names the bound port, so with port 0 the port is
 * reserved first by a throw-away listen (the server is built once the URL is known).
 */
export const listenPlatformServer = async (handle: StoreHandle, o: PlatformServerOptions): Promise<Result<ListeningServer, TactFailure>> => {
  const secret = loadCookieSecret({ env: o.env, dataDir: o.dataDir });
  if (!secret.ok) return secret;
  const port = o.port === 0 ? await freePort(o.host) : o.port;
  const base = publicBaseUrl(o.env, o.host, port);
  const deps: ServerDeps = {
    store: handle.store,
    clock: o.clock,
    logger: o.logger,
    config: {
      publicBaseUrl: base,
      cookieSecret: secret.value,
      secureCookies: base.startsWith('https:'),
      publicRateLimitPerMinute: Number(o.env['TACT_PUBLIC_RATE_LIMIT'] ?? '') || 120,
    },
    ...(o.otpTransport === undefined ? {} : { otpTransport: o.otpTransport }),
    passwordHasher: createArgon2PasswordHasher(),
    pdf: createPdfkitRenderer(notoSansScFonts()),
  };
  const built = await buildServer(deps);
  try {
    await built.app.listen({ port, host: o.host });
  } catch (e) {
    await built.app.close();
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' || code === 'EADDRNOTAVAIL' || code === 'EACCES') {
      return err(failure('TACT_ERR_CONFIG_PORT_IN_USE', { path: '--port', message: `Cannot listen on ${o.host}:${port} (${code}).` }));
    }
    throw e;
  }
  return ok({ ...built, url: publicBaseUrl({}, o.host, port), deps });
};

/** A port the OS says is free on `host` now (a race with other processes is possible). */
export const freePort = async (host: string): Promise<number> => {
  const { createServer } = await import('node:net');
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, host, () => {
      const a = s.address();
      const p = typeof a === 'object' && a !== null ? a.port : 0;
      s.close(() => resolve(p));
    });
  });
};
