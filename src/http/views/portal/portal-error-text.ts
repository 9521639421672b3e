// What the portal form says when a submission is refused, in the page's language.
import type { ErrorCode } from '../../../core/errors.js';
import type { PortalLang } from './portal-text.js';

type PortalError = Extract<ErrorCode, 'TACT_ERR_HTTP_CSRF' | 'TACT_ERR_COMPLAINT_SCREENSHOT_TOO_LARGE' | 'TACT_ERR_COMPLAINT_SCREENSHOT_TYPE' | 'TACT_ERR_COMPLAINT_BAD_INPUT' | 'TACT_ERR_COMPLAINT_BAD_CODE'>;

const texts: Readonly<Record<PortalLang, Readonly<Record<PortalError, string>>>> = {
  'zh-CN': {
    TACT_ERR_HTTP_CSRF: '页面已过期，请刷新后重新提交。',
    TACT_ERR_COMPLAINT_SCREENSHOT_TOO_LARGE: '截图最多 3 张，每张不超过 2 MB。',
    TACT_ERR_COMPLAINT_SCREENSHOT_TYPE: '截图只支持 PNG、JPEG 或 WebP 格式。',
    TACT_ERR_COMPLAINT_BAD_INPUT: '请选择投诉类型（描述不超过 5000 字）。',
    TACT_ERR_COMPLAINT_BAD_CODE: '无法识别该验证码，请按短信中的验证码填写，或拨打短信中的客服电话。',
  },
  en: {
    TACT_ERR_HTTP_CSRF: 'This page expired. Reload it and submit again.',
    TACT_ERR_COMPLAINT_SCREENSHOT_TOO_LARGE: 'Send at most 3 screenshots of at most 2 MB each.',
    TACT_ERR_COMPLAINT_SCREENSHOT_TYPE: 'Screenshots must be PNG, JPEG or WebP images.',
    TACT_ERR_COMPLAINT_BAD_INPUT: 'Choose what the complaint is about (details up to 5000 characters).',
    TACT_ERR_COMPLAINT_BAD_CODE: 'We do not know this code. Type it as the message shows it, or call the number in the message.',
  },
};

export const portalErrorText = (lang: PortalLang, code: PortalError): string => `${texts[lang][code]} (${code})`;
