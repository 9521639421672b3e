// The portal complaint form on the portal's page frame (layout.ts): plain HTML that works
// without JavaScript, posted as multipart/form-data with up to 3 screenshots, and the
// pages that answer it. Texts are kept here (zh-CN and en), not in portal-text.ts.
import { complaintCategories, type ComplaintCategory } from '../../../core/complaints/complaint-model.js';
import { screenshotLimits } from '../../../core/complaints/screenshot-type.js';
import { html } from './html.js';
import { page } from './layout.js';
import type { PortalLang } from './portal-text.js';
import type { FormCtx } from './verify-pages.js';

const labels: Readonly<Record<PortalLang, Readonly<Record<ComplaintCategory, string>>>> = {
  'zh-CN': {
    harassment_frequency: '联系过于频繁或在不当时间联系',
    third_party_disclosure: '向他人透露了我的债务',
    not_my_debt: '这不是我的债务',
    wrong_number: '打错号码 / 发错人',
    amount_or_dispute: '金额有误或对债务有异议',
    rude_or_threatening: '态度粗鲁或威胁',
    other: '其他',
  },
  en: {
    harassment_frequency: 'Contacted too often or at a bad time',
    third_party_disclosure: 'My debt was disclosed to someone else',
    not_my_debt: 'This is not my debt',
    wrong_number: 'Wrong number / wrong person',
    amount_or_dispute: 'The amount is wrong or I dispute the debt',
    rude_or_threatening: 'Rude or threatening',
    other: 'Other',
  },
};

const text = {
  'zh-CN': {
    title: '提交投诉', code: '短信中的验证码', category: '投诉类型', details: '请描述情况（可选）',
    shots: `截图（可选，最多 ${screenshotLimits.maxFiles} 张，PNG/JPEG/WebP，每张不超过 2 MB）`, submit: '提交',
    thanks: '我们已收到您的投诉', ref: '投诉编号', ackBy: '我们将在此日期前确认受理', protect: '在核查期间，我们已按规定暂停相关联系。',
  },
  en: {
    title: 'File a complaint', code: 'Code from the message', category: 'What is the complaint about?', details: 'Tell us what happened (optional)',
    shots: `Screenshots (optional, up to ${screenshotLimits.maxFiles}, PNG/JPEG/WebP, 2 MB each)`, submit: 'Submit',
    thanks: 'We received your complaint', ref: 'Reference', ackBy: 'We will acknowledge it by', protect: 'While we review it, the contact the rules require us to stop has been stopped.',
  },
} as const;

const PATH = '/p/complaints/new';

export interface FormState {
  readonly code: string;
  readonly category?: string;
  readonly details?: string;
  /** Already localised, no personal data. */
  readonly error?: string;
}

export const complaintFormPage = (f: FormCtx, s: FormState): string => {
  const t = text[f.lang];
  const options = complaintCategories.map((c) =>
    html`<label><input type="radio" name="category" value="${c}" required${s.category === c ? html` checked` : ''}> ${labels[f.lang][c]}</label><br>`);
  return page({ lang: f.lang, title: t.title, path: PATH }, html`
<h1>${t.title}</h1>
${s.error === undefined ? '' : html`<p class="error" role="alert">${s.error}</p>`}
<form method="post" action="/p/complaints" enctype="multipart/form-data">
${f.csrf}
<p><label>${t.code}<br><input name="code" value="${s.code}" required maxlength="32" autocomplete="off"></label></p>
<fieldset><legend>${t.category}</legend>${options}</fieldset>
<p><label>${t.details}<br><textarea name="details" rows="6" cols="40" maxlength="5000">${s.details ?? ''}</textarea></label></p>
<p><label>${t.shots}<br><input type="file" name="screenshots" accept="image/png,image/jpeg,image/webp" multiple></label></p>
<p><button type="submit">${t.submit}</button></p>
</form>`);
};

export const complaintThanksPage = (lang: PortalLang, ref: string, ackBy: string, protectedNow: boolean): string => {
  const t = text[lang];
  return page({ lang, title: t.thanks, path: PATH }, html`<h1>${t.thanks}</h1><p>${t.ref}: <strong>${ref}</strong></p><p>${t.ackBy}: ${ackBy}</p>${protectedNow ? html`<p>${t.protect}</p>` : ''}`);
};

export const complaintErrorPage = (lang: PortalLang, message: string): string =>
  page({ lang, title: message, path: PATH }, html`<h1>${message}</h1><p><a href="${PATH}">${text[lang].title}</a></p>`);
