// The store's sub-commands with their adapters wired in (main/ is the only place that
// imports adapters).
import { createAuditCommand } from '../cli/audit-command.js';
import type { Command } from '../cli/command.js';
import { createMigrateCommand } from '../cli/migrate-command.js';
import { nodeSha256Hex } from '../adapters/system/node-sha256.js';
import { notoSansScFonts } from '../adapters/pdf/noto-sans-sc-fonts.js';
import { createPdfkitRenderer } from '../adapters/pdf/pdfkit-renderer.js';
import { createEvidenceCommand } from '../cli/evidence-command.js';
import { createRetentionCommand } from '../cli/retention-command.js';
import { createRightsCommand } from '../cli/rights-command.js';
import { openStore } from './open-store.js';

/** Fonts are read on first use: commands that make no PDF never load 20 MB of TTF. */
export const pdfRenderer = () => createPdfkitRenderer(notoSansScFonts());

export const storeCommands: readonly Command[] = [
  createMigrateCommand({ openStore }),
  createAuditCommand({ openStore, sha256Hex: nodeSha256Hex }),
  createEvidenceCommand({ openStore, sha256Hex: nodeSha256Hex, pdf: pdfRenderer, now: Date.now }),
  createRightsCommand({ openStore, pdf: pdfRenderer, now: Date.now }),
  createRetentionCommand({ openStore, now: Date.now }),
];
