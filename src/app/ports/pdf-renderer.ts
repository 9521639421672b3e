// Renders documents for people (evidence packs, access exports) as PDF. The adapter
// (src/adapters/pdf) embeds a CJK font so Chinese text renders; use cases only hand
// over data.
import type { EvidencePack } from '../../core/evidence/evidence-pack.js';
import type { AccessDocument } from '../rights/access-document.js';

export interface PdfRenderer {
  evidencePdf(pack: EvidencePack): Promise<Uint8Array>;
  accessPdf(doc: AccessDocument): Promise<Uint8Array>;
}
