// Pages of the code flow: home (type a code), the verification result with the actions
// on the number, the one-time-code step for access/erasure, the access export and the
// erasure receipt. A genuine result shows when and to which masked number, nothing else;
// "not found" has the same frame and sentence structure whatever was typed.
import { actionsFor, type PortalAction } from '../../../app/portal/apply-portal-action.js';
import { displayCode } from '../../../core/messages/verification-code.js';
import { formatTime } from './format.js';
import { html, type SafeHtml } from './html.js';
import { csrfField, page } from './layout.js';
import { say, type PortalLang, type TextKey } from './portal-text.js';

export interface FormCtx {
  readonly lang: PortalLang;
  readonly csrf: SafeHtml;
}

export const homePage = (lang: PortalLang): string =>
  page({ lang, title: say(lang, 'homeTitle'), path: '/' }, html`
<h1>${say(lang, 'homeTitle')}</h1>
<p>${say(lang, 'homeIntro')}</p>
<form method="get" action="/v">
<label for="code">${say(lang, 'codeLabel')}</label>
<input id="code" class="code" type="text" name="code" maxlength="32" autocomplete="off" autocapitalize="characters" required>
<p><button type="submit">${say(lang, 'checkButton')}</button></p>
</form>
<p>${say(lang, 'borrowerLinkIntro')}<a href="/p/sign-in">${say(lang, 'signInLink')}</a></p>`);

export interface GenuineView {
  readonly code: string;
  readonly sentAt: number;
  readonly timeZone: string;
  readonly maskedTo: string | undefined;
  readonly party: string;
}

const flash = (lang: PortalLang, key: TextKey | undefined, error = false): SafeHtml =>
  key === undefined ? html`` : html`<p class="flash${error ? ' error' : ''}" role="status">${say(lang, key)}</p>`;

const actionForm = (f: FormCtx, code: string, action: PortalAction): SafeHtml => html`<li><form method="post" action="/v/${code}/actions">${f.csrf}<input type="hidden" name="action" value="${action}"><button type="submit" class="${action === 'confirm_contact' ? 'secondary' : ''}">${say(f.lang, `action_${action}`)}</button></form></li>`;

const renderGenuine = (f: FormCtx, v: GenuineView, done: TextKey | undefined): string => {
  const { lang } = f;
  const shown = displayCode(v.code);
  return page({ lang, title: say(lang, 'genuineTitle'), path: `/v/${v.code}` }, html`
<h1>${say(lang, 'genuineTitle')}</h1>
${flash(lang, done)}
<div class="result ok"><p>${say(lang, 'genuineBody', { code: shown })}</p>
<dl><dt>${say(lang, 'sentAt')}</dt><dd>${formatTime(v.sentAt, v.timeZone, lang)}</dd>
<dt>${say(lang, 'sentTo')}</dt><dd>${v.maskedTo ?? say(lang, 'numberErased')}</dd></dl></div>
<p class="note">${say(lang, 'genuineNote')}</p>
${v.maskedTo === undefined ? html`` : html`<h2>${say(lang, 'actionsTitle')}</h2>
<ul class="actions">${actionsFor(v.party).map((a) => actionForm(f, v.code, a))}</ul>
<h2>${say(lang, 'dataTitle')}</h2>
<p class="note">${say(lang, 'dataNote')}</p>
<ul class="actions">
<li><form method="post" action="/v/${v.code}/access">${f.csrf}<button type="submit" class="secondary">${say(lang, 'accessButton')}</button></form></li>
<li><form method="post" action="/v/${v.code}/erase">${f.csrf}<button type="submit" class="secondary">${say(lang, 'eraseButton')}</button></form></li>
</ul>`}
<p><a href="/p/complaints/new?code=${v.code}">${say(lang, 'complaintLink')}</a></p>`);
};

// A genuine page is the same for everyone asking about one message in one language: its
// forms carry the code's token (form-csrf.ts, "Code forms"), not a visitor's. It is
// rendered once per view, encoded to UTF-8 once, and kept (up to GENUINE_KEPT views).
// Every input of renderGenuine, the token included, is in the key, so a message that
// changed (number erased, another party, another zone) is a new key and renders afresh:
// a kept page can be unused, never stale.
const GENUINE_KEPT = 1000;
const genuineKept = new Map<string, Buffer>();

/** The genuine page as UTF-8 bytes. */
export const genuinePage = (f: FormCtx, v: GenuineView, done: TextKey | undefined): Buffer => {
  const key = `${f.lang}\u0000${v.code}\u0000${v.sentAt}\u0000${v.timeZone}\u0000${v.maskedTo ?? ''}\u0000${v.maskedTo === undefined ? 1 : 0}\u0000${v.party}\u0000${done ?? ''}\u0000${f.csrf.safe}`;
  let page = genuineKept.get(key);
  if (page === undefined) {
    page = Buffer.from(renderGenuine(f, v, done), 'utf8');
    if (genuineKept.size >= GENUINE_KEPT) genuineKept.clear();
    genuineKept.set(key, page);
  }
  return page;
};

/** The same page for every code that is not a genuine message, malformed or unknown (UTF-8 bytes). */
export const notFoundPage = (lang: PortalLang): Buffer => notFoundPages[lang];

const renderNotFound = (lang: PortalLang): string =>
  page({ lang, title: say(lang, 'notFoundTitle'), path: '/' }, html`
<h1>${say(lang, 'notFoundTitle')}</h1>
<div class="result warn"><p>${say(lang, 'notFoundBody', { code: '—' })}</p>
<p>${say(lang, 'notFoundAdvice')}</p></div>
<p class="note">${say(lang, 'genuineNote')}</p>
<p><a href="/">${say(lang, 'checkButton')}</a> · <a href="/p/complaints/new">${say(lang, 'complaintLink')}</a></p>`);

const notFoundPages: Readonly<Record<PortalLang, Buffer>> = { 'zh-CN': Buffer.from(renderNotFound('zh-CN'), 'utf8'), en: Buffer.from(renderNotFound('en'), 'utf8') };

export const otpStatusKeys = { sent: 'otpSent', throttled: 'otpThrottled', failed: 'otpFailed', unavailable: 'otpUnavailable', wrong: 'otpWrong', expired: 'otpExpired', locked: 'otpLocked', none: 'otpNone' } as const satisfies Record<string, TextKey>;
export type OtpStatus = keyof typeof otpStatusKeys;

export const otpPage = (f: FormCtx, code: string, purpose: 'access' | 'erase', status: OtpStatus | undefined, maskedTo: string): string => {
  const { lang } = f;
  const title = say(lang, purpose === 'access' ? 'otpTitleAccess' : 'otpTitleErase');
  const error = status !== undefined && status !== 'sent';
  return page({ lang, title, path: `/v/${code}/${purpose}` }, html`
<h1>${title}</h1>
${status === undefined ? html`` : html`<p class="flash${error ? ' error' : ''}" role="status">${say(lang, otpStatusKeys[status], { masked: maskedTo })}</p>`}
${purpose === 'erase' ? html`<p class="note">${say(lang, 'eraseConfirmNote')}</p>` : html``}
<form method="post" action="/v/${code}/${purpose}/verify">${f.csrf}
<label for="otp">${say(lang, 'otpLabel')}</label>
<input id="otp" type="text" name="otp" inputmode="numeric" pattern="[0-9]{6}" maxlength="6" autocomplete="one-time-code" required>
<p><button type="submit" class="${purpose === 'erase' ? 'danger' : ''}">${say(lang, 'otpSubmit')}</button></p>
</form>
<form method="post" action="/v/${code}/${purpose}">${f.csrf}<button type="submit" class="secondary">${say(lang, 'otpResend')}</button></form>`);
};

export const exportPage = (lang: PortalLang, code: string, json: string | undefined): string =>
  page({ lang, title: say(lang, 'exportTitle'), path: `/v/${code}/access/export` }, html`
<h1>${say(lang, 'exportTitle')}</h1>
${json === undefined ? html`<p>${say(lang, 'exportNothing')}</p>` : html`<p>${say(lang, 'exportIntro')}</p>
<p><a href="/v/${code}/access/export.json" download="tact-access.json">${say(lang, 'exportDownload')}</a></p>
<pre>${json}</pre>`}`);

export const erasedPage = (lang: PortalLang, ref: string, held: boolean): string =>
  page({ lang, title: say(lang, 'erasedTitle'), path: `/p/receipts/${ref}` }, html`
<h1>${say(lang, 'erasedTitle')}</h1>
<div class="result ok"><p>${say(lang, held ? 'erasedBody' : 'erasedNothing', { ref })}</p></div>`);

export { csrfField };
