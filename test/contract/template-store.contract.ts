// Tenant templates and messaging settings on a real database (SQLite and PostgreSQL
// runners: template-store-sqlite.test.ts, template-store-postgres.test.ts), through the
// use cases and through the CLI in-process.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoreHandle } from '../../src/app/ports/store.js';
import type { MessagingSettings } from '../../src/app/ports/template-store.js';
import { resolveTemplate } from '../../src/app/templates/resolve-template.js';
import { saveTemplate } from '../../src/app/templates/save-template.js';
import { messagingFor, setTenantMessaging } from '../../src/app/templates/tenant-messaging.js';
import { createNodeCipher } from '../../src/adapters/system/node-cipher.js';
import type { NewTemplate } from '../../src/app/ports/template-store.js';
import { tenantId, type TenantId } from '../../src/core/model/ids.js';
import { main } from '../../src/main/tact.js';
import { memoryIo } from '../support/memory-io.js';
import { capturingLogger, type StoreTarget } from './store-fixture.js';

const reminder = (body: string): NewTemplate => ({ key: 'reminder.dpd7', audience: 'borrower', channel: 'sms', locale: 'zh-CN', body });
const settings: MessagingSettings = {
  brand: '示例金融',
  hotline: '400-800-1234',
  portalUrl: 'https://pay.example.cn/r',
  linkAllowList: ['pay.example.cn'],
  pricePerSegmentMinor: 5,
  currency: 'CNY',
};

export const templateStoreContract = (setup: () => Promise<StoreTarget>): void => {
  let target: StoreTarget;
  let handle: StoreHandle;
  let dir: string;
  const masterKey = randomBytes(32);
  let count = 0;
  const newTenant = async (): Promise<TenantId> => {
    count += 1;
    const id = tenantId(`tpl${count}-${randomBytes(3).toString('hex')}`);
    await handle.store.createTenant(id, { name: `Lender ${count}`, pack: 'cn', defaultRegion: 'CN', timeZone: 'Asia/Shanghai', locale: 'zh-CN' }, 'test:setup');
    return id;
  };
  const events = async (t: TenantId): Promise<string[]> => {
    const out: string[] = [];
    for await (const e of handle.store.iterateAudit(t)) out.push(e.type);
    return out;
  };
  const cli = async (args: readonly string[]) => {
    const io = memoryIo('', { TACT_MASTER_KEY: masterKey.toString('hex') }, dir);
    const code = await main([...args, '--db', target.dbUrl], io);
    return { code, out: io.out(), err: io.err() };
  };

  beforeAll(async () => {
    target = await setup();
    handle = await target.open({ cipher: createNodeCipher(masterKey), logger: capturingLogger().logger });
    await handle.migrate();
    dir = mkdtempSync(join(tmpdir(), 'tact-templates-'));
  });
  afterAll(async () => {
    await handle?.close();
    await target?.cleanup();
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });

  it('a save is version 1, the next save version 2, and findTemplate returns the newest', async () => {
    const t = await newTenant();
    const first = await saveTemplate(handle.store, t, [reminder('{borrowerName}您好，您的账单已到期，请及时处理。')], 'test');
    expect(first.ok && first.value.map((x) => [x.id, x.version])).toEqual([['zh-CN/sms/borrower/reminder.dpd7', 1]]);
    const second = await saveTemplate(handle.store, t, [reminder('{borrowerName}您好，账单已到期，如有困难请来电 {hotline}。')], 'test');
    expect(second.ok && second.value[0]?.version).toBe(2);
    const found = await handle.store.findTemplate(t, 'reminder.dpd7', 'borrower', 'sms', 'zh-CN');
    expect(found).toMatchObject({ version: 2, status: 'active', createdBy: 'test', body: expect.stringContaining('{hotline}') });
    expect((await handle.store.activeTemplates(t)).map((x) => x.version)).toEqual([2]);
    expect(await handle.store.findTemplate(t, 'reminder.dpd7', 'borrower', 'sms', 'en')).toBeUndefined();
    expect((await resolveTemplate(handle.store, t, 'reminder.dpd7', 'borrower', 'zh-CN'))?.source).toBe('tenant');
    expect(await resolveTemplate(handle.store, t, 'reminder.dpd7', 'borrower', 'en')).toMatchObject({ source: 'default', template: { locale: 'en' } });
    expect(await events(t)).toEqual(['tenant.created', 'template.saved', 'template.saved']);
  });

  it("one tenant's templates and settings are invisible to another", async () => {
    const a = await newTenant();
    const b = await newTenant();
    await saveTemplate(handle.store, a, [reminder('您好，您的账单已到期。')], 'test');
    await setTenantMessaging(handle.store, a, settings, 'test');
    expect(await handle.store.findTemplate(b, 'reminder.dpd7', 'borrower', 'sms', 'zh-CN')).toBeUndefined();
    expect(await handle.store.activeTemplates(b)).toEqual([]);
    expect(await handle.store.getMessaging(b)).toBeUndefined();
    expect((await resolveTemplate(handle.store, b, 'reminder.dpd7', 'borrower', 'zh-CN'))?.source).toBe('default');
  });

  it('a third-party template mentioning 逾期 is refused with its findings, and nothing of the batch is written', async () => {
    const t = await newTenant();
    const before = await events(t);
    const result = await saveTemplate(
      handle.store,
      t,
      [reminder('您好，您的账单已到期。'), { key: 'contact.location', audience: 'third_party', channel: 'sms', locale: 'zh-CN', body: '{contactName}您好，{borrowerName}已逾期，请转告。' }],
      'test',
    );
    expect(result.ok).toBe(false);
    if (result.ok || result.error.code !== 'TACT_ERR_MESSAGE_LINT_FAILED') throw new Error('expected a lint refusal');
    expect(result.error.templates.map((x) => x.index)).toEqual([1]);
    expect(result.error.templates[0]?.findings.map((f) => f.rule)).toContain('third-party-debt');
    expect(await handle.store.activeTemplates(t)).toEqual([]);
    expect(await events(t)).toEqual(before);
  });

  it("links are checked against the tenant's allow-list: refused before the settings, accepted after", async () => {
    const t = await newTenant();
    const linked = reminder('您好，账单已到期，详情见 pay.example.cn/r 。');
    const refused = await saveTemplate(handle.store, t, [linked], 'test');
    expect(!refused.ok && refused.error.code === 'TACT_ERR_MESSAGE_LINT_FAILED' && refused.error.templates[0]?.findings[0]?.rule).toBe('link-not-allowed');
    expect((await setTenantMessaging(handle.store, t, settings, 'test')).ok).toBe(true);
    expect((await saveTemplate(handle.store, t, [linked], 'test')).ok).toBe(true);
  });

  it('messaging settings round-trip with an audit event; without them the fallbacks invent no portal', async () => {
    const t = await newTenant();
    const fallback = await messagingFor(handle.store, t);
    expect(fallback.ok && fallback.value).toMatchObject({ source: 'fallback', vars: {}, messaging: { linkAllowList: [], locale: 'zh-CN' } });
    expect(fallback.ok && fallback.value.messaging.brand).toMatch(/^Lender \d+$/);
    const stored = await setTenantMessaging(handle.store, t, { ...settings, thirdPartyBrand: '示例' }, 'test');
    expect(stored.ok).toBe(true);
    expect(await handle.store.getMessaging(t)).toMatchObject({ ...settings, thirdPartyBrand: '示例' });
    const resolved = await messagingFor(handle.store, t);
    expect(resolved.ok && resolved.value).toMatchObject({
      source: 'tenant',
      vars: { hotline: settings.hotline, portalUrl: settings.portalUrl },
      messaging: { brand: settings.brand, thirdPartyBrand: '示例', linkAllowList: settings.linkAllowList, pricePerSegmentMinor: 5 },
    });
    await setTenantMessaging(handle.store, t, { ...settings, pricePerSegmentMinor: 4 }, 'test');
    expect((await handle.store.getMessaging(t))?.thirdPartyBrand).toBeUndefined();
    expect(await events(t)).toEqual(['tenant.created', 'tenant.messaging_set', 'tenant.messaging_set']);
    const bad = await setTenantMessaging(handle.store, t, { ...settings, portalUrl: 'https://evil.example.com/x', pricePerSegmentMinor: -1 }, 'test');
    expect(!bad.ok && bad.error.map((f) => f.path)).toEqual(['portalUrl', 'pricePerSegmentMinor']);
    expect((await saveTemplate(handle.store, tenantId('no-such-tenant'), [reminder('您好。')], 'test')).ok).toBe(false);
  });

  describe('CLI', () => {
    it('tenant messaging set, templates save and list, and the audit chain stays intact', async () => {
      const t = await newTenant();
      const set = ['tenant', 'messaging', 'set', '--brand', '示例金融', '--hotline', '400-800-1234', '--portal', 'pay.example.cn', '--allow', 'pay.example.cn', '--price', '5', '--tenant', t];
      expect((await cli(set)).code).toBe(0);
      const file = join(dir, `${t}.json`);
      writeFileSync(file, JSON.stringify([reminder('您好，账单已到期，详情见 {portalUrl} 。')]));
      const saved = await cli(['templates', 'save', file, '--tenant', t]);
      expect(saved.code, saved.err).toBe(0);
      expect(saved.out).toContain('zh-CN/sms/borrower/reminder.dpd7 version 1');
      const listed = await cli(['templates', 'list', '--tenant', t]);
      expect(listed.code).toBe(0);
      expect(listed.out).toContain('zh-CN/sms/borrower/reminder.dpd7  version 1');
      const verify = await cli(['audit', 'verify', '--tenant', t]);
      expect(verify.code, verify.err).toBe(0);
      expect(verify.out).toContain('3 event(s)');
    });

    it('templates save exits 2 with the findings and saves nothing; bad settings exit 2', async () => {
      const t = await newTenant();
      const file = join(dir, `${t}-bad.json`);
      writeFileSync(file, JSON.stringify([reminder('您好。'), { key: 'contact.location', audience: 'third_party', channel: 'sms', locale: 'zh-CN', body: '请转告{borrowerName}，欠款已逾期。' }]));
      const saved = await cli(['templates', 'save', file, '--tenant', t]);
      expect(saved.code).toBe(2);
      expect(saved.out).toContain('third-party-debt');
      expect(saved.err).toContain('TACT_ERR_MESSAGE_LINT_FAILED');
      expect(await handle.store.activeTemplates(t)).toEqual([]);
      const set = await cli(['tenant', 'messaging', 'set', '--brand', '【示例】', '--hotline', '1', '--portal', 'x.example.cn', '--allow', 'pay.example.cn', '--price', '5', '--tenant', t]);
      expect(set.code).toBe(2);
      expect(set.err).toContain('TACT_ERR_MESSAGE_BAD_SIGNATURE');
      expect(set.err).toContain('TACT_ERR_MESSAGE_BAD_SETTINGS');
      expect(await handle.store.getMessaging(t)).toBeUndefined();
    });
  });
};
