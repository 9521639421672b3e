// Untrusted JSON → Strategy. Every problem is reported with its JSON path; nothing is
// thrown. The lint (lint-strategy.ts) then checks what the shape cannot: templates and
// whether the pack could ever allow a step.
import { failure, type ErrorCode, type TactFailure } from '../errors.js';
import { channels, packIds, purposes, type Channel, type PackId, type Purpose } from '../model/decision-request.js';
import { contactRoles, locales, type ContactRole, type Locale } from '../model/import-record.js';
import { err, ok, type Result } from '../result.js';
import { audiences, confirmationFilters, type DpdTrigger, type StepConditions, type Strategy, type StrategyStep } from './strategy.js';

type Obj = Readonly<Record<string, unknown>>;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

class Reader {
  readonly failures: TactFailure[] = [];
  fail(path: string, message: string, code: ErrorCode = 'TACT_ERR_STRATEGY_INVALID'): undefined {
    this.failures.push(failure(code, { path, message }));
    return undefined;
  }
  obj(v: unknown, p: string): Obj | undefined {
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : this.fail(p, `${p} must be an object.`);
  }
  int(v: unknown, p: string, min: number, max = Number.MAX_SAFE_INTEGER): number | undefined {
    return typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? v : this.fail(p, `${p} must be a whole number from ${min} to ${max}.`);
  }
  str(v: unknown, p: string, re: RegExp, what: string): string | undefined {
    return typeof v === 'string' && re.test(v) ? v : this.fail(p, `${p} must be ${what}.`);
  }
  one<T extends string>(v: unknown, p: string, allowed: readonly T[]): T | undefined {
    return typeof v === 'string' && (allowed as readonly string[]).includes(v) ? (v as T) : this.fail(p, `${p} must be one of: ${allowed.join(', ')}.`);
  }
  list<T>(v: unknown, p: string, read: (e: unknown, p: string) => T | undefined): readonly T[] | undefined {
    if (!Array.isArray(v)) return this.fail(p, `${p} must be an array.`);
    const out = v.map((e, i) => read(e, `${p}[${i}]`));
    return out.every((x) => x !== undefined) ? (out as T[]) : undefined;
  }
}

const trigger = (r: Reader, v: unknown, p: string): DpdTrigger | undefined => {
  const o = r.obj(v, p);
  if (o === undefined) return undefined;
  if (o['beforeDue'] !== undefined) {
    const days = r.int(o['beforeDue'], `${p}.beforeDue`, 1, 60);
    return days === undefined ? undefined : { kind: 'before_due', days };
  }
  if (o['onDay'] !== undefined) {
    const day = r.int(o['onDay'], `${p}.onDay`, 0, 3650);
    return day === undefined ? undefined : { kind: 'on_day', day };
  }
  if (o['every'] !== undefined) {
    const every = r.int(o['every'], `${p}.every`, 1, 365);
    const from = r.int(o['from'], `${p}.from`, 0, 3650);
    const to = r.int(o['to'], `${p}.to`, 0, 3650);
    if (every === undefined || from === undefined || to === undefined) return undefined;
    if (to < from) return r.fail(`${p}.to`, `${p}.to must not be before ${p}.from.`);
    return { kind: 'every', every, from, to };
  }
  return r.fail(p, `${p} needs one of beforeDue, onDay, or every/from/to.`);
};

const conditions = (r: Reader, v: unknown, p: string): StepConditions | undefined => {
  if (v === undefined) return {};
  const o = r.obj(v, p);
  if (o === undefined) return undefined;
  const strings = (k: string): readonly string[] | undefined =>
    o[k] === undefined ? undefined : r.list(o[k], `${p}.${k}`, (e, q) => (typeof e === 'string' && e !== '' ? e : r.fail(q, `${q} must be a non-empty string.`)));
  const min = o['minBalanceMinor'] === undefined ? undefined : r.int(o['minBalanceMinor'], `${p}.minBalanceMinor`, 0);
  const max = o['maxBalanceMinor'] === undefined ? undefined : r.int(o['maxBalanceMinor'], `${p}.maxBalanceMinor`, 0);
  const confirmation = o['confirmation'] === undefined ? undefined : r.list(o['confirmation'], `${p}.confirmation`, (e, q) => r.one(e, q, confirmationFilters));
  const once = o['once'] === undefined ? undefined : typeof o['once'] === 'boolean' ? o['once'] : r.fail(`${p}.once`, `${p}.once must be true or false.`);
  if (min !== undefined && max !== undefined && max < min) r.fail(`${p}.maxBalanceMinor`, `${p}.maxBalanceMinor must not be below minBalanceMinor.`);
  const products = strings('products');
  const segments = strings('segments');
  return {
    ...(min === undefined ? {} : { minBalanceMinor: min }),
    ...(max === undefined ? {} : { maxBalanceMinor: max }),
    ...(products === undefined ? {} : { products }),
    ...(segments === undefined ? {} : { segments }),
    ...(confirmation === undefined ? {} : { confirmation }),
    ...(once === undefined ? {} : { once }),
  };
};

const step = (r: Reader, v: unknown, p: string): StrategyStep | undefined => {
  const o = r.obj(v, p);
  if (o === undefined) return undefined;
  const id = r.str(o['id'], `${p}.id`, ID, 'an id (letters, digits, . _ -; up to 64)');
  const t = trigger(r, o['trigger'], `${p}.trigger`);
  const audience = r.one(o['audience'], `${p}.audience`, audiences);
  const roles: readonly ContactRole[] | undefined =
    audience === 'borrower' ? [] : o['roles'] === undefined ? contactRoles : r.list(o['roles'], `${p}.roles`, (e, q) => r.one(e, q, contactRoles));
  const purpose: Purpose | undefined =
    o['purpose'] === undefined ? (audience === 'borrower' ? 'collection' : r.fail(`${p}.purpose`, `${p}.purpose is required for contact steps.`)) : r.one(o['purpose'], `${p}.purpose`, purposes);
  const channel: Channel | undefined = o['channel'] === undefined ? 'sms' : r.one(o['channel'], `${p}.channel`, channels);
  const template = r.str(o['template'], `${p}.template`, /^[a-z0-9._-]+$/, 'a template key such as "reminder.dpd7"');
  const sendAt = r.str(o['sendAt'], `${p}.sendAt`, TIME, 'a local time "HH:MM"');
  const c = conditions(r, o['conditions'], `${p}.conditions`);
  if (id === undefined || t === undefined || audience === undefined || roles === undefined || purpose === undefined) return undefined;
  if (channel === undefined || template === undefined || sendAt === undefined || c === undefined) return undefined;
  return { id, trigger: t, audience, roles, purpose, channel, template, sendAt, conditions: c };
};

export const parseStrategy = (input: unknown): Result<Strategy, readonly TactFailure[]> => {
  const r = new Reader();
  const o = r.obj(input, '$');
  if (o === undefined) return err(r.failures);
  const id = r.str(o['id'], '$.id', ID, 'an id (letters, digits, . _ -; up to 64)');
  const version = r.int(o['version'], '$.version', 1);
  const pack: PackId | undefined = r.one(o['pack'], '$.pack', packIds);
  const locale: Locale | undefined = r.one(o['locale'], '$.locale', locales);
  const steps = r.list(o['steps'], '$.steps', (e, p) => step(r, e, p));
  if (steps !== undefined) {
    const seen = new Set<string>();
    steps.forEach((s, i) => {
      if (seen.has(s.id)) r.fail(`$.steps[${i}].id`, `Step id "${s.id}" is used twice.`, 'TACT_ERR_STRATEGY_DUPLICATE_STEP');
      seen.add(s.id);
    });
  }
  if (r.failures.length > 0 || id === undefined || version === undefined || pack === undefined || locale === undefined || steps === undefined) return err(r.failures);
  return ok({ id, version, pack, locale, steps });
};

/** The JSON form of a strategy (the inverse of parseStrategy), as stored and shipped. */
export const strategyToJson = (s: Strategy): Obj => ({
  id: s.id,
  version: s.version,
  pack: s.pack,
  locale: s.locale,
  steps: s.steps.map((x) => ({
    id: x.id,
    trigger: x.trigger.kind === 'before_due' ? { beforeDue: x.trigger.days } : x.trigger.kind === 'on_day' ? { onDay: x.trigger.day } : { every: x.trigger.every, from: x.trigger.from, to: x.trigger.to },
    audience: x.audience,
    ...(x.audience === 'contacts' ? { roles: x.roles } : {}),
    purpose: x.purpose,
    channel: x.channel,
    template: x.template,
    sendAt: x.sendAt,
    ...(Object.keys(x.conditions).length === 0 ? {} : { conditions: x.conditions }),
  })),
});
