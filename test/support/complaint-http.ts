// For complaint HTTP tests: a principal resolver that acts as a role of a tenant from
// test headers (no API keys needed), seeding of accounts with one planned message to
// each borrower, and a multipart/form-data body builder for app.inject().
import { randomBytes } from 'node:crypto';
import type { PrincipalResolver } from '../../src/http/plugins/auth.js';
import type { Store } from '../../src/app/ports/store.js';
import type { MessageRecord } from '../../src/app/ports/store-records.js';
import { tenantId, type TenantId } from '../../src/core/model/ids.js';
import { roles, type Role } from '../../src/core/model/roles.js';
import { seedRecord } from './dispatch-fixture.js';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** A well-formed verification code (8 Crockford base32 characters). */
export const crockfordCode = (): string => [...randomBytes(8)].map((b) => CROCKFORD[b % 32]).join('');

export const testRoleResolver: PrincipalResolver = async (request) => {
  const role = request.headers['x-test-role'];
  const tenant = request.headers['x-test-tenant'];
  if (typeof role !== 'string' || typeof tenant !== 'string' || !(roles as readonly string[]).includes(role)) return undefined;
  return { tenant: tenantId(tenant), role: role as Role, via: 'api_key', keyId: `test-${role}` };
};

export const as = (role: Role, tenant: string): Record<string, string> => ({ 'x-test-role': role, 'x-test-tenant': tenant });

/** `n` accounts (external ids `${prefix}-i`), each with a borrower and one planned SMS to them. */
export const seedPlanned = async (store: Store, tenant: TenantId, n: number, at: number, prefix = 'acc'): Promise<MessageRecord[]> => {
  const records = Array.from({ length: n }, (_, i) => ({ ...seedRecord(i), externalId: `${prefix}-${i}`, contacts: [] }));
  await store.upsertImportBatch(tenant, records, 'test');
  const out: MessageRecord[] = [];
  for (const r of records) {
    const acc = (await store.getAccountByExternalId(tenant, r.externalId))!;
    const borrower = (await store.listAccountPeople(tenant, acc.id)).find((p) => p.role === 'borrower')!;
    const [m] = await store.insertMessages(tenant, [{
      accountIds: [acc.id], personId: borrower.personId, party: 'borrower', channel: 'sms', purpose: 'collection',
      to: r.borrower.phoneE164, body: '您有一笔逾期款项，请及时还款。回复TD退订', state: 'planned', decision: { allowed: true, violations: [] },
      scheduledAt: at, verificationCode: crockfordCode(), planKey: `${acc.id}:test`,
    }], 'test');
    out.push(m!);
  }
  return out;
};

export interface FormPart {
  readonly name: string;
  readonly value: string | Uint8Array;
  readonly filename?: string;
  readonly type?: string;
}

export const multipart = (parts: readonly FormPart[]): { readonly payload: Buffer; readonly headers: Record<string, string> } => {
  const boundary = `----tact${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const p of parts) {
    const disp = `Content-Disposition: form-data; name="${p.name}"${p.filename === undefined ? '' : `; filename="${p.filename}"`}`;
    const type = p.filename === undefined ? '' : `\r\nContent-Type: ${p.type ?? 'application/octet-stream'}`;
    chunks.push(Buffer.from(`--${boundary}\r\n${disp}${type}\r\n\r\n`), Buffer.from(p.value), Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
};

export const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);
export const GIF = Uint8Array.from([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0, 1, 0]);
