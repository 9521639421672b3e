// A local stand-in for Aliyun SMS (dysmsapi 2017-05-25), following the published
// formats: RPC requests by GET query or POST form, common parameters checked, the
// signature RECOMPUTED here (independently of the adapter's code) so a wrong algorithm
// fails, answers {Code, Message, BizId, RequestId}; SmsReport and SmsUp pushed as JSON
// arrays, expecting {"code":0}. Templates are rendered here as Aliyun does:
// 【SignName】 + the registered template with ${var} replaced. A test tool only.
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import http from 'node:http';
import type { PeerMessage, PeerOutcome, SmsPeer } from '../contract/sms-transport.contract.js';

export interface FakeAliyunOptions {
  readonly accessKeyId?: string;
  readonly accessKeySecret?: string;
  readonly signNames?: readonly string[];
  /** TemplateCode → registered template text with ${name} placeholders. */
  readonly templates?: Readonly<Record<string, string>>;
}

// RFC 3986 encoding and the v1.0 string to sign, written out again on the "server" side.
const enc = (s: string): string =>
  encodeURIComponent(s).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
const sign = (secret: string, method: string, params: Record<string, string>): string => {
  const canonical = Object.keys(params).filter((k) => k !== 'Signature').sort()
    .map((k) => `${enc(k)}=${enc(params[k] ?? '')}`).join('&');
  return createHmac('sha1', `${secret}&`).update(`${method}&${enc('/')}&${enc(canonical)}`, 'utf8').digest('base64');
};
const beijing = (d: Date): string => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');
const toE164 = (n: string): string => (/^1\d{10}$/.test(n) ? `+86${n}` : `+${n}`);
const toAliyun = (e164: string): string => e164.replace(/^\+86(?=1\d{10}$)/, '').replace(/^\+/, '');

const postJson = (url: string, body: unknown): Promise<{ status: number; body: string }> =>
  new Promise((resolve, reject) => {
    const data = JSON.stringify(body);
    const req = http.request(url, {
      method: 'POST', agent: false,
      headers: { 'content-type': 'application/json;charset=utf-8', 'content-length': Buffer.byteLength(data) },
    }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(data);
  });

export class FakeAliyun implements SmsPeer {
  readonly accessKeyId: string;
  readonly accessKeySecret: string;
  /** Push addresses as configured in the console (HTTP 批量推送). */
  reportUrl: string | undefined;
  upUrl: string | undefined;
  /** Codes answered so far, e.g. to see a SignatureDoesNotMatch. */
  readonly answeredCodes: string[] = [];
  private readonly signNames: ReadonlySet<string>;
  private readonly templates: Readonly<Record<string, string>>;
  private readonly accepted: PeerMessage[] = [];
  private readonly outcomes = new Map<string, PeerOutcome>();
  private readonly nonces = new Set<string>();
  private readonly pending = new Set<Promise<unknown>>();
  private sequence = 1000;

  private constructor(private readonly server: http.Server, readonly baseUrl: string, options: FakeAliyunOptions) {
    this.accessKeyId = options.accessKeyId ?? 'LTAItestkeyid';
    this.accessKeySecret = options.accessKeySecret ?? 'test-access-key-secret';
    this.signNames = new Set(options.signNames ?? ['Tact']);
    this.templates = options.templates ?? { SMS_100000001: '${content}' };
  }

  static async start(options: FakeAliyunOptions = {}): Promise<FakeAliyun> {
    let self: FakeAliyun | undefined;
    const server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => self?.handle(req, Buffer.concat(chunks).toString('utf8'), res));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    self = new FakeAliyun(server, `http://127.0.0.1:${port}`, options);
    return self;
  }

  sentMessages(): readonly PeerMessage[] {
    return [...this.accepted];
  }

  setOutcome(to: string, outcome: PeerOutcome): void {
    // Aliyun documents no submit-time refusal for opted-out recipients.
    if (outcome === 'opt-out') throw new Error('fake aliyun: no provider-side opt-out refusal in Aliyun SendSms');
    this.outcomes.set(to, outcome);
  }

  async injectReply(reply: { readonly from: string; readonly to: string; readonly text: string }): Promise<void> {
    if (this.upUrl === undefined) throw new Error('fake aliyun: no SmsUp push address configured');
    const item = {
      phone_number: toAliyun(reply.from), send_time: beijing(new Date()), content: reply.text,
      sign_name: reply.to, dest_code: '1234', sequence_id: this.sequence++,
    };
    const answer = await this.track(postJson(this.upUrl, [item]));
    if (answer.status !== 200 || (JSON.parse(answer.body) as { code?: unknown }).code !== 0) {
      throw new Error(`fake aliyun: SmsUp push answered ${answer.status}`);
    }
  }

  async close(): Promise<void> {
    await Promise.allSettled([...this.pending]);
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  private track<T>(p: Promise<T>): Promise<T> {
    this.pending.add(p);
    void p.finally(() => this.pending.delete(p)).catch(() => undefined);
    return p;
  }

  private answer(res: http.ServerResponse, status: number, code: string, extra: Record<string, string> = {}): void {
    this.answeredCodes.push(code);
    const body = { RequestId: randomUUID().toUpperCase(), Code: code, Message: code === 'OK' ? 'OK' : `fake: ${code}`, ...extra };
    res.writeHead(status, { 'content-type': 'application/json;charset=utf-8' }).end(JSON.stringify(body));
  }

  private handle(req: http.IncomingMessage, raw: string, res: http.ServerResponse): void {
    const url = new URL(req.url ?? '/', this.baseUrl);
    const params: Record<string, string> = Object.fromEntries(url.searchParams);
    if (req.method === 'POST') Object.assign(params, Object.fromEntries(new URLSearchParams(raw)));
    const method = req.method ?? 'GET';
    for (const name of ['AccessKeyId', 'Action', 'SignatureNonce', 'Timestamp', 'Signature', 'Version']) {
      if (params[name] === undefined) return this.answer(res, 400, `MissingParameter.${name}`);
    }
    if (params['SignatureMethod'] !== 'HMAC-SHA1' || params['SignatureVersion'] !== '1.0') {
      return this.answer(res, 400, 'InvalidParameter.SignatureMethod');
    }
    if (params['AccessKeyId'] !== this.accessKeyId) return this.answer(res, 404, 'InvalidAccessKeyId.NotFound');
    if (params['Signature'] !== sign(this.accessKeySecret, method, params)) return this.answer(res, 400, 'SignatureDoesNotMatch');
    const skew = Math.abs(Date.parse(params['Timestamp'] ?? '') - Date.now());
    if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(params['Timestamp'] ?? '') || !(skew < 15 * 60_000)) {
      return this.answer(res, 400, 'InvalidTimeStamp.Expired');
    }
    if (this.nonces.has(params['SignatureNonce'] ?? '')) return this.answer(res, 400, 'SignatureNonceUsed');
    this.nonces.add(params['SignatureNonce'] ?? '');
    if (params['Version'] !== '2017-05-25' || params['Action'] !== 'SendSms') return this.answer(res, 404, 'InvalidAction.NotFound');
    if (params['Format'] !== 'JSON') return this.answer(res, 400, 'fake: only Format=JSON is served');
    const phone = params['PhoneNumbers'] ?? '';
    if (!/^\d{6,15}$/.test(phone)) return this.answer(res, 200, 'isv.MOBILE_NUMBER_ILLEGAL');
    if (!this.signNames.has(params['SignName'] ?? '')) return this.answer(res, 200, 'isv.SMS_SIGNATURE_ILLEGAL');
    const template = this.templates[params['TemplateCode'] ?? ''];
    if (template === undefined) return this.answer(res, 200, 'isv.SMS_TEMPLATE_ILLEGAL');
    let vars: Record<string, unknown>;
    try {
      vars = JSON.parse(params['TemplateParam'] ?? '{}') as Record<string, unknown>;
    } catch {
      return this.answer(res, 200, 'isv.INVALID_JSON_PARAM');
    }
    let missing = false;
    const body = template.replace(/\$\{(\w+)\}/g, (_, name: string) => {
      const v = vars[name];
      if (typeof v !== 'string') missing = true;
      return typeof v === 'string' ? v : '';
    });
    if (missing) return this.answer(res, 200, 'isv.TEMPLATE_MISSING_PARAMETERS');
    const to = toE164(phone);
    const outcome = this.outcomes.get(to) ?? 'deliver';
    if (outcome === 'reject') return this.answer(res, 200, 'isv.MOBILE_NUMBER_ILLEGAL');
    if (outcome === 'throttle') return this.answer(res, 200, 'isv.BUSINESS_LIMIT_CONTROL');
    if (outcome === 'error') return this.answer(res, 500, 'InternalError');
    if (outcome === 'timeout') return; // hold the request; close() drops the connection
    const bizId = `${BigInt(`0x${randomBytes(7).toString('hex')}`).toString()}^0`;
    this.accepted.push({ to, text: `【${params['SignName']}】${body}`, providerId: bizId });
    this.answer(res, 200, 'OK', { BizId: bizId });
    if (this.reportUrl !== undefined) {
      const sent = new Date();
      const report = {
        phone_number: phone, send_time: beijing(sent), report_time: beijing(new Date()),
        success: outcome === 'deliver', err_code: outcome === 'deliver' ? 'DELIVERED' : 'MN:0001',
        err_msg: outcome === 'deliver' ? '用户接收成功' : '空号', sms_size: '1', biz_id: bizId, out_id: params['OutId'] ?? '',
      };
      void this.track(postJson(this.reportUrl, [report])).catch(() => undefined);
    }
  }
}
