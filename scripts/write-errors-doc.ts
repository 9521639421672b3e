// Writes docs/errors.md from the registry. A test fails when the two differ.
import { writeFileSync } from 'node:fs';
import { renderErrorsDoc } from '../test/support/render-errors-doc.js';

writeFileSync(new URL('../docs/errors.md', import.meta.url), renderErrorsDoc());
console.log('docs/errors.md written');
