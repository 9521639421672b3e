// Noto Sans SC, regular and bold, whole TTFs from @expo-google-fonts/noto-sans-sc
// (SIL Open Font License). Read once per process.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { PdfFonts } from './pdfkit-evidence-pdf.js';

let cached: PdfFonts | undefined;

export const notoSansScFonts = (): PdfFonts => {
  if (cached !== undefined) return cached;
  const require = createRequire(import.meta.url);
  const file = (weight: string, name: string): Uint8Array =>
    readFileSync(require.resolve(`@expo-google-fonts/noto-sans-sc/${weight}/NotoSansSC_${name}.ttf`));
  cached = { regular: file('400Regular', '400Regular'), bold: file('700Bold', '700Bold') };
  return cached;
};
