// A portal under test: the HTTP app over SQLite (startHttpApp) with an in-process SMS
// transport for one-time codes, one account of tenant-a (cn) with a borrower and an
// emergency contact, and messages with known verification codes. `Browser` keeps
// cookies between app.inject() calls and reads CSRF fields out of pages, like a
// browser without JavaScript.
import type { LightMyRequestResponse } from 'fastify';
import { InProcessSmsTransport } from '../../src/adapters/sms/simulator/in-process-transport.js';
import type { NewMessage } from '../../src/app/ports/store-records.js';
import type { AccountId, PersonId } from '../../src/core/model/ids.js';
import { seedRecord } from './dispatch-fixture.js';
import { startHttpApp, type HttpApp } from './http-app.js';

export const BORROWER = '+8613812345678';
export const CONTACT = '+8613900001111';
/** Codes are Crockford base32 (no I, L, O, U). */
export const CODES = { borrowerSent: 'AB12CD34', contactSent: 'KQ7M2XNP', borrowerPlanned: 'PQ3R5T7V' } as const;

export interface PortalTest extends HttpApp {
  readonly transport: InProcessSmsTransport;
  readonly account: AccountId;
  readonly borrower: PersonId;
  readonly contact: PersonId;
  readonly plannedId: string;
}

export const startPortal = async (): Promise<PortalTest> => {
  const transport = new InProcessSmsTransport();
  const t = await startHttpApp({ extraDeps: { otpTransport: transport } });
  const base = seedRecord(0);
  await t.handle.store.upsertImportBatch(t.tenantA, [{
    ...base,
    externalId: 'loan-1',
    borrower: { ...base.borrower, name: '王小明', phoneE164: BORROWER },
    contacts: [{ ...base.contacts[0]!, name: '李四', phoneE164: CONTACT }],
  }], 'test');
  const account = (await t.handle.store.getAccountByExternalId(t.tenantA, 'loan-1'))!.id;
  const people = await t.handle.store.listAccountPeople(t.tenantA, account);
  const borrower = people.find((p) => p.role === 'borrower')!.personId;
  const contact = people.find((p) => p.role !== 'borrower')!.personId;
  const now = t.clock.now();
  const msg = (personId: PersonId, to: string, party: 'borrower' | 'third_party', code: string, state: NewMessage['state'], at: number, body: string): NewMessage => ({
    accountIds: [account], personId, party, channel: 'sms', purpose: party === 'borrower' ? 'collection' : 'location', to, body, state,
    decision: { allowed: true, violations: [] }, scheduledAt: at, verificationCode: code, planKey: `test:${code}`,
  });
  const inserted = await t.handle.store.insertMessages(t.tenantA, [
    msg(borrower, BORROWER, 'borrower', CODES.borrowerSent, 'sent', now - 3_600_000, '【示例金融】您的借款已逾期，应还 800.00 元。回复TD退订 核验码 AB12-CD34'),
    msg(contact, CONTACT, 'third_party', CODES.contactSent, 'delivered', now - 7_200_000, '【示例】请转告王小明联系我们。回复TD退订'),
    msg(borrower, BORROWER, 'borrower', CODES.borrowerPlanned, 'planned', now, '【示例金融】还款提醒。回复TD退订'),
  ], 'test');
  return { ...t, transport, account, borrower, contact, plannedId: inserted[2]!.id };
};

export class Browser {
  readonly cookies = new Map<string, string>();
  lang?: string;
  constructor(private readonly t: HttpApp, private readonly headers: Record<string, string> = {}) {}

  private keep(r: LightMyRequestResponse): LightMyRequestResponse {
    for (const c of r.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      if (c.value === '' || c.maxAge === 0 || (c.expires !== undefined && c.expires.getTime() <= Date.now())) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    return r;
  }

  private cookieHeader(): Record<string, string> {
    return this.cookies.size === 0 ? {} : { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') };
  }

  async get(url: string): Promise<LightMyRequestResponse> {
    return this.keep(await this.t.app.inject({ method: 'GET', url, headers: { ...this.headers, ...this.cookieHeader() } }));
  }

  /** Posts a form as a browser would; `csrf` is the token read from the last page. */
  async post(url: string, form: Record<string, string | readonly string[]>): Promise<LightMyRequestResponse> {
    const body = new URLSearchParams();
    for (const [k, v] of Object.entries(form)) for (const x of typeof v === 'string' ? [v] : v) body.append(k, x);
    return this.keep(await this.t.app.inject({
      method: 'POST', url, payload: body.toString(),
      headers: { ...this.headers, ...this.cookieHeader(), 'content-type': 'application/x-www-form-urlencoded' },
    }));
  }

  /** GET `page`, then POST its form to `url` with the page's CSRF token. */
  async submit(page: string, url: string, form: Record<string, string | readonly string[]> = {}): Promise<LightMyRequestResponse> {
    const p = await this.get(page);
    return this.post(url, { _csrf: csrfOf(p.body), ...form });
  }
}

export const csrfOf = (html: string): string => {
  const m = /name="_csrf" value="([^"]+)"/.exec(html);
  if (m === null) throw new Error('no CSRF field on the page');
  return m[1]!;
};

/** The 6 digits of the newest one-time code sent to `to`. */
export const lastOtp = (transport: InProcessSmsTransport, to: string): string | undefined => {
  const sent = transport.messages().filter((m) => m.to === to);
  return /(\d{6})/.exec(sent.at(-1)?.text ?? '')?.[1];
};
