// What the web server needs from the composition root (src/main). Routes reach the store
// and the clock only through these; nothing under src/http picks an adapter.
import type { Clock } from '../app/ports/clock.js';
import type { Logger } from '../app/ports/logger.js';
import type { PasswordHasher } from '../app/ports/password-hasher.js';
import type { SmsTransport } from '../app/ports/sms-transport.js';
import type { Store } from '../app/ports/store.js';

export interface ServerConfig {
  /** Base URL people see (links in pages, OpenAPI servers), e.g. http://127.0.0.1:8080. */
  readonly publicBaseUrl: string;
  /** Secret for signing cookies (sessions, CSRF); 32+ random bytes, hex or base64. */
  readonly cookieSecret: string;
  /** Cookies get `Secure` when the public URL is https. */
  readonly secureCookies: boolean;
  /** Requests per minute per client address on public (portal) routes. */
  readonly publicRateLimitPerMinute: number;
}

export interface ServerDeps {
  readonly store: Store;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly config: ServerConfig;
  /**
   * Sends one-time codes (portal sign-in, access requests) as SMS. Absent: those flows
   * answer TACT_ERR_SMS_* unavailable rather than pretending to send.
   */
  readonly otpTransport?: SmsTransport;
  /**
   * Hashes and checks console passwords (argon2id in production). Absent: console
   * sign-in and user creation answer TACT_ERR_HTTP_INTERNAL.
   */
  readonly passwordHasher?: PasswordHasher;
}
