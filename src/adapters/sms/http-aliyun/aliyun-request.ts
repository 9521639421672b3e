// Builds the signed SendSms parameters for one message. With Aliyun the carrier-facing
// text is rendered BY ALIYUN from a template registered (and approved) in its console:
// Tact sends TemplateCode + TemplateParam, not the text. So each Tact template used with
// Aliyun must be registered there with the same wording, and mapped in the config;
// messages without a mapping go through the optional one-variable "content" template.
import type { OutboundSms } from '../../../app/ports/sms-transport.js';
import type { AliyunConfig } from './aliyun-config.js';
import { toAliyunNumber } from './aliyun-phone.js';
import { aliyunSignature } from './aliyun-signature.js';

export type SendSmsParams =
  | { readonly ok: true; readonly params: Readonly<Record<string, string>> }
  | { readonly ok: false; readonly reason: string };

/** "2017-07-12T02:42:19Z": UTC, second precision, as the API requires. */
export const aliyunTimestamp = (now: Date): string => `${now.toISOString().slice(0, 19)}Z`;

const templateFor = (
  config: AliyunConfig,
  message: OutboundSms,
): { readonly code: string; readonly param: Record<string, string> } | string => {
  const mapped = message.template === undefined ? undefined : config.templates[message.template.key];
  if (mapped !== undefined && message.template !== undefined) {
    const param: Record<string, string> = {};
    for (const [aliyunName, tactName] of Object.entries(mapped.params)) {
      const value = message.template.variables[tactName];
      if (value === undefined) return `aliyun: template variable ${tactName} missing`;
      param[aliyunName] = value; // TemplateParam values must be strings
    }
    return { code: mapped.templateCode, param };
  }
  if (config.contentTemplate === undefined) return 'aliyun: no registered template mapped for this message';
  // Aliyun prefixes 【SignName】 itself; the rendered text already carries it.
  const prefix = `【${config.signName}】`;
  if (/^【[^】]*】/.test(message.text) && !message.text.startsWith(prefix)) {
    return 'aliyun: text signature differs from the configured SignName';
  }
  const body = message.text.startsWith(prefix) ? message.text.slice(prefix.length) : message.text;
  return { code: config.contentTemplate.templateCode, param: { [config.contentTemplate.param]: body } };
};

export const buildSendSmsParams = (
  config: AliyunConfig,
  message: OutboundSms,
  request: { readonly method: 'GET' | 'POST'; readonly nonce: string; readonly now: Date },
): SendSmsParams => {
  const template = templateFor(config, message);
  if (typeof template === 'string') return { ok: false, reason: template };
  const params: Record<string, string> = {
    AccessKeyId: config.accessKeyId,
    Action: 'SendSms',
    Format: 'JSON',
    OutId: message.messageId,
    PhoneNumbers: toAliyunNumber(message.to),
    RegionId: config.regionId,
    SignName: config.signName,
    SignatureMethod: 'HMAC-SHA1',
    SignatureNonce: request.nonce,
    SignatureVersion: '1.0',
    TemplateCode: template.code,
    TemplateParam: JSON.stringify(template.param),
    Timestamp: aliyunTimestamp(request.now),
    Version: '2017-05-25',
  };
  return { ok: true, params: { ...params, Signature: aliyunSignature(config.accessKeySecret, request.method, params) } };
};
