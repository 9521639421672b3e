// tact evidence --account ID | --phone NUMBER --out FILE.pdf [--tenant ID] [--db URL]
// Writes the evidence pack as PDF and its JSON twin (FILE.json, canonical JSON).
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { makeEvidencePack } from '../app/evidence/make-evidence-pack.js';
import type { PdfRenderer } from '../app/ports/pdf-renderer.js';
import type { OpenStore } from '../app/ports/store-opener.js';
import type { Sha256Hex } from '../core/audit/audit-chain.js';
import { canonicalJson } from '../core/canonical-json.js';
import { failure } from '../core/errors.js';
import { accountId, tenantId } from '../core/model/ids.js';
import { parsePhone } from '../core/model/parse-phone.js';
import { parseOptions } from './cli-options.js';
import type { Command } from './command.js';
import { printFailures } from './print-failures.js';
import { withStore, withoutDbOption } from './store-command-support.js';

export interface EvidenceCommandDeps {
  readonly openStore: OpenStore;
  readonly sha256Hex: Sha256Hex;
  readonly pdf: () => PdfRenderer;
  readonly now: () => number;
}

const help = `Usage: tact evidence (--account ID | --phone NUMBER) --out FILE.pdf [--tenant ID] [--db URL]

Writes the evidence pack about one account (all its people) or one number (all its
accounts): every message and attempt with its decision, local times and counters, the
texts and receipts, inbound replies and their effects, complaints, suppressions, and the
audit-chain segment with hashes. FILE.pdf for people, FILE.json (canonical JSON) for
machines; the pack hash is printed, shown in the PDF footer and recorded in the audit
chain. Check a pack with \`tact audit verify --pack FILE.json\`. See docs/evidence.md.

--tenant is needed when the database holds more than one tenant.
Exit codes: 0 written, 1 nothing held about the subject, 2 bad option, 3 database fault.
`;

export const createEvidenceCommand = (deps: EvidenceCommandDeps): Command => ({
  name: 'evidence',
  summary: 'Write an evidence pack (PDF + JSON) for one account or number.',
  help,
  run: async (args, io) => {
    const parsed = parseOptions(withoutDbOption(args), ['--account', '--phone', '--out', '--tenant']);
    if (!parsed.ok) return (printFailures(io, [parsed.error]), 2);
    const o = parsed.value.values;
    const out = o.get('--out');
    if (parsed.value.positional.length > 0 || out === undefined || !out.endsWith('.pdf') || (o.has('--account') === o.has('--phone'))) {
      printFailures(io, [failure('TACT_ERR_CLI_BAD_ARGUMENT', { path: out === undefined || !out.endsWith('.pdf') ? '--out' : '--account/--phone' })]);
      return 2;
    }
    return withStore(deps.openStore, args, io, async (handle) => {
      await handle.assertMigrated();
      const store = handle.store;
      const tenants = await store.listTenantIds();
      const t = o.get('--tenant') ?? (tenants.length === 1 ? tenants[0] : undefined);
      if (t === undefined || !tenants.includes(tenantId(t))) return (printFailures(io, [failure('TACT_ERR_CLI_BAD_ARGUMENT', { path: '--tenant' })]), 2);
      const tenant = tenantId(t);
      let query;
      const phone = o.get('--phone');
      if (phone !== undefined) {
        const region = (await store.getTenant(tenant))?.defaultRegion ?? 'CN';
        const p = parsePhone(phone, region as never);
        if (!p.ok) return (printFailures(io, [failure('TACT_ERR_EVIDENCE_BAD_PHONE', { path: '--phone' })]), 2);
        query = { kind: 'phone' as const, phoneE164: p.value.e164 };
      } else query = { kind: 'account' as const, accountId: accountId(o.get('--account')!) };
      const pack = await makeEvidencePack({ store, now: deps.now, sha256Hex: deps.sha256Hex }, tenant, query, 'cli:evidence');
      if (pack === undefined) return (printFailures(io, [failure('TACT_ERR_EVIDENCE_NOTHING_HELD', { path: query.kind === 'phone' ? '--phone' : '--account' })]), 1);
      const pdfPath = resolve(io.cwd, out);
      const jsonPath = pdfPath.replace(/\.pdf$/, '.json');
      writeFileSync(jsonPath, `${canonicalJson(pack)}\n`);
      writeFileSync(pdfPath, await deps.pdf().evidencePdf(pack));
      io.stdout(`evidence pack: ${pack.messages.length} message(s), ${pack.inbound.length} inbound, ${pack.complaints.length} complaint(s), audit ${pack.audit.fromSeq}–${pack.audit.toSeq}\n` +
        `pack sha-256 ${pack.hashes.pack}\nwrote ${pdfPath}\nwrote ${jsonPath}\n`);
      return 0;
    });
  },
});
