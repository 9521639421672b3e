import { describe, expect, it } from 'vitest';
import { debtLexicon } from '../../../src/core/messages/debt-lexicon.js';
import { defaultTemplates, findDefaultTemplate } from '../../../src/core/messages/default-templates.js';
import { lintTemplate } from '../../../src/core/messages/lint-template.js';
import { matchLexicon } from '../../../src/core/messages/lexicon-pattern.js';
import { renderMessage } from '../../../src/core/messages/render-message.js';
import { messageLocales } from '../../../src/core/messages/template.js';
import { tenantFor, varsFor } from './fixtures.js';

const requiredKeys = [
  ['reminder.predue', 'borrower'],
  ['reminder.dpd1', 'borrower'],
  ['reminder.dpd3', 'borrower'],
  ['reminder.dpd7', 'borrower'],
  ['reminder.dpd15', 'borrower'],
  ['reminder.dpd30', 'borrower'],
  ['reminder.dpd60', 'borrower'],
  ['plan.offer', 'borrower'],
  ['plan.confirmation', 'borrower'],
  ['consent.request', 'third_party'],
  ['contact.location', 'third_party'],
  ['optout.confirmation', 'borrower'],
  ['optout.confirmation', 'third_party'],
  ['help.reply', 'borrower'],
  ['help.reply', 'third_party'],
] as const;

describe('the default template set', () => {
  it.each(messageLocales.flatMap((l) => requiredKeys.map(([k, a]) => [l, k, a] as const)))('%s has %s for %s', (locale, key, audience) => {
    expect(findDefaultTemplate(key, audience, locale)).toBeDefined();
  });

  it('ids are unique', () => {
    expect(new Set(defaultTemplates.map((t) => t.id)).size).toBe(defaultTemplates.length);
  });

  it.each(defaultTemplates.map((t) => [t.id, t] as const))('%s passes the lint and renders with a footer', (_, t) => {
    const tenant = tenantFor(t.locale);
    expect(lintTemplate(t, tenant)).toEqual([]);
    const r = renderMessage(t, varsFor(t.locale), tenant, 'K7M29QXD');
    expect(r.ok ? [] : r.error).toEqual([]);
    if (!r.ok) return;
    expect(r.value.text).toContain(t.locale === 'zh-CN' ? '回T退订' : 'Reply STOP to opt out');
    expect(r.value.text).toContain('K7M2-9QXD');
    expect(r.value.segments).toBeLessThanOrEqual(3);
  });

  it('contact messages would pass the debt check even as borrower messages: no debt word at all', () => {
    for (const t of defaultTemplates.filter((x) => x.audience === 'third_party')) {
      expect(matchLexicon(t.body, debtLexicon), t.id).toEqual([]);
    }
  });

  it('the consent request says how to agree and how to refuse; the location message asks only for a call back', () => {
    expect(findDefaultTemplate('consent.request', 'third_party', 'zh-CN')?.body).toMatch(/回Y.*回N/);
    expect(findDefaultTemplate('consent.request', 'third_party', 'en')?.body).toMatch(/reply Y .* N /);
    expect(findDefaultTemplate('contact.location', 'third_party', 'zh-CN')?.body).toContain('回个电话');
    expect(findDefaultTemplate('contact.location', 'third_party', 'en')?.body).toContain('call us back');
  });
});
