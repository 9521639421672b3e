// Finds links in message text: http(s) URLs, www. addresses and bare host names with a
// common top-level domain (pay.example.cn, t.cn/abc). Chinese text runs straight into a
// host name ("请登录pay.example.cn查看"), so a URL is made of ASCII characters only.
// An e-mail address counts as a link to its domain.

export interface FoundLink {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Lower-case host name, without port. */
  readonly host: string;
}

const urlChars = "[A-Za-z0-9\\-._~:/?#@!$&'*+=%]";
const tlds = 'com|cn|net|org|io|co|app|me|info|top|xyz|vip|cc|ly|link|site|online|shop|ai|us|uk|hk|tw|mo|sg|biz|gov|edu|club|tech|store|ltd|wang|ink|pro|tv|gl|gd|so|to|la';
const linkPattern = new RegExp(
  `(?:https?://|www\\.)${urlChars}+|\\b[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.(?:${tlds})\\b(?:[/?#]${urlChars}*)?`,
  'gi',
);

const hostOf = (link: string): string =>
  link
    .replace(/^https?:\/\//i, '')
    .replace(/^[^/?#]*@/, '')
    .split(/[/?#:]/)[0]!
    .toLowerCase();

export const findLinks = (text: string): readonly FoundLink[] =>
  [...text.matchAll(linkPattern)].map((m) => {
    const raw = m[0].replace(/[.,;:!?'*]+$/, ''); // sentence punctuation is not part of a URL
    return { start: m.index, end: m.index + raw.length, text: raw, host: hostOf(raw) };
  });

/** `pay.example.cn` allows exactly that host; `*.example.cn` any subdomain of it. */
export const isHostAllowed = (host: string, allowList: readonly string[]): boolean =>
  allowList.some((entry) => {
    const e = entry.toLowerCase();
    return e.startsWith('*.') ? host.endsWith(e.slice(1)) : host === e;
  });
