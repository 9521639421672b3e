import { errorAreas, retiredErrorCodes } from '../../src/core/errors.js';

const cell = (s: string): string => s.replaceAll('|', '\\|');

/** docs/errors.md, rendered from the registry. */
export const renderErrorsDoc = (): string => {
  const out: string[] = [
    '# Error codes',
    '',
    'Every error Tact reports carries a stable code `TACT_ERR_<AREA>_<CONDITION>`, the field,',
    'column or line it concerns, and what to do. Codes are never reused: a withdrawn code is',
    'listed under "Retired". Policy *reason codes* (`POLICY_*`) are not errors; they explain',
    'decisions and are documented in [decide.md](decide.md).',
    '',
    'This file is generated from `src/core/errors.ts` by `npm run docs:errors`;',
    'a test fails when the two disagree.',
    '',
  ];
  for (const [area, table] of Object.entries(errorAreas)) {
    const entries = Object.entries(table);
    if (entries.length === 0) continue;
    out.push(`## ${area}`, '', '| code | meaning | what to do | retryable |', '|---|---|---|---|');
    for (const [code, spec] of entries) {
      out.push(`| \`${code}\` | ${cell(spec.message)} | ${cell(spec.hint)} | ${spec.retryable ? 'yes' : 'no'} |`);
    }
    out.push('');
  }
  out.push('## Retired', '', retiredErrorCodes.length === 0 ? 'None yet.' : retiredErrorCodes.map((c) => `- \`${c}\``).join('\n'), '');
  return out.join('\n');
};
