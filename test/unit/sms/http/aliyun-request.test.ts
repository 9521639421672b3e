import { describe, expect, it } from 'vitest';
import type { AliyunConfig } from '../../../../src/adapters/sms/http-aliyun/aliyun-config.js';
import { aliyunConfigFromEnv } from '../../../../src/adapters/sms/http-aliyun/aliyun-config.js';
import { buildSendSmsParams } from '../../../../src/adapters/sms/http-aliyun/aliyun-request.js';
import { aliyunSignature } from '../../../../src/adapters/sms/http-aliyun/aliyun-signature.js';

const config: AliyunConfig = {
  baseUrl: 'http://127.0.0.1:1', accessKeyId: 'id', accessKeySecret: 'secret', signName: '品牌', regionId: 'cn-hangzhou',
  templates: { 'reminder.dpd7': { templateCode: 'SMS_7', params: { name: 'borrowerName', date: 'dueDate' } } },
  contentTemplate: { templateCode: 'SMS_C', param: 'content' }, timeoutMs: 1000,
};
const request = { method: 'POST' as const, nonce: 'n-1', now: new Date('2026-05-01T02:03:04.567Z') };
const build = (message: Parameters<typeof buildSendSmsParams>[1], c = config) => buildSendSmsParams(c, message, request);

describe('buildSendSmsParams', () => {
  it('maps a Tact template to its TemplateCode and string parameters, and signs the request', () => {
    const result = build({
      messageId: 'm-1', to: '+8613800138000', text: '【品牌】…',
      template: { key: 'reminder.dpd7', variables: { borrowerName: '张三', dueDate: '5月1日', extra: 'x' } },
    });
    if (!result.ok) throw new Error(result.reason);
    const { Signature, ...unsigned } = result.params;
    expect(unsigned).toMatchObject({
      Action: 'SendSms', Format: 'JSON', Version: '2017-05-25', SignatureMethod: 'HMAC-SHA1', SignatureVersion: '1.0',
      PhoneNumbers: '13800138000', SignName: '品牌', TemplateCode: 'SMS_7', OutId: 'm-1',
      TemplateParam: '{"name":"张三","date":"5月1日"}', Timestamp: '2026-05-01T02:03:04Z', SignatureNonce: 'n-1',
    });
    expect(Signature).toBe(aliyunSignature('secret', 'POST', unsigned));
  });

  it('sends unmapped text through the content template without the signature Aliyun adds itself', () => {
    const result = build({ messageId: 'm', to: '+85290000000', text: '【品牌】您好 😀 回T退订' });
    expect(result.ok && result.params).toMatchObject({ PhoneNumbers: '85290000000', TemplateCode: 'SMS_C', TemplateParam: '{"content":"您好 😀 回T退订"}' });
  });

  it('refuses a missing variable, another signature, or text without any template', () => {
    expect(build({ messageId: 'm', to: '+8613800138000', text: 't', template: { key: 'reminder.dpd7', variables: { borrowerName: 'x' } } }))
      .toEqual({ ok: false, reason: 'aliyun: template variable dueDate missing' });
    expect(build({ messageId: 'm', to: '+8613800138000', text: '【别家】hi' }).ok).toBe(false);
    const { contentTemplate: _, ...noContent } = config;
    expect(build({ messageId: 'm', to: '+8613800138000', text: 'hi' }, noContent).ok).toBe(false);
  });
});

describe('aliyunConfigFromEnv', () => {
  const env = {
    TACT_ALIYUN_ACCESS_KEY_ID: 'id', TACT_ALIYUN_ACCESS_KEY_SECRET: 's', TACT_ALIYUN_SIGN_NAME: '品牌',
    TACT_ALIYUN_TEMPLATES: '{"reminder.dpd7":{"templateCode":"SMS_7","params":{"name":"borrowerName"}}}',
    TACT_ALIYUN_CONTENT_TEMPLATE: 'SMS_C:content', TACT_ALIYUN_CALLBACK_TOKEN: 'a-long-secret-token-123',
  };
  it('reads the environment', () => {
    const result = aliyunConfigFromEnv(env);
    expect(result.ok && result.value).toMatchObject({
      baseUrl: 'https://dysmsapi.aliyuncs.com', signName: '品牌', contentTemplate: { templateCode: 'SMS_C', param: 'content' },
      templates: { 'reminder.dpd7': { templateCode: 'SMS_7' } }, timeoutMs: 10_000,
    });
  });
  it.each([
    ['TACT_ALIYUN_ACCESS_KEY_SECRET', ''],
    ['TACT_ALIYUN_TEMPLATES', '{"k":{"templateCode":1}}'],
    ['TACT_ALIYUN_TEMPLATES', 'not json'],
    ['TACT_ALIYUN_CONTENT_TEMPLATE', 'SMS_C'],
    ['TACT_ALIYUN_CALLBACK_TOKEN', 'short'],
  ])('names a bad %s', (name, value) => {
    expect(aliyunConfigFromEnv({ ...env, [name]: value })).toMatchObject({ ok: false, error: { code: 'TACT_ERR_SMS_PROVIDER_CONFIG', path: name } });
  });
});
