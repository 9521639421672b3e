// PdfRenderer on pdfkit with Noto Sans SC (src/main loads the TTFs once).
import type { PdfRenderer } from '../../app/ports/pdf-renderer.js';
import { renderAccessPdf } from './pdfkit-access-pdf.js';
import { renderEvidencePdf, type PdfFonts } from './pdfkit-evidence-pdf.js';

export const createPdfkitRenderer = (fonts: PdfFonts): PdfRenderer => ({
  evidencePdf: (pack) => renderEvidencePdf(fonts, pack),
  accessPdf: (doc) => renderAccessPdf(fonts, doc),
});
