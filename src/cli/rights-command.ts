// tact rights access|correct|erase|consent --phone NUMBER … (people's rights, run by a
// compliance user; the same use cases as POST /v1/rights/* and the portal).
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { PdfRenderer } from '../app/ports/pdf-renderer.js';
import type { OpenStore } from '../app/ports/store-opener.js';
import { consentHistory } from '../app/rights/consent-history.js';
import { requestAccess, requestCorrection, requestErasure } from '../app/rights/rights-requests.js';
import { canonicalJson } from '../core/canonical-json.js';
import { failure } from '../core/errors.js';
import { tenantId } from '../core/model/ids.js';
import { parsePhone } from '../core/model/parse-phone.js';
import { parseOptions } from './cli-options.js';
import type { Command } from './command.js';
import { printFailures } from './print-failures.js';
import { withStore, withoutDbOption } from './store-command-support.js';

const help = `Usage: tact rights access  --phone NUMBER --out FILE.pdf [--tenant ID]
       tact rights correct --phone NUMBER [--account ID] [--name NAME] [--new-phone NUMBER] [--tenant ID]
       tact rights erase   --phone NUMBER [--tenant ID]
       tact rights consent --phone NUMBER [--tenant ID]

access: everything held about the number, FILE.pdf for the person and FILE.json.
correct: a wrong name (per account with --account) or a wrong number; audited.
erase: removes the person's data, keeps the ledger pseudonymised as long as the law
requires (stated on the receipt), suppresses the number; prints the receipt.
consent: when the number was listed, confirmed, refused or opted out, and by whom.
Every request gets a reference (R-…) recorded in the audit chain. See docs/evidence.md.

Exit codes: 0 done, 1 nothing held about the number, 2 bad option, 3 database fault.
`;

export interface RightsCommandDeps {
  readonly openStore: OpenStore;
  readonly pdf: () => PdfRenderer;
  readonly now: () => number;
}

const verbs = ['access', 'correct', 'erase', 'consent'] as const;

export const createRightsCommand = (deps: RightsCommandDeps): Command => ({
  name: 'rights',
  summary: "People's rights: access export, correction, erasure, consent history.",
  help,
  run: async (args, io) => {
    const [verb, ...rest] = withoutDbOption(args);
    const parsed = parseOptions(rest, ['--phone', '--out', '--tenant', '--account', '--name', '--new-phone']);
    if (!parsed.ok) return (printFailures(io, [parsed.error]), 2);
    const o = parsed.value.values;
    if (!verbs.includes(verb as never) || parsed.value.positional.length > 0 || !o.has('--phone') || (verb === 'access') !== o.has('--out')) {
      printFailures(io, [failure('TACT_ERR_CLI_BAD_ARGUMENT', { path: !verbs.includes(verb as never) ? (verb ?? 'verb') : !o.has('--phone') ? '--phone' : '--out' })]);
      return 2;
    }
    if (verb === 'correct' && !o.has('--name') && !o.has('--new-phone')) return (printFailures(io, [failure('TACT_ERR_EVIDENCE_NOTHING_TO_CORRECT', { path: '--name' })]), 2);
    return withStore(deps.openStore, args, io, async (handle) => {
      await handle.assertMigrated();
      const store = handle.store;
      const tenants = await store.listTenantIds();
      const t = o.get('--tenant') ?? (tenants.length === 1 ? tenants[0] : undefined);
      if (t === undefined || !tenants.includes(tenantId(t))) return (printFailures(io, [failure('TACT_ERR_CLI_BAD_ARGUMENT', { path: '--tenant' })]), 2);
      const tenant = tenantId(t);
      const region = ((await store.getTenant(tenant))?.defaultRegion ?? 'CN') as never;
      const phone = (flag: string) => {
        const p = parsePhone(o.get(flag) ?? '', region);
        return p.ok ? p.value.e164 : undefined;
      };
      const e164 = phone('--phone');
      if (e164 === undefined) return (printFailures(io, [failure('TACT_ERR_EVIDENCE_BAD_PHONE', { path: '--phone' })]), 2);
      const rd = { store, now: deps.now };
      const none = () => (printFailures(io, [failure('TACT_ERR_EVIDENCE_NOTHING_HELD', { path: '--phone' })]), 1 as const);
      if (verb === 'access') {
        const r = await requestAccess(rd, tenant, e164, 'cli:rights');
        if (!r.ok) return none();
        const pdfPath = resolve(io.cwd, o.get('--out')!);
        const jsonPath = pdfPath.replace(/\.pdf$/, '') + '.json';
        writeFileSync(jsonPath, `${canonicalJson(r.value)}\n`);
        writeFileSync(pdfPath, await deps.pdf().accessPdf(r.value));
        io.stdout(`access export ${r.value.reference}\nwrote ${pdfPath}\nwrote ${jsonPath}\n`);
        return 0;
      }
      if (verb === 'correct') {
        const newPhone = o.has('--new-phone') ? phone('--new-phone') : undefined;
        if (o.has('--new-phone') && newPhone === undefined) return (printFailures(io, [failure('TACT_ERR_EVIDENCE_BAD_PHONE', { path: '--new-phone' })]), 2);
        const r = await requestCorrection(rd, tenant, {
          phoneE164: e164, ...(o.has('--account') ? { accountId: o.get('--account')! } : {}),
          ...(o.has('--name') ? { name: o.get('--name')! } : {}), ...(newPhone === undefined ? {} : { newPhoneE164: newPhone }),
        }, 'cli:rights');
        if (!r.ok && r.error === 'phone_taken') return (printFailures(io, [failure('TACT_ERR_EVIDENCE_PHONE_TAKEN', { path: '--new-phone' })]), 2);
        if (!r.ok) return none();
        io.stdout(`corrected ${r.value.fields.join(', ')}; reference ${r.value.reference}\n`);
        return 0;
      }
      if (verb === 'erase') {
        const r = await requestErasure(rd, tenant, e164, 'cli:rights');
        if (!r.ok) return none();
        io.stdout(`${JSON.stringify(r.value, null, 2)}\n`);
        return 0;
      }
      const person = await store.findPersonByPhone(tenant, e164);
      const history = person === undefined ? undefined : await consentHistory(store, tenant, person.id);
      if (history === undefined) return none();
      for (const h of history) io.stdout(`${h.at}  ${h.event.padEnd(12)} ${(h.accountId ?? 'all').padEnd(38)} by ${h.by}${h.detail === null ? '' : `  ${h.detail}`}\n`);
      return 0;
    });
  },
});
