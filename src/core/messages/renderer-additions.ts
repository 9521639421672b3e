// What the renderer adds around a template body, per locale and channel. Templates never
// hold these (the lint rejects hand-written ones), so every message carries them the same
// way and a lender cannot forget the opt-out.
//
// zh-CN SMS: 【品牌】 first (carrier rule: signature in 【】, 2–12 characters), then the
//   body, the verification code, and 回T退订 last.
// en SMS: "Brand: " first. Not "[Brand]": [ and ] are GSM-7 extension characters (2
//   septets each), and US carrier practice (CTIA) names the program with a plain prefix.
//   "Reply STOP to opt out" last (Reg F 1006.6(e)).
// The code is worded as a way to check the message is genuine on the lender's official
// site. zh says 核验码, not 验证码: people are rightly taught never to share a 验证码
// (a login one-time password), and this code is something they may freely type or read
// out to check a text. No link is added: the portal address, when a borrower template
// wants it, is the {portalUrl} placeholder; a third party never gets one.
import { displayCode } from './verification-code.js';
import type { MessageChannel, MessageLocale } from './template.js';

export interface RendererAdditions {
  readonly signature: string;
  readonly code: string;
  readonly footer: string;
}

export const optOutFooter: Readonly<Record<MessageLocale, string>> = {
  'zh-CN': '回T退订',
  en: 'Reply STOP to opt out',
};

export const additionsFor = (
  locale: MessageLocale,
  channel: MessageChannel,
  brand: string,
  code: string,
): RendererAdditions => {
  const shown = displayCode(code);
  if (locale === 'zh-CN') {
    return channel === 'sms'
      ? { signature: `【${brand}】`, code: `核验码${shown}，可在官网核实本短信。`, footer: optOutFooter['zh-CN'] }
      : { signature: `—— ${brand}`, code: `核验码${shown}，可在官网核实本邮件。`, footer: '如不想再收到邮件，回复“退订”即可。' };
  }
  return channel === 'sms'
    ? { signature: `${brand}: `, code: `Code ${shown}: verify this text on our official site.`, footer: optOutFooter.en }
    : { signature: `— ${brand}`, code: `Code ${shown}: verify this email on our official site.`, footer: 'Reply STOP to opt out of these emails.' };
};

/** Puts the parts together: SMS on one line, e-mail as paragraphs. */
export const assemble = (channel: MessageChannel, locale: MessageLocale, body: string, a: RendererAdditions): string => {
  if (channel === 'email') return `${body}\n\n${a.code}\n\n${a.signature}\n${a.footer}`;
  return locale === 'zh-CN' ? `${a.signature}${body}${a.code}${a.footer}` : `${a.signature}${body} ${a.code} ${a.footer}`;
};
