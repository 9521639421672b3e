// The template lint: run when a template is saved, in CI (`tact templates lint`) and by
// the renderer on every message it produces (lintRendered). Every finding is an error:
// a message that might threaten someone or tell a friend about a debt is not sent.
import { debtLexicon } from './debt-lexicon.js';
import { findLinks, isHostAllowed } from './find-links.js';
import { matchLexicon, type LexiconCategory } from './lexicon-pattern.js';
import { findPlaceholders, findStrayBraces, isPlaceholderName, placeholderRegistry } from './placeholders.js';
import type { Audience, Template, TenantMessaging } from './template.js';
import { threatLexicon } from './threat-lexicon.js';

export const lintRules = [
  'empty-body',
  'unknown-placeholder',
  'stray-brace',
  'third-party-placeholder',
  'third-party-debt',
  'third-party-amount',
  'third-party-link',
  'link-not-allowed',
  'threat',
  'shaming',
  'false-legal-claim',
  'hand-signature',
  'hand-footer',
  'hand-code',
  'footer-missing',
] as const;
export type LintRule = (typeof lintRules)[number];

export interface LintFinding {
  readonly rule: LintRule;
  readonly severity: 'error';
  /** [start, end) in UTF-16 units of the text that was checked, and that text. */
  readonly span: { readonly start: number; readonly end: number; readonly text: string };
  readonly message: string;
}

const finding = (rule: LintRule, text: string, start: number, end: number, message: string): LintFinding => ({
  rule,
  severity: 'error',
  span: { start, end, text: text.slice(start, end) },
  message,
});

const ruleFor: Readonly<Record<LexiconCategory, LintRule>> = {
  debt: 'third-party-debt',
  amount: 'third-party-amount',
  threat: 'threat',
  shaming: 'shaming',
  false_legal: 'false-legal-claim',
};

// Words the renderer's own additions never need in a body.
const reservedNames = new Set(['code', 'verificationCode', 'signature', 'footer', 'optOut']);
const handFooters = /回复?\s*(?:TD|T)(?![A-Za-z])\s*(?:即可)?退订?|回复?\s*退订|退订回复?\s*(?:TD|T)(?![A-Za-z])|\b(?:reply|text|send)\s+["']?(?:STOP|END|QUIT|UNSUBSCRIBE)["']?\s+to\b/gi;
const handSignatures = /【[^】]*】|^\s*\[[^\]\n]{1,14}\]/g;
const handCodes = /(?:验证码|核验码|校验码|\bcode)\s*[:：]?\s*[0-9A-Z]{4}-?[0-9A-Z]{4}\b/gi;

/** Content rules shared by templates and rendered messages: lexicons and links. */
export const lintText = (text: string, audience: Audience, tenant: TenantMessaging): readonly LintFinding[] => {
  const lexicon = audience === 'third_party' ? [...debtLexicon, ...threatLexicon] : threatLexicon;
  const words = matchLexicon(text, lexicon).map((m) =>
    finding(ruleFor[m.pattern.category], text, m.start, m.end, `${m.pattern.why} (${m.pattern.id})`),
  );
  const links = findLinks(text).flatMap((l) =>
    audience === 'third_party'
      ? [finding('third-party-link', text, l.start, l.end, 'a message to a third party carries no link at all')]
      : isHostAllowed(l.host, tenant.linkAllowList)
        ? []
        : [finding('link-not-allowed', text, l.start, l.end, "the link's host is not on the tenant's allow-list")],
  );
  return [...words, ...links];
};

/** Every rule that can be checked on the template alone. */
export const lintTemplate = (template: Template, tenant: TenantMessaging): readonly LintFinding[] => {
  const body = template.body;
  if (body.trim() === '') return [finding('empty-body', body, 0, body.length, 'the template has no text')];
  const placeholderFindings = findPlaceholders(body).flatMap((p) => {
    if (!isPlaceholderName(p.name)) {
      const why = reservedNames.has(p.name)
        ? 'the renderer adds the code, signature and footer itself; remove this placeholder'
        : 'unknown placeholder; see the registry in docs/messages.md';
      return [finding('unknown-placeholder', body, p.start, p.end, why)];
    }
    if (template.audience === 'third_party' && !placeholderRegistry[p.name].thirdParty) {
      return [finding('third-party-placeholder', body, p.start, p.end, 'this placeholder would tell a third party about a debt or give a link')];
    }
    return [];
  });
  const strays = findStrayBraces(body).map((b) => finding('stray-brace', body, b.start, b.end, 'a brace that is not part of a {placeholder}'));
  // Placeholders become spaces of the same length: spans stay true, names do not match words.
  const masked = body.replace(/\{[^{}\s]*\}/g, (m) => ' '.repeat(m.length));
  const hand = [
    ...[...masked.matchAll(handSignatures)].map((m) => finding('hand-signature', body, m.index, m.index + m[0].length, 'the renderer adds the signature; remove it from the body')),
    ...[...masked.matchAll(handFooters)].map((m) => finding('hand-footer', body, m.index, m.index + m[0].length, 'the renderer adds the opt-out footer; remove it from the body')),
    ...[...masked.matchAll(handCodes)].map((m) => finding('hand-code', body, m.index, m.index + m[0].length, 'the renderer adds the verification code; remove it from the body')),
  ];
  const content = lintText(masked, template.audience, tenant).map((f) => ({ ...f, span: { ...f.span, text: body.slice(f.span.start, f.span.end) } }));
  return [...placeholderFindings, ...strays, ...hand, ...content].sort((a, b) => a.span.start - b.span.start);
};

/**
 * The rules checked on the finished message: content (values filled in may say what the
 * template did not) and the footer's presence. `checked` is the message with the
 * verification code replaced by a fixed one (random letters could spell a word, "DEBT").
 */
export const lintRendered = (
  rendered: string,
  checked: string,
  audience: Audience,
  footer: string,
  tenant: TenantMessaging,
): readonly LintFinding[] => {
  const missing = rendered.includes(footer) ? [] : [finding('footer-missing', rendered, rendered.length, rendered.length, 'the rendered message has no opt-out footer')];
  return [...lintText(checked, audience, tenant), ...missing];
};
