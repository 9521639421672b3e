// A local stand-in for Twilio's Messages API, following the published formats:
// POST /2010-04-01/Accounts/{AccountSid}/Messages.json (form-encoded, HTTP Basic auth),
// 201 with the message resource as JSON, errors as {code, message, more_info, status};
// status callbacks and incoming-message webhooks POSTed form-encoded and signed with
// X-Twilio-Signature. The signature here is computed independently of the adapter's
// code, so an adapter that verifies it wrongly fails the tests. A test tool only.
import { createHmac, randomBytes } from 'node:crypto';
import http from 'node:http';
import type { PeerMessage, PeerOutcome, SmsPeer } from '../contract/sms-transport.contract.js';

export interface FakeTwilioOptions {
  readonly accountSid?: string;
  readonly authToken?: string;
}

const sid = (prefix: string): string => prefix + randomBytes(16).toString('hex');

/** Twilio's algorithm, written out again on the "server" side. */
const sign = (token: string, url: string, params: Record<string, string>): string =>
  createHmac('sha1', token)
    .update(url + Object.keys(params).sort().map((k) => k + params[k]).join(''), 'utf8')
    .digest('base64');

const segments = (text: string): number => {
  const gsmLike = /^[\x20-\x7e\n\r]*$/.test(text);
  const units = gsmLike ? text.length : [...text].reduce((n, ch) => n + (ch.length > 1 ? 2 : 1), 0);
  const [single, multi] = gsmLike ? [160, 153] : [70, 67];
  return units <= single ? 1 : Math.ceil(units / multi);
};

const postForm = (url: string, params: Record<string, string>, signature: string): Promise<number> =>
  new Promise((resolve, reject) => {
    const body = new URLSearchParams(params).toString();
    const req = http.request(url, {
      method: 'POST',
      agent: false,
      headers: {
        'content-type': 'application/x-www-form-urlencoded; charset=UTF-8',
        'content-length': Buffer.byteLength(body),
        'x-twilio-signature': signature,
        'user-agent': 'TwilioProxy/1.1',
      },
    }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(body);
  });

export class FakeTwilio implements SmsPeer {
  readonly accountSid: string;
  readonly authToken: string;
  /** The sender number's "A message comes in" webhook, as configured in the console. */
  incomingWebhookUrl: string | undefined;
  /** Status codes the adapter answered to callbacks, in order. */
  readonly callbackAnswers: number[] = [];
  private readonly accepted: PeerMessage[] = [];
  private readonly outcomes = new Map<string, PeerOutcome>();
  private readonly pending = new Set<Promise<unknown>>();
  private constructor(private readonly server: http.Server, readonly baseUrl: string, options: FakeTwilioOptions) {
    this.accountSid = options.accountSid ?? `AC${'0'.repeat(31)}1`;
    this.authToken = options.authToken ?? 'test-auth-token';
  }

  static async start(options: FakeTwilioOptions = {}): Promise<FakeTwilio> {
    let self: FakeTwilio | undefined;
    const server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => self?.handle(req, Buffer.concat(chunks).toString('utf8'), res));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    self = new FakeTwilio(server, `http://127.0.0.1:${port}`, options);
    return self;
  }

  sentMessages(): readonly PeerMessage[] {
    return [...this.accepted];
  }

  setOutcome(to: string, outcome: PeerOutcome): void {
    this.outcomes.set(to, outcome);
  }

  async injectReply(reply: { readonly from: string; readonly to: string; readonly text: string }): Promise<void> {
    if (this.incomingWebhookUrl === undefined) throw new Error('fake twilio: no incoming webhook configured');
    const messageSid = sid('SM');
    const params: Record<string, string> = {
      ToCountry: 'US', SmsMessageSid: messageSid, NumMedia: '0', SmsSid: messageSid, SmsStatus: 'received',
      Body: reply.text, To: reply.to, NumSegments: String(segments(reply.text)), MessageSid: messageSid,
      AccountSid: this.accountSid, From: reply.from, ApiVersion: '2010-04-01',
    };
    const status = await this.postSigned(this.incomingWebhookUrl, params);
    if (status !== 200) throw new Error(`fake twilio: webhook answered ${status}`);
  }

  /** Posts a webhook signed with `signature` (default: the correct one); resolves to the HTTP status. */
  postSigned(url: string, params: Record<string, string>, signature?: string): Promise<number> {
    const sent = postForm(url, params, signature ?? sign(this.authToken, url, params));
    const tracked = sent.then((status) => { this.callbackAnswers.push(status); return status; });
    this.pending.add(tracked);
    void tracked.finally(() => this.pending.delete(tracked)).catch(() => undefined);
    return tracked;
  }

  async close(): Promise<void> {
    await Promise.allSettled([...this.pending]);
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  private error(res: http.ServerResponse, status: number, code: number, message: string): void {
    const body = { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status };
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  }

  private handle(req: http.IncomingMessage, raw: string, res: http.ServerResponse): void {
    const path = `/2010-04-01/Accounts/${this.accountSid}/Messages.json`;
    if (req.method !== 'POST' || req.url !== path) return this.error(res, 404, 20404, 'The requested resource was not found');
    const expected = `Basic ${Buffer.from(`${this.accountSid}:${this.authToken}`).toString('base64')}`;
    if (req.headers.authorization !== expected) return this.error(res, 401, 20003, 'Authenticate');
    if (!(req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) {
      return this.error(res, 400, 20001, 'Unsupported content type');
    }
    const form = new URLSearchParams(raw);
    const to = form.get('To');
    const text = form.get('Body');
    const from = form.get('From');
    const service = form.get('MessagingServiceSid');
    if (to === null || to === '') return this.error(res, 400, 21604, "A 'To' phone number is required.");
    if (text === null || text === '') return this.error(res, 400, 21602, 'Message body is required.');
    if (from === null && service === null) return this.error(res, 400, 21603, "The 'From' phone number is required.");
    const outcome = this.outcomes.get(to) ?? 'deliver';
    switch (outcome) {
      case 'reject': return this.error(res, 400, 21211, `The 'To' number ${to} is not a valid phone number.`);
      case 'opt-out': return this.error(res, 400, 21610, 'Attempt to send to unsubscribed recipient');
      case 'throttle': return this.error(res, 429, 20429, 'Too Many Requests');
      case 'error': return this.error(res, 500, 20500, 'Internal Server Error');
      case 'timeout': return; // hold the request; close() drops the connection
      case 'deliver':
      case 'undeliverable': break;
    }
    const messageSid = sid('SM');
    const now = new Date().toUTCString().replace('GMT', '+0000');
    this.accepted.push({ to, text, providerId: messageSid });
    const resource = {
      account_sid: this.accountSid, api_version: '2010-04-01', body: text, date_created: now, date_sent: null,
      date_updated: now, direction: 'outbound-api', error_code: null, error_message: null, from: from ?? null,
      messaging_service_sid: service, num_media: '0', num_segments: String(segments(text)), price: null,
      price_unit: 'USD', sid: messageSid, status: service === null ? 'queued' : 'accepted',
      subresource_uris: { media: `/2010-04-01/Accounts/${this.accountSid}/Messages/${messageSid}/Media.json` },
      to, uri: `/2010-04-01/Accounts/${this.accountSid}/Messages/${messageSid}.json`,
    };
    res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify(resource));
    const callback = form.get('StatusCallback');
    if (callback !== null) void this.statusCallbacks(callback, messageSid, to, from ?? '', outcome);
  }

  private async statusCallbacks(url: string, messageSid: string, to: string, from: string, outcome: PeerOutcome): Promise<void> {
    const base = { SmsSid: messageSid, MessageSid: messageSid, AccountSid: this.accountSid, From: from, To: to, ApiVersion: '2010-04-01' };
    const final = outcome === 'deliver' ? { MessageStatus: 'delivered', SmsStatus: 'delivered' }
      : { MessageStatus: 'undelivered', SmsStatus: 'undelivered', ErrorCode: '30003' };
    try {
      await this.postSigned(url, { ...base, MessageStatus: 'sent', SmsStatus: 'sent' });
      await this.postSigned(url, { ...base, ...final });
    } catch {
      // The adapter's listener is gone (closed); Twilio would log a failed callback.
    }
  }
}
