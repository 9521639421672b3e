// poppler-utils (pdftotext, pdftoppm) for PDF tests. Absent: tests skip with a printed
// reason, unless TACT_REQUIRE_PDFTOOLS=1 (CI installs poppler-utils and sets it).
import { execFileSync } from 'node:child_process';

const has = (bin: string): boolean => {
  try {
    execFileSync(bin, ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

export const pdfToolsAvailable = has('pdftotext') && has('pdftoppm');

if (!pdfToolsAvailable) {
  if (process.env.TACT_REQUIRE_PDFTOOLS === '1') throw new Error('TACT_REQUIRE_PDFTOOLS=1 but pdftotext/pdftoppm (poppler-utils) are not installed');
  console.warn('PDF text tests skipped: poppler-utils (pdftotext, pdftoppm) not installed; apt-get install -y poppler-utils');
}

/** The text of a PDF file, pages separated by form feeds, layout kept. */
export const pdfText = (file: string): string => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
