// Pages of a signed-in borrower: sign-in (number, then code), the accounts list, one
// account (what is owed, messages, plan, inconvenient times, dispute, how to pay,
// payments). Plain forms only; every form carries the CSRF field.
import type { BorrowerAccount } from '../../../app/portal/borrower-accounts.js';
import type { PlanRecord } from '../../../app/ports/portal-store.js';
import type { PaymentRecord } from '../../../app/ports/payment-store.js';
import type { MessageRecord } from '../../../app/ports/store-records.js';
import { weekdays, type InconvenientTime } from '../../../core/model/decision-request.js';
import type { PlanProposal, PlanRules } from '../../../core/portal/plan-rules.js';
import { allowedLinks, type RepaymentChannels } from '../../../core/portal/repayment-channels.js';
import { formatTime, money } from './format.js';
import { html, type SafeHtml } from './html.js';
import { page } from './layout.js';
import { say, type PortalLang, type TextKey } from './portal-text.js';
import type { FormCtx } from './verify-pages.js';

const signOut = (f: FormCtx): SafeHtml => html`<form class="inline" method="post" action="/p/sign-out">${f.csrf}<button type="submit" class="secondary">${say(f.lang, 'signOut')}</button></form>`;

export const signInPage = (f: FormCtx, status: TextKey | undefined, phone: string | undefined): string => {
  const { lang } = f;
  return page({ lang, title: say(lang, 'signInTitle'), path: '/p/sign-in' }, html`
<h1>${say(lang, 'signInTitle')}</h1>
${status === undefined ? html`` : html`<p class="flash${status === 'signInSent' ? '' : ' error'}" role="status">${say(lang, status)}</p>`}
${phone === undefined ? html`<p>${say(lang, 'signInIntro')}</p>
<form method="post" action="/p/sign-in">${f.csrf}
<label for="phone">${say(lang, 'phoneLabel')}</label>
<input id="phone" type="tel" name="phone" maxlength="20" autocomplete="tel" required>
<p><button type="submit">${say(lang, 'sendCode')}</button></p></form>` : html`
<form method="post" action="/p/sign-in/verify">${f.csrf}
<label for="otp">${say(lang, 'otpLabel')}</label>
<input id="otp" type="text" name="otp" inputmode="numeric" pattern="[0-9]{6}" maxlength="6" autocomplete="one-time-code" required>
<p><button type="submit">${say(lang, 'otpSubmit')}</button></p></form>
<form method="post" action="/p/sign-in">${f.csrf}<input type="hidden" name="phone" value="${phone}"><button type="submit" class="secondary">${say(lang, 'otpResend')}</button></form>`}`);
};

const statusText = (lang: PortalLang, a: BorrowerAccount['account']): string => say(lang, `status_${a.status}` as TextKey);

export const accountsPage = (f: FormCtx, accounts: readonly BorrowerAccount[]): string => {
  const { lang } = f;
  return page({ lang, title: say(lang, 'accountsTitle'), path: '/p/accounts', signedIn: signOut(f) }, html`
<h1>${say(lang, 'accountsTitle')}</h1>
${accounts.length === 0 ? html`<p>${say(lang, 'noAccounts')}</p>` : accounts.map((b) => html`
<div class="result"><dl>
<dt>${say(lang, 'lender')}</dt><dd>${b.tenant.name}</dd>
<dt>${say(lang, 'balance')}</dt><dd>${money(b.account.balanceMinor, b.account.currency, lang)}</dd>
<dt>${say(lang, 'overdue')}</dt><dd>${money(b.account.overdueMinor, b.account.currency, lang)}</dd>
<dt>${say(lang, 'dueDate')}</dt><dd>${b.account.dueDate}</dd>
<dt>${say(lang, 'status')}</dt><dd>${statusText(lang, b.account)}</dd></dl>
<p><a href="/p/accounts/${b.ref}">${say(lang, 'viewAccount')}</a></p></div>`)}`);
};

export interface AccountView {
  readonly b: BorrowerAccount;
  readonly messages: readonly MessageRecord[];
  readonly plans: readonly PlanRecord[];
  readonly offers: readonly PlanProposal[];
  readonly rules: PlanRules;
  readonly inconvenient: readonly InconvenientTime[];
  readonly repayment: RepaymentChannels;
  readonly payments: readonly PaymentRecord[];
  readonly flash: TextKey | undefined;
}

const channelText = (lang: PortalLang, c: string): string => say(lang, `channel_${c}` as TextKey);

const prefsSummary = (lang: PortalLang, x: InconvenientTime): string =>
  [
    (x.days ?? []).map((d) => say(lang, `day_${d}` as TextKey)).join(' '),
    x.from === undefined && x.to === undefined ? '' : `${x.from ?? '00:00'}–${x.to ?? '24:00'}`,
    x.channel === undefined ? say(lang, 'prefsAnyChannel') : channelText(lang, x.channel),
  ].filter((s) => s !== '').join(' · ');

export const accountPage = (f: FormCtx, v: AccountView): string => {
  const { lang } = f;
  const a = v.b.account;
  const base = `/p/accounts/${v.b.ref}`;
  const onPlan = a.flags.includes('repayment_plan');
  const links = allowedLinks(v.repayment);
  const bank = v.repayment.bankTransfer;
  return page({ lang, title: say(lang, 'accountsTitle'), path: base, signedIn: signOut(f) }, html`
<h1>${v.b.tenant.name}</h1>
${v.flash === undefined ? html`` : html`<p class="flash" role="status">${say(lang, v.flash)}</p>`}
<dl><dt>${say(lang, 'balance')}</dt><dd>${money(a.balanceMinor, a.currency, lang)}</dd>
<dt>${say(lang, 'overdue')}</dt><dd>${money(a.overdueMinor, a.currency, lang)}</dd>
<dt>${say(lang, 'dueDate')}</dt><dd>${a.dueDate}</dd>
<dt>${say(lang, 'status')}</dt><dd>${statusText(lang, a)}</dd></dl>
${a.disputedAt === undefined ? html`` : html`<p class="note">${say(lang, 'disputed')}</p>`}
${onPlan ? html`<p class="note">${say(lang, 'onPlan')}</p>` : html``}

<h2>${say(lang, 'payTitle')}</h2>
${bank === undefined && links.length === 0 ? html`<p>${say(lang, 'noPayChannels')}</p>` : html``}
${bank === undefined ? html`` : html`<h3>${say(lang, 'bankTransfer')}</h3><dl>
<dt>${say(lang, 'bankName')}</dt><dd>${bank.bankName}</dd><dt>${say(lang, 'accountName')}</dt><dd>${bank.accountName}</dd>
<dt>${say(lang, 'accountNumber')}</dt><dd>${bank.accountNumber}</dd>${bank.reference === undefined ? html`` : html`<dt>${say(lang, 'reference')}</dt><dd>${bank.reference}</dd>`}</dl>`}
${links.length === 0 ? html`` : html`<h3>${say(lang, 'payLinks')}</h3><ul>${links.map((l) => html`<li><a href="${l.url}" rel="noopener noreferrer">${l.label}</a></li>`)}</ul>`}

<h2>${say(lang, 'planTitle')}</h2>
${v.plans.length === 0 ? html`` : html`<ul>${v.plans.map((p) => html`<li>${say(lang, 'planOffer', { n: p.instalments, first: money(p.firstPaymentMinor, p.currency, lang), days: p.termDays })} — ${say(lang, `planStatus_${p.status}` as TextKey)}</li>`)}</ul>`}
${onPlan || a.overdueMinor <= 0 ? html`` : html`<p class="note">${say(lang, 'planRules', { maxInstalments: v.rules.maxInstalments, minPct: v.rules.minFirstPaymentPct, maxDays: v.rules.maxTermDays })}</p>
<ul class="actions">${v.offers.map((o, i) => html`<li><form method="post" action="${base}/plan">${f.csrf}<input type="hidden" name="offer" value="${i}"><button type="submit" class="secondary">${say(lang, 'planChoose')}: ${say(lang, 'planOffer', { n: o.instalments, first: money(o.firstPaymentMinor, a.currency, lang), days: o.termDays })}</button></form></li>`)}</ul>
<form method="post" action="${base}/plan">${f.csrf}<input type="hidden" name="offer" value="custom">
<h3>${say(lang, 'planCustom')}</h3>
<label for="instalments">${say(lang, 'planInstalments')}</label><input id="instalments" type="number" name="instalments" min="1" max="60" required>
<label for="first">${say(lang, 'planFirst')}</label><input id="first" type="text" name="first" inputmode="decimal" maxlength="16" required>
<label for="days">${say(lang, 'planDays')}</label><input id="days" type="number" name="days" min="1" max="3650" required>
<p><button type="submit">${say(lang, 'planPropose')}</button></p></form>`}

<h2>${say(lang, 'prefsTitle')}</h2>
<p class="note">${say(lang, 'prefsIntro')}</p>
<p>${say(lang, 'prefsCurrent')}: ${v.inconvenient.length === 0 ? say(lang, 'prefsNone') : v.inconvenient.map((x) => prefsSummary(lang, x)).join('; ')}</p>
<form method="post" action="${base}/inconvenient">${f.csrf}
<fieldset><legend>${say(lang, 'prefsDays')}</legend>${weekdays.map((d) => html`<label class="inline"><input type="checkbox" name="days" value="${d}">${say(lang, `day_${d}` as TextKey)}</label>`)}</fieldset>
<label for="from">${say(lang, 'prefsFrom')}</label><input id="from" type="time" name="from">
<label for="to">${say(lang, 'prefsTo')}</label><input id="to" type="time" name="to">
<label for="channel">${say(lang, 'prefsChannel')}</label><select id="channel" name="channel"><option value="">${say(lang, 'prefsAnyChannel')}</option>${(['sms', 'call', 'email'] as const).map((c) => html`<option value="${c}">${channelText(lang, c)}</option>`)}</select>
<p><button type="submit">${say(lang, 'prefsSave')}</button></p></form>
${v.inconvenient.length === 0 ? html`` : html`<form method="post" action="${base}/inconvenient">${f.csrf}<input type="hidden" name="clear" value="1"><button type="submit" class="secondary">${say(lang, 'prefsClear')}</button></form>`}

<h2>${say(lang, 'disputeTitle')}</h2>
<p class="note">${say(lang, 'disputeIntro')}</p>
${a.disputedAt === undefined ? html`<form method="post" action="${base}/dispute">${f.csrf}<button type="submit" class="danger">${say(lang, 'disputeButton')}</button></form>` : html`<p>${say(lang, 'disputeAlready')}</p>`}
<p><a href="/p/complaints/new?account=${v.b.ref}">${say(lang, 'complaintLink')}</a></p>

<h2>${say(lang, 'messagesTitle')}</h2>
${v.messages.length === 0 ? html`<p>${say(lang, 'noMessages')}</p>` : html`<table><thead><tr><th>${say(lang, 'colTime')}</th><th>${say(lang, 'colChannel')}</th><th>${say(lang, 'colText')}</th></tr></thead><tbody>
${v.messages.map((m) => html`<tr><td>${formatTime(m.scheduledAt, v.b.tenant.timeZone, lang)}</td><td>${channelText(lang, m.channel)}</td><td>${m.body ?? ''}</td></tr>`)}</tbody></table>`}

<h2>${say(lang, 'paymentsTitle')}</h2>
${v.payments.length === 0 ? html`<p>${say(lang, 'noPayments')}</p>` : html`<table><thead><tr><th>${say(lang, 'colTime')}</th><th>${say(lang, 'colAmount')}</th></tr></thead><tbody>
${v.payments.map((p) => html`<tr><td>${formatTime(p.paidAt, v.b.tenant.timeZone, lang)}</td><td>${money(p.amountMinor, p.currency, lang)}</td></tr>`)}</tbody></table>`}
<p><a href="/p/accounts">${say(lang, 'backToAccounts')}</a></p>`);
};
