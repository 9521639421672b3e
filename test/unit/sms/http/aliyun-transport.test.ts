import { afterEach, describe, expect, it } from 'vitest';
import { AliyunTransport } from '../../../../src/adapters/sms/http-aliyun/aliyun-transport.js';
import type { AliyunConfig } from '../../../../src/adapters/sms/http-aliyun/aliyun-config.js';
import { FakeAliyun } from '../../../support/fake-aliyun.js';

describe('AliyunTransport against the local Aliyun server', () => {
  const open: { close(): Promise<void> }[] = [];
  afterEach(async () => {
    for (const o of open.splice(0).reverse()) await o.close();
  });

  const setup = async (override: Partial<AliyunConfig> = {}) => {
    const peer = await FakeAliyun.start({ signNames: ['品牌'], templates: { SMS_7: '${name}您好，您的账单已逾期7天。回T退订' } });
    const transport = await AliyunTransport.start({
      config: {
        baseUrl: peer.baseUrl, accessKeyId: peer.accessKeyId, accessKeySecret: peer.accessKeySecret, signName: '品牌',
        regionId: 'cn-hangzhou', templates: { 'reminder.dpd7': { templateCode: 'SMS_7', params: { name: 'borrowerName' } } },
        callbackToken: 'a-long-secret-token-123', timeoutMs: 2000, ...override,
      },
      listen: { port: 0 },
    });
    open.push(peer, transport);
    return { peer, transport };
  };

  it('a mapped template is rendered by the provider into the text Tact rendered', async () => {
    const { peer, transport } = await setup();
    const text = '【品牌】张三您好，您的账单已逾期7天。回T退订';
    const outcome = await transport.send({
      messageId: 'm-1', to: '+8613800138000', text, template: { key: 'reminder.dpd7', variables: { borrowerName: '张三' } },
    });
    expect(outcome.kind).toBe('accepted');
    expect(peer.sentMessages()).toMatchObject([{ to: '+8613800138000', text }]);
  });

  it('a wrong secret fails the server-side signature check and is not an acceptance', async () => {
    const { peer, transport } = await setup({ accessKeySecret: 'not-the-secret' });
    const outcome = await transport.send({
      messageId: 'm-1', to: '+8613800138000', text: 'x', template: { key: 'reminder.dpd7', variables: { borrowerName: '张三' } },
    });
    expect(outcome).toMatchObject({ kind: 'transient', reason: 'aliyun SignatureDoesNotMatch' });
    expect(peer.answeredCodes).toEqual(['SignatureDoesNotMatch']);
  });

  it('a push to a path without the token is refused and yields nothing', async () => {
    const { transport } = await setup();
    const events: unknown[] = [];
    transport.onInbound((e) => void events.push(e));
    const forged = (transport.upUrl ?? '').replace('a-long-secret-token-123', 'guess');
    const res = await fetch(forged, { method: 'POST', body: '[]', headers: { connection: 'close' } });
    expect(res.status).toBe(404);
    expect(events).toEqual([]);
  });
});
