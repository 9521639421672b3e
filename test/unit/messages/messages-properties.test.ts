import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyReply, replyKinds } from '../../../src/core/messages/classify-reply.js';
import { lintTemplate } from '../../../src/core/messages/lint-template.js';
import { placeholderNames } from '../../../src/core/messages/placeholders.js';
import { renderMessage } from '../../../src/core/messages/render-message.js';
import { audiences, messageLocales, type Template } from '../../../src/core/messages/template.js';
import { tenantFor, varsFor } from './fixtures.js';

const piece = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(...placeholderNames.map((p) => `{${p}}`), '{code}', '{', '}', '欠款', 'debt', '后果自负', 'pay.acme.example.com', '【x】', '🙂', '€'),
);
const templateArb = fc.record({
  body: fc.array(piece, { maxLength: 12 }).map((parts) => parts.join('')),
  audience: fc.constantFrom(...audiences),
  locale: fc.constantFrom(...messageLocales),
});

describe('messages: properties', () => {
  it('any template: lint and render never throw; a rendered message has signature, code and footer, and was lint-clean', () => {
    fc.assert(
      fc.property(templateArb, ({ body, audience, locale }) => {
        const t: Template = { id: 'p', key: 'p', audience, channel: 'sms', locale, body, version: 1 };
        const tenant = tenantFor(locale);
        const findings = lintTemplate(t, tenant);
        for (const f of findings) expect(body.slice(f.span.start, f.span.end)).toBe(f.span.text);
        const r = renderMessage(t, varsFor(locale), tenant, 'K7M29QXD');
        if (!r.ok) return;
        expect(findings).toEqual([]);
        expect(r.value.text.startsWith(locale === 'zh-CN' ? '【' : `${audience === 'borrower' ? tenant.brand : tenant.thirdPartyBrand}: `)).toBe(true);
        expect(r.value.text).toContain('K7M2-9QXD');
        expect(r.value.text.endsWith(locale === 'zh-CN' ? '回T退订' : 'Reply STOP to opt out')).toBe(true);
        expect(r.value.costMinor).toBe(r.value.segments * tenant.pricePerSegmentMinor);
      }),
      { numRuns: 500 },
    );
  });

  it('any reply classifies without throwing; STOP as the first word always opts out', () => {
    fc.assert(
      fc.property(fc.string(), fc.boolean(), fc.string(), (text, awaitingConsent, tail) => {
        expect(replyKinds).toContain(classifyReply(text, { awaitingConsent }).kind);
        expect(classifyReply(`stop ${tail}`, { awaitingConsent }).kind).toBe('opt_out');
      }),
    );
  });
});
