import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { errorAreas, errorRegistry, retiredErrorCodes } from '../../src/core/errors.js';
import { renderErrorsDoc } from '../support/render-errors-doc.js';

describe('error registry', () => {
  it('docs/errors.md matches the registry (run `npm run docs:errors` after changing a code)', () => {
    const doc = readFileSync(new URL('../../docs/errors.md', import.meta.url), 'utf8');
    expect(doc).toBe(renderErrorsDoc());
  });

  it('every code documented in docs/errors.md is registered, and every registered code is documented', () => {
    const doc = readFileSync(new URL('../../docs/errors.md', import.meta.url), 'utf8');
    const documented = new Set([...doc.matchAll(/^\| `(TACT_ERR_[A-Z0-9_]+)`/gm)].map((m) => m[1]));
    expect(documented).toEqual(new Set(Object.keys(errorRegistry)));
  });

  it('no code is registered in two areas, and each sits in the area its name says', () => {
    let total = 0;
    for (const [area, table] of Object.entries(errorAreas)) {
      for (const code of Object.keys(table)) {
        expect(code).toMatch(new RegExp(`^TACT_ERR_${area}_[A-Z0-9]+(_[A-Z0-9]+)*$`));
        total += 1;
      }
    }
    expect(Object.keys(errorRegistry)).toHaveLength(total);
  });

  it('retired codes are never reused', () => {
    for (const code of retiredErrorCodes) expect(Object.keys(errorRegistry)).not.toContain(code);
  });

  it('every entry says what went wrong and what to do', () => {
    for (const [code, spec] of Object.entries(errorRegistry)) {
      expect(spec.message.length, code).toBeGreaterThan(10);
      expect(spec.hint.length, code).toBeGreaterThan(10);
    }
  });
});
