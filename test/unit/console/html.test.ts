// The console's HTML builder escapes every interpolated value, and JSON blocks can never
// close their script element.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml, html, jsonScript, raw } from '../../../src/http/views/console/html.js';

describe('console html', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['"onmouseover="x', '&quot;onmouseover=&quot;x'],
    ["it's & <b>", 'it&#39;s &amp; &lt;b&gt;'],
  ])('escapes %s', (input, out) => {
    expect(html`<p title="${input}">${input}</p>`.text).toBe(`<p title="${out}">${out}</p>`);
  });

  it('keeps nested html and raw markup, drops undefined and false', () => {
    expect(html`<ul>${['a<', 'b'].map((x) => html`<li>${x}</li>`)}</ul>${undefined}${false}${raw('<br>')}`.text).toBe('<ul><li>a&lt;</li><li>b</li></ul><br>');
  });

  it('property: no interpolated string yields a tag, an attribute break or an entity of its own', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const out = html`<td>${s}</td>`.text.slice(4, -5);
        expect(out).not.toMatch(/[<>"']/);
        expect(out.replace(/&(amp|lt|gt|quot|#39);/g, '')).not.toContain('&');
        expect(escapeHtml(s).length).toBeGreaterThanOrEqual(s.length);
      }),
    );
  });

  it('property: a JSON block holds the data and never the text </script', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const block = jsonScript('d', v).text;
        const inner = block.slice(block.indexOf('>') + 1, block.lastIndexOf('</script>'));
        expect(inner.toLowerCase()).not.toContain('</script');
        expect(JSON.parse(inner)).toEqual(JSON.parse(JSON.stringify(v)));
      }),
    );
  });
});
