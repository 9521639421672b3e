import type { MessageVars } from '../../../src/core/messages/message-vars.js';
import type { Audience, MessageLocale, Template, TenantMessaging } from '../../../src/core/messages/template.js';

export const zhTenant: TenantMessaging = {
  brand: '安心借',
  thirdPartyBrand: '安心科技',
  locale: 'zh-CN',
  linkAllowList: ['m.anxin.example.cn', '*.pay.example.cn'],
  pricePerSegmentMinor: 5,
  currency: 'CNY',
};

export const enTenant: TenantMessaging = {
  brand: 'Acme Credit',
  thirdPartyBrand: 'Acme',
  locale: 'en',
  linkAllowList: ['pay.acme.example.com'],
  pricePerSegmentMinor: 1,
  currency: 'USD',
};

export const tenantFor = (locale: MessageLocale): TenantMessaging => (locale === 'en' ? enTenant : zhTenant);

export const template = (body: string, audience: Audience = 'borrower', locale: MessageLocale = 'zh-CN'): Template => ({
  id: 'test',
  key: 'test.key',
  audience,
  channel: 'sms',
  locale,
  body,
  version: 1,
});

export const varsFor = (locale: MessageLocale): MessageVars =>
  locale === 'en'
    ? {
        borrowerName: 'Sam Lee',
        contactName: 'Alex',
        amountOverdue: { minor: 123_450, currency: 'USD' },
        dueDate: '2026-03-08',
        planOptions: [{ installments: 3, installmentMinor: 41_150, currency: 'USD' }],
        hotline: '800-555-0100',
        portalUrl: 'pay.acme.example.com',
      }
    : {
        borrowerName: '张伟',
        contactName: '李女士',
        amountOverdue: { minor: 123_450, currency: 'CNY' },
        dueDate: '2026-03-08',
        planOptions: [
          { installments: 3, installmentMinor: 41_150, currency: 'CNY' },
          { installments: 6, installmentMinor: 20_575, currency: 'CNY' },
        ],
        hotline: '400-800-1234',
        portalUrl: 'm.anxin.example.cn',
      };
