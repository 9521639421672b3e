// One SMPP link to an SMSC: connect (TCP or TLS), bind_transceiver, enquire_link every
// `enquireLinkSeconds` (a link whose previous enquire_link went unanswered is dropped),
// answer the SMSC's enquire_link and unbind, and reconnect with exponential backoff and
// jitter after any loss until close().
import smpp, { type PDU, type Session } from 'smpp';
import { TactError } from '../../../core/errors.js';
import { backoffDelay, type BackoffPolicy } from './backoff.js';
import { describeStatus } from './command-status.js';
import type { SmppEndpoint } from './smpp-url.js';

export type LinkEvent =
  | { readonly type: 'bound' }
  | { readonly type: 'lost'; readonly reason: string }
  | { readonly type: 'bind_failed'; readonly reason: string }
  | { readonly type: 'reconnecting'; readonly inMs: number };

export interface ConnectionOptions {
  readonly endpoint: SmppEndpoint;
  readonly systemType: string;
  readonly enquireLinkSeconds: number;
  readonly reconnect: BackoffPolicy;
  /** Extra tls.connect options for ssmpp:// (ca, rejectUnauthorized, servername). */
  readonly tlsOptions: Readonly<Record<string, unknown>>;
  readonly onBound: (session: Session) => void;
  readonly onLost: () => void;
  readonly onDeliver: (pdu: PDU, session: Session) => void;
  readonly onEvent: (event: LinkEvent) => void;
}

const BIND_TIMEOUT_MS = 10_000;

export class SmppConnection {
  private session: Session | undefined;
  private bound = false;
  private closing = false;
  private attempt = 0;
  private enquireTimer: NodeJS.Timeout | undefined;
  private reconnectTimer: NodeJS.Timeout | undefined;
  private awaitingEnquire = false;

  constructor(private readonly options: ConnectionOptions) {}

  get isBound(): boolean {
    return this.bound;
  }

  /** First connection: resolves once bound, rejects with TACT_ERR_SMS_BIND_FAILED / _CONNECT_FAILED. */
  open(): Promise<void> {
    return new Promise((resolve, reject) => this.connect({ resolve, reject }));
  }

  private connect(first?: { resolve: () => void; reject: (e: Error) => void }): void {
    const { endpoint } = this.options;
    const session = smpp.connect({
      host: endpoint.host,
      port: endpoint.port,
      tls: endpoint.tls,
      ...(endpoint.tls ? this.options.tlsOptions : {}),
    });
    this.session = session;
    let lastError = 'connection closed';
    // A TCP connect to a black hole, or an SMSC that never answers the bind, must not
    // hang open() or the reconnect loop: give up on this attempt after BIND_TIMEOUT_MS.
    const bindTimer = setTimeout(() => {
      lastError = `not bound within ${BIND_TIMEOUT_MS} ms`;
      session.destroy();
    }, BIND_TIMEOUT_MS);
    session.on(endpoint.tls ? 'secureConnect' : 'connect', () => {
      session.socket.setNoDelay(true);
      session.bind_transceiver(
        {
          system_id: endpoint.systemId,
          password: endpoint.password,
          system_type: this.options.systemType,
          interface_version: 0x34,
        },
        (pdu) => {
          clearTimeout(bindTimer);
          if (pdu.command_status === 0) {
            this.bound = true;
            this.attempt = 0;
            this.startEnquireLink(session);
            this.options.onEvent({ type: 'bound' });
            this.options.onBound(session);
            first?.resolve();
            first = undefined;
            return;
          }
          const reason = `bind_transceiver answered ${describeStatus(pdu.command_status)}`;
          lastError = reason;
          this.options.onEvent({ type: 'bind_failed', reason });
          if (first !== undefined) {
            first.reject(new TactError('TACT_ERR_SMS_BIND_FAILED', `The SMSC refused the bind: ${reason}.`));
            first = undefined;
            this.closing = true;
          }
          session.destroy();
        },
      );
    });
    session.on('deliver_sm', (pdu: PDU) => this.options.onDeliver(pdu, session));
    session.on('enquire_link', (pdu: PDU) => session.send(pdu.response()));
    session.on('unbind', (pdu: PDU) => {
      session.send(pdu.response());
      session.close();
    });
    session.on('error', (e: Error) => {
      lastError = e.message;
    });
    session.on('close', () => {
      clearTimeout(bindTimer);
      if (this.session !== session) return;
      this.session = undefined;
      this.stopEnquireLink();
      const wasBound = this.bound;
      this.bound = false;
      if (wasBound) {
        this.options.onEvent({ type: 'lost', reason: lastError });
        this.options.onLost();
      }
      if (first !== undefined) {
        first.reject(new TactError('TACT_ERR_SMS_CONNECT_FAILED', `Could not bind to the SMSC: ${lastError}.`));
        first = undefined;
        this.closing = true;
      }
      if (!this.closing) this.scheduleReconnect();
    });
  }

  private scheduleReconnect(): void {
    const inMs = backoffDelay(this.options.reconnect, this.attempt);
    this.attempt += 1;
    this.options.onEvent({ type: 'reconnecting', inMs });
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = undefined;
      if (!this.closing) this.connect();
    }, inMs);
  }

  private startEnquireLink(session: Session): void {
    this.awaitingEnquire = false;
    this.enquireTimer = setInterval(() => {
      if (this.awaitingEnquire) {
        session.destroy(); // no answer for a whole period: the link is dead
        return;
      }
      this.awaitingEnquire = true;
      session.enquire_link({}, () => {
        this.awaitingEnquire = false;
      });
    }, this.options.enquireLinkSeconds * 1000);
    this.enquireTimer.unref();
  }

  private stopEnquireLink(): void {
    if (this.enquireTimer !== undefined) clearInterval(this.enquireTimer);
    this.enquireTimer = undefined;
  }

  /** Unbinds (waiting up to `graceMs` for unbind_resp) and stops reconnecting. */
  async close(graceMs = 2000): Promise<void> {
    this.closing = true;
    if (this.reconnectTimer !== undefined) clearTimeout(this.reconnectTimer);
    this.stopEnquireLink();
    const session = this.session;
    if (session === undefined) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => session.destroy(), graceMs);
      session.socket.once('close', () => {
        clearTimeout(timer);
        resolve();
      });
      if (!this.bound || !session.unbind({}, () => session.close())) session.destroy();
    });
  }
}
