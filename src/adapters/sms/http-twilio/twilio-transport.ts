// SmsTransport over Twilio's Messages API (or any Twilio-compatible service at baseUrl):
// POST {baseUrl}/2010-04-01/Accounts/{AccountSid}/Messages.json, form-encoded, HTTP
// Basic auth AccountSid:AuthToken. Receipts and replies arrive as signed webhooks,
// handled by handleTwilioCallback; `TwilioTransport.start({ listen })` also runs a small
// local listener for them (paths /twilio/status and /twilio/inbound).
import type { InboundEvent, OutboundSms, SendOutcome, SmsTransport } from '../../../app/ports/sms-transport.js';
import { type CallbackListener, type CallbackRequest, type CallbackResponse, startCallbackListener } from '../callback-listener.js';
import { HttpClient } from '../http-client.js';
import { InboundQueue } from '../inbound-queue.js';
import { handleTwilioCallback } from './twilio-callback.js';
import type { TwilioConfig } from './twilio-config.js';
import { parseForm } from './twilio-signature.js';
import { twilioOutcome } from './twilio-outcome.js';

export interface TwilioListenOptions {
  readonly host?: string;
  /** 0 (default) picks a free port. */
  readonly port?: number;
  /** The URL the provider reaches the listener at (behind a proxy); default the listener's own. */
  readonly publicUrl?: string;
}

export interface TwilioTransportOptions {
  readonly config: TwilioConfig;
  readonly listen?: TwilioListenOptions;
  readonly now?: () => Date;
}

const emptyTwiml = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>';

export class TwilioTransport implements SmsTransport {
  readonly name = 'twilio';
  private readonly http = new HttpClient();
  private readonly inbound = new InboundQueue();
  private readonly now: () => Date;
  private listener: CallbackListener | undefined;
  private publicUrl: string | undefined;

  private constructor(private readonly config: TwilioConfig, now: () => Date) {
    this.now = now;
  }

  static async start(options: TwilioTransportOptions): Promise<TwilioTransport> {
    const transport = new TwilioTransport(options.config, options.now ?? (() => new Date()));
    if (options.listen !== undefined) {
      transport.listener = await startCallbackListener((r) => transport.handleHttp(r), options.listen);
      transport.publicUrl = (options.listen.publicUrl ?? transport.listener.url).replace(/\/$/, '');
    }
    return transport;
  }

  /** Where Twilio should post status callbacks (undefined without a listener or configured URL). */
  get statusCallbackUrl(): string | undefined {
    return this.config.statusCallbackUrl ?? (this.publicUrl === undefined ? undefined : `${this.publicUrl}/twilio/status`);
  }

  /** The URL to configure as the sender number's "A message comes in" webhook. */
  get inboundUrl(): string | undefined {
    return this.publicUrl === undefined ? undefined : `${this.publicUrl}/twilio/inbound`;
  }

  async send(message: OutboundSms): Promise<SendOutcome> {
    const form = new URLSearchParams();
    form.set('To', message.to);
    form.set('Body', message.text);
    const from = message.from ?? this.config.from;
    if (this.config.messagingServiceSid !== undefined) form.set('MessagingServiceSid', this.config.messagingServiceSid);
    else if (from !== undefined) form.set('From', from);
    const callback = this.statusCallbackUrl;
    if (callback !== undefined) form.set('StatusCallback', callback);
    const { baseUrl, accountSid, authToken, timeoutMs } = this.config;
    const answer = await this.http.request({
      method: 'POST',
      url: `${baseUrl.replace(/\/$/, '')}/2010-04-01/Accounts/${encodeURIComponent(accountSid)}/Messages.json`,
      headers: {
        authorization: `Basic ${Buffer.from(`${accountSid}:${authToken}`, 'utf8').toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded; charset=utf-8',
        accept: 'application/json',
      },
      body: form.toString(),
      timeoutMs,
    });
    return twilioOutcome(answer);
  }

  onInbound(handler: (event: InboundEvent) => Promise<void> | void): void {
    this.inbound.setHandler(handler);
  }

  async close(): Promise<void> {
    this.http.close();
    await this.listener?.close();
    this.listener = undefined;
    await this.inbound.drain();
  }

  /** Verifies and maps one webhook, then hands its events to the handler before answering. */
  private async handleHttp(request: CallbackRequest): Promise<CallbackResponse> {
    if (request.method !== 'POST') return { status: 405, contentType: 'text/plain', body: 'POST only' };
    const result = handleTwilioCallback(
      this.config.authToken,
      { url: `${this.publicUrl ?? ''}${request.path}`, headers: request.headers, body: parseForm(request.body) },
      this.now(),
    );
    if (!result.ok) {
      const status = result.error.code === 'TACT_ERR_SMS_BAD_SIGNATURE' ? 403 : 400;
      return { status, contentType: 'text/plain', body: result.error.code };
    }
    // A failing handler answers 500 so Twilio's retry (where configured) can redeliver.
    for (const event of result.value) await this.inbound.deliver(event);
    return { status: 200, contentType: 'text/xml', body: emptyTwiml };
  }
}
