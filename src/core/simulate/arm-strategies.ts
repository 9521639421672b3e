// The simulator's three arms as versions of one strategy (`sim-ladder`): `default` is
// the pack's shipped ladder; `aggressive` writes more often, earlier in the day and more
// firmly, and reaches contacts earlier where the pack allows it; `gentle` writes less
// often, in the evening (most borrowers' good hours), in a soft tone. The policy engine
// still decides every message; an arm only proposes.
import type { PackId } from '../model/decision-request.js';
import { defaultStrategies } from '../strategy/default-strategies.js';
import type { Strategy, StrategyStep } from '../strategy/strategy.js';

export const simulationArms = ['default', 'aggressive', 'gentle'] as const;
export type SimulationArm = (typeof simulationArms)[number];

export const SIM_STRATEGY_ID = 'sim-ladder';

const reminder = (id: string, trigger: StrategyStep['trigger'], template: string, sendAt: string): StrategyStep => ({
  id, trigger, audience: 'borrower', roles: [], purpose: 'collection', channel: 'sms', template, sendAt, conditions: {},
});

const contactStep = (id: string, purpose: 'consent_request' | 'location', from: number, sendAt: string): StrategyStep => ({
  id,
  trigger: { kind: 'every', every: 7, from, to: 90 },
  audience: 'contacts',
  roles: ['emergency_contact'],
  purpose,
  channel: 'sms',
  template: purpose === 'consent_request' ? 'consent.request' : 'contact.location',
  sendAt,
  conditions: purpose === 'consent_request' ? { confirmation: ['unconfirmed'], once: true } : { confirmation: ['confirmed'] },
});

const aggressiveSteps = (pack: PackId): readonly StrategyStep[] => [
  reminder('predue-3', { kind: 'before_due', days: 3 }, 'reminder.predue', '09:00'),
  reminder('dpd-1', { kind: 'on_day', day: 1 }, 'reminder.dpd1', '09:00'),
  reminder('every-2', { kind: 'every', every: 2, from: 2, to: 28 }, 'reminder.dpd3', '09:00'),
  reminder('dpd-7', { kind: 'on_day', day: 7 }, 'reminder.dpd7', '09:00'),
  reminder('dpd-15', { kind: 'on_day', day: 15 }, 'reminder.dpd15', '09:00'),
  reminder('dpd-30', { kind: 'on_day', day: 30 }, 'reminder.dpd30', '09:00'),
  reminder('dpd-30-pm', { kind: 'every', every: 3, from: 31, to: 59 }, 'reminder.dpd30', '16:00'),
  reminder('dpd-60', { kind: 'on_day', day: 60 }, 'reminder.dpd60', '09:00'),
  // cn: consent requests from DPD 1, location requests from DPD 7 (default 15); the engine
  // lets them through only while the borrower is unreachable. us-regf: a location
  // communication to contacts from DPD 10 (1006.10: once per third party).
  ...(pack === 'cn'
    ? [contactStep('contact-consent', 'consent_request', 1, '11:00'), contactStep('contact-location', 'location', 7, '15:00')]
    : [{ ...contactStep('contact-location', 'location', 10, '15:00'), conditions: {} }]),
];

const gentleSteps = (pack: PackId): readonly StrategyStep[] => [
  reminder('predue-1', { kind: 'before_due', days: 1 }, 'reminder.predue', '19:00'),
  reminder('dpd-2', { kind: 'on_day', day: 2 }, 'reminder.dpd1', '19:00'),
  reminder('dpd-6', { kind: 'on_day', day: 6 }, 'reminder.dpd3', '19:00'),
  reminder('dpd-15', { kind: 'on_day', day: 15 }, 'reminder.dpd15', '19:00'),
  reminder('dpd-25', { kind: 'on_day', day: 25 }, 'reminder.dpd3', '19:00'),
  reminder('dpd-60', { kind: 'on_day', day: 60 }, 'reminder.dpd60', '19:00'),
  ...(pack === 'cn' ? [contactStep('contact-consent', 'consent_request', 8, '19:00'), contactStep('contact-location', 'location', 30, '19:00')] : []),
];

/** The arm's strategy for a pack, as version `version` of `sim-ladder`. */
export const armStrategy = (arm: SimulationArm, pack: PackId, version: number): Strategy => {
  const base = defaultStrategies[pack];
  const steps = arm === 'default' ? base.steps : arm === 'aggressive' ? aggressiveSteps(pack) : gentleSteps(pack);
  return { ...base, id: SIM_STRATEGY_ID, version, steps };
};
