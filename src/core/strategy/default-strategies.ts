// The strategy Tact ships per pack, used while a tenant has none active. Reminders go
// to the borrower by SMS at 10:00 local; contacts get at most a consent request once,
// when newly listed, and (cn only) a location request after DPD 15, which the engine
// allows only while the borrower is unreachable and the contact has confirmed.
import type { PackId } from '../model/decision-request.js';
import type { Strategy, StrategyStep } from './strategy.js';

const reminder = (id: string, trigger: StrategyStep['trigger'], template: string): StrategyStep => ({
  id,
  trigger,
  audience: 'borrower',
  roles: [],
  purpose: 'collection',
  channel: 'sms',
  template,
  sendAt: '10:00',
  conditions: {},
});

const ladder: readonly StrategyStep[] = [
  reminder('predue-3', { kind: 'before_due', days: 3 }, 'reminder.predue'),
  reminder('dpd-1', { kind: 'on_day', day: 1 }, 'reminder.dpd1'),
  reminder('dpd-3', { kind: 'on_day', day: 3 }, 'reminder.dpd3'),
  reminder('dpd-7', { kind: 'on_day', day: 7 }, 'reminder.dpd7'),
  reminder('dpd-15', { kind: 'on_day', day: 15 }, 'reminder.dpd15'),
  reminder('dpd-30', { kind: 'on_day', day: 30 }, 'reminder.dpd30'),
  reminder('dpd-60', { kind: 'on_day', day: 60 }, 'reminder.dpd60'),
];

const consentRequest: StrategyStep = {
  id: 'contact-consent',
  // Weekly from DPD 1 while unconfirmed and never asked: under cn the engine allows it
  // only once the borrower is unreachable, so a daily step would mostly log blocks.
  trigger: { kind: 'every', every: 7, from: 1, to: 85 },
  audience: 'contacts',
  roles: ['emergency_contact'],
  purpose: 'consent_request',
  channel: 'sms',
  template: 'consent.request',
  sendAt: '11:00',
  conditions: { confirmation: ['unconfirmed'], once: true },
};

const locationRequest: StrategyStep = {
  id: 'contact-location',
  trigger: { kind: 'every', every: 7, from: 15, to: 90 },
  audience: 'contacts',
  roles: ['emergency_contact'],
  purpose: 'location',
  channel: 'sms',
  template: 'contact.location',
  sendAt: '15:00',
  conditions: { confirmation: ['confirmed'] },
};

export const defaultStrategies: Readonly<Record<PackId, Strategy>> = {
  cn: { id: 'default-cn', version: 1, pack: 'cn', locale: 'zh-CN', steps: [...ladder, consentRequest, locationRequest] },
  // us-regf: borrower reminders only; no third-party messages by default (1006.10 allows
  // location communications, but a lender must choose them explicitly).
  'us-regf': { id: 'default-us-regf', version: 1, pack: 'us-regf', locale: 'en', steps: ladder },
};
