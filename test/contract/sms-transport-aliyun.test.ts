import { AliyunTransport } from '../../src/adapters/sms/http-aliyun/aliyun-transport.js';
import { FakeAliyun } from '../support/fake-aliyun.js';
import { smsTransportContract } from './sms-transport.contract.js';

// Aliyun renders registered templates: the contract's free texts go through a
// one-variable "content" template (SMS_100000001 = "${content}") under SignName "Tact".
smsTransportContract('aliyun (local Aliyun-compatible server)', async () => {
  const peer = await FakeAliyun.start({ signNames: ['Tact'], templates: { SMS_100000001: '${content}' } });
  const transport = await AliyunTransport.start({
    config: {
      baseUrl: peer.baseUrl,
      accessKeyId: peer.accessKeyId,
      accessKeySecret: peer.accessKeySecret,
      signName: 'Tact',
      regionId: 'cn-hangzhou',
      templates: {},
      contentTemplate: { templateCode: 'SMS_100000001', param: 'content' },
      callbackToken: 'contract-callback-token-0123456789',
      timeoutMs: 500,
    },
    listen: { port: 0 },
  });
  peer.reportUrl = transport.reportUrl;
  peer.upUrl = transport.upUrl;
  return { transport, peer };
}, { ownNumber: 'Tact', refusesOptedOut: false });
