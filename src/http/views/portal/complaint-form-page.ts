// The portal complaint form (zh-CN by default, en with ?lang=en): plain HTML that works
// without JavaScript, posted as multipart/form-data with up to 3 screenshots.
import { complaintCategories, type ComplaintCategory } from '../../../core/complaints/complaint-model.js';
import { screenshotLimits } from '../../../core/complaints/screenshot-type.js';
import { esc } from '../html.js';

export type PortalLang = 'zh-CN' | 'en';

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
    thanks: '我们已收到您的投诉', ref: '投诉编号', ackBy: '我们将在此时间前确认受理', protect: '在核查期间，我们已按规定暂停相关联系。',
  },
  en: {
    title: 'File a complaint', code: 'Code from the message', category: 'What is the complaint about?', details: 'Tell us what happened (optional)',
    shots: `Screenshots (optional, up to ${screenshotLimits.maxFiles}, PNG/JPEG/WebP, 2 MB each)`, submit: 'Submit',
    thanks: 'We received your complaint', ref: 'Reference', ackBy: 'We will acknowledge it by', protect: 'While we review it, the contact the rules require us to stop has been stopped.',
  },
} as const;

export const portalText = (lang: PortalLang): (typeof text)[PortalLang] => text[lang];

const page = (lang: PortalLang, title: string, body: string): string =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(title)}</title></head><body><main>${body}</main></body></html>`;

export interface FormState {
  readonly lang: PortalLang;
  readonly code: string;
  readonly csrf: string;
  readonly category?: string;
  readonly details?: string;
  /** Already localised, no personal data. */
  readonly error?: string;
}

export const complaintFormPage = (s: FormState): string => {
  const t = text[s.lang];
  const options = complaintCategories
    .map((c) => `<label><input type="radio" name="category" value="${c}" required${s.category === c ? ' checked' : ''}> ${esc(labels[s.lang][c])}</label><br>`)
    .join('');
  const other = s.lang === 'en' ? '<a href="?lang=zh-CN">中文</a>' : '<a href="?lang=en">English</a>';
  return page(s.lang, t.title, `
<h1>${esc(t.title)}</h1>
<p>${other.replace('?lang=', `?code=${encodeURIComponent(s.code)}&amp;lang=`)}</p>
${s.error === undefined ? '' : `<p role="alert">${esc(s.error)}</p>`}
<form method="post" action="/p/complaints" enctype="multipart/form-data">
<input type="hidden" name="csrf" value="${esc(s.csrf)}">
<input type="hidden" name="lang" value="${s.lang}">
<p><label>${esc(t.code)}<br><input name="code" value="${esc(s.code)}" required maxlength="64" autocomplete="off"></label></p>
<fieldset><legend>${esc(t.category)}</legend>${options}</fieldset>
<p><label>${esc(t.details)}<br><textarea name="details" rows="6" cols="40" maxlength="5000">${esc(s.details ?? '')}</textarea></label></p>
<p><label>${esc(t.shots)}<br><input type="file" name="screenshots" accept="image/png,image/jpeg,image/webp" multiple></label></p>
<p><button type="submit">${esc(t.submit)}</button></p>
</form>`);
};

export const complaintThanksPage = (lang: PortalLang, ref: string, ackBy: string, protectedNow: boolean): string => {
  const t = text[lang];
  return page(lang, t.thanks, `<h1>${esc(t.thanks)}</h1><p>${esc(t.ref)}: <strong>${esc(ref)}</strong></p><p>${esc(t.ackBy)}: ${esc(ackBy)}</p>${protectedNow ? `<p>${esc(t.protect)}</p>` : ''}`);
};

export const portalErrorPage = (lang: PortalLang, message: string): string => page(lang, message, `<h1>${esc(message)}</h1>`);
