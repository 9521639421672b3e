// Inbound events on a bind shared by several tenants: routed by provider id or number,
// and never dropped (src/app/inbound/route-inbound.ts).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tenantsForInbound } from '../../src/app/inbound/route-inbound.js';
import type { StoreHandle } from '../../src/app/ports/store.js';
import { openSqliteStore } from '../../src/adapters/storage/sqlite/open-sqlite-store.js';
import { createNodeCipher } from '../../src/adapters/system/node-cipher.js';
import { tenantId } from '../../src/core/model/ids.js';
import { quietLogger } from '../support/dispatch-fixture.js';
import { freshPhone, sampleRecord } from '../contract/store-fixture.js';

const A = tenantId('route-a');
const B = tenantId('route-b');
const reply = (from: string) => ({ kind: 'reply' as const, from, to: '10690000', text: 'TD', receivedAt: '' });
const receipt = (providerId: string) => ({ kind: 'receipt' as const, providerId, status: 'delivered' as const, at: '' });

describe('routing inbound events between tenants', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tact-route-'));
  let handle: StoreHandle;
  const onlyB = freshPhone();
  const both = freshPhone();

  beforeAll(async () => {
    handle = openSqliteStore({ path: join(dir, 'tact.db'), cipher: createNodeCipher(randomBytes(32)), logger: quietLogger });
    await handle.migrate();
    const s = handle.store;
    for (const t of [A, B]) await s.createTenant(t, { name: `lender ${t}`, pack: 'cn', defaultRegion: 'CN', timeZone: 'Asia/Shanghai', locale: 'zh-CN' }, 'test');
    await s.upsertImportBatch(A, [sampleRecord('A-1', { borrowerPhone: both })], 'test');
    await s.upsertImportBatch(B, [sampleRecord('B-1', { borrowerPhone: onlyB }), sampleRecord('B-2', { borrowerPhone: both })], 'test');
    const account = (await s.getAccountByExternalId(B, 'B-1'))!;
    const person = (await s.listAccountPeople(B, account.id))[0]!;
    const [m] = await s.insertMessages(B, [{
      accountIds: [account.id], personId: person.personId, party: 'borrower', channel: 'sms', purpose: 'collection', to: onlyB,
      body: 'x', state: 'sent', decision: null, scheduledAt: 0, verificationCode: 'ABCD1234',
    }], 'test');
    const db = new Database(join(dir, 'tact.db'));
    db.prepare(`update messages set provider_id = 'smsc-42' where tenant_id = ? and message_id = ?`).run(B, m!.id);
    db.close();
  });
  afterAll(async () => {
    await handle.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a reply goes to the tenants that hold the number', async () => {
    expect(await tenantsForInbound(handle.store, reply(onlyB))).toEqual([B]);
    expect([...(await tenantsForInbound(handle.store, reply(both)))].sort()).toEqual([A, B].sort());
  });

  it('a receipt goes to the tenant that holds the provider id', async () => {
    expect(await tenantsForInbound(handle.store, receipt('smsc-42'))).toEqual([B]);
  });

  it('what no tenant recognises goes to every tenant: nothing is dropped', async () => {
    expect([...(await tenantsForInbound(handle.store, reply(freshPhone())))].sort()).toEqual([A, B].sort());
    expect([...(await tenantsForInbound(handle.store, receipt('unknown-id')))].sort()).toEqual([A, B].sort());
  });
});
