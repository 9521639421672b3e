// Times and money as people read them: a time in the tenant's zone with the zone named,
// money from integer minor units (formatMoney, exact). Formatters are built once per
// language and zone (Intl construction costs more than formatting).
import { formatMoney } from '../../../core/messages/message-vars.js';
import type { PortalLang } from './portal-text.js';

const timeFormats = new Map<string, Intl.DateTimeFormat>();

export const formatTime = (at: number, timeZone: string, lang: PortalLang): string => {
  const key = `${lang}|${timeZone}`;
  let f = timeFormats.get(key);
  if (f === undefined) {
    f = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'zh-CN', {
      timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short',
    });
    timeFormats.set(key, f);
  }
  // "2026-12-07 09:00 (GMT+8)" in every language: unambiguous, zone named.
  const p: Record<string, string> = {};
  for (const part of f.formatToParts(at)) p[part.type] = part.value;
  return `${p['year']}-${p['month']}-${p['day']} ${p['hour']}:${p['minute']} (${p['timeZoneName']})`;
};

export const money = (minor: number, currency: string, lang: PortalLang): string =>
  formatMoney({ minor, currency }, lang) ?? `${(minor / 100).toFixed(2)} ${currency}`;
