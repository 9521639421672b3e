// The page frame: language, stylesheet (/p/assets/portal.css, no inline style or
// script), a language switch, the content, a footer. Returns the finished HTML text.
import { esc, html, type SafeHtml } from './html.js';
import { say, type PortalLang } from './portal-text.js';

export interface PageOptions {
  readonly lang: PortalLang;
  readonly title: string;
  /** Path of this page without query, for the language switch link. */
  readonly path: string;
  readonly signedIn?: SafeHtml;
}

export const page = (o: PageOptions, body: SafeHtml): string => {
  const other: PortalLang = o.lang === 'en' ? 'zh-CN' : 'en';
  return `<!doctype html>\n${html`<html lang="${o.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${o.title} · ${say(o.lang, 'siteName')}</title>
<link rel="stylesheet" href="/p/assets/portal.css">
</head>
<body>
<header><a class="home" href="/">${say(o.lang, 'siteName')}</a><nav class="lang">${o.signedIn}<a href="${o.path}?lang=${other}" hreflang="${other}" lang="${other}">${say(o.lang, 'langOther')}</a></nav></header>
<main>
${body}
</main>
<footer><a href="/p/help">${say(o.lang, 'helpLink')}</a></footer>
</body>
</html>`.safe}`;
};

/** A hidden CSRF field. */
export const csrfField = (field: string, token: string): SafeHtml => ({ safe: `<input type="hidden" name="${esc(field)}" value="${esc(token)}">` });
