// SmsTransport over Aliyun SMS (dysmsapi, API version 2017-05-25): SendSms as a signed
// RPC POST (form body, HMAC-SHA1 signature v1.0). Receipts and replies arrive as
// SmsReport / SmsUp pushes, handled by handleAliyunCallback; `AliyunTransport.start(
// { listen })` also runs a small local listener for them. See aliyun-request.ts for why
// Aliyun sends registered templates, not Tact's text.
import { randomUUID } from 'node:crypto';
import type { InboundEvent, OutboundSms, SendOutcome, SmsTransport } from '../../../app/ports/sms-transport.js';
import { type CallbackListener, type CallbackRequest, type CallbackResponse, startCallbackListener } from '../callback-listener.js';
import { HttpClient } from '../http-client.js';
import { InboundQueue } from '../inbound-queue.js';
import { aliyunPushAccepted, handleAliyunCallback } from './aliyun-callback.js';
import type { AliyunConfig } from './aliyun-config.js';
import { aliyunOutcome } from './aliyun-outcome.js';
import { buildSendSmsParams } from './aliyun-request.js';

export interface AliyunTransportOptions {
  readonly config: AliyunConfig;
  /** Local push listener; needs config.callbackToken. */
  readonly listen?: { readonly host?: string; readonly port?: number; readonly publicUrl?: string };
  readonly now?: () => Date;
}

export class AliyunTransport implements SmsTransport {
  readonly name = 'aliyun';
  private readonly http = new HttpClient();
  private readonly inbound = new InboundQueue();
  private listener: CallbackListener | undefined;
  private publicUrl: string | undefined;

  private constructor(private readonly config: AliyunConfig, private readonly now: () => Date) {}

  static async start(options: AliyunTransportOptions): Promise<AliyunTransport> {
    const transport = new AliyunTransport(options.config, options.now ?? (() => new Date()));
    if (options.listen !== undefined) {
      if (options.config.callbackToken === undefined) throw new Error('aliyun push listener needs a callback token');
      transport.listener = await startCallbackListener((r) => transport.handleHttp(r), options.listen);
      transport.publicUrl = (options.listen.publicUrl ?? transport.listener.url).replace(/\/$/, '');
    }
    return transport;
  }

  /** URL to configure as the SmsReport push address in the Aliyun console. */
  get reportUrl(): string | undefined {
    return this.pushUrl('report');
  }

  /** URL to configure as the SmsUp push address in the Aliyun console. */
  get upUrl(): string | undefined {
    return this.pushUrl('up');
  }

  async send(message: OutboundSms): Promise<SendOutcome> {
    const built = buildSendSmsParams(this.config, message, { method: 'POST', nonce: randomUUID(), now: this.now() });
    if (!built.ok) return { kind: 'rejected', permanent: true, reason: built.reason };
    const answer = await this.http.request({
      method: 'POST',
      url: `${this.config.baseUrl.replace(/\/$/, '')}/`,
      headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8', accept: 'application/json' },
      body: new URLSearchParams(built.params).toString(),
      timeoutMs: this.config.timeoutMs,
    });
    return aliyunOutcome(answer);
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

  private pushUrl(kind: 'report' | 'up'): string | undefined {
    const token = this.config.callbackToken;
    if (this.publicUrl === undefined || token === undefined) return undefined;
    return `${this.publicUrl}/aliyun/${encodeURIComponent(token)}/${kind}`;
  }

  private async handleHttp(request: CallbackRequest): Promise<CallbackResponse> {
    if (request.method !== 'POST') return { status: 405, contentType: 'text/plain', body: 'POST only' };
    const result = handleAliyunCallback(this.config.callbackToken ?? '', request, this.now());
    if (!result.ok) {
      const status = result.error.code === 'TACT_ERR_SMS_BAD_CALLBACK_TOKEN' ? 404 : 400;
      return { status, contentType: 'text/plain', body: result.error.code };
    }
    // A failing handler answers 500, so Aliyun pushes the batch again.
    for (const event of result.value) await this.inbound.deliver(event);
    return { status: 200, contentType: 'application/json', body: aliyunPushAccepted };
  }
}
