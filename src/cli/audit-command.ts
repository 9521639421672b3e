import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { OpenStore } from '../app/ports/store-opener.js';
import { describeBreak, verifyEvidencePack } from '../core/evidence/seal-evidence-pack.js';
import { verifyAuditChain } from '../app/verify-audit-chain.js';
import type { Sha256Hex } from '../core/audit/audit-chain.js';
import { failure } from '../core/errors.js';
import { tenantId } from '../core/model/ids.js';
import type { Command } from './command.js';
import { printFailures } from './print-failures.js';
import { withStore, withoutDbOption } from './store-command-support.js';

export interface AuditDeps {
  readonly openStore: OpenStore;
  readonly sha256Hex: Sha256Hex;
}

const help = `Usage: tact audit verify [--db URL] [--tenant ID]
       tact audit verify --pack FILE.json

With --pack, checks an evidence pack's JSON twin without a database: every section
hash, the pack hash, and the audit segment's hashes and links (docs/evidence.md).

Walks every tenant's audit chain (or one tenant's) from the first event: each event
must carry the hash of the one before it and the SHA-256 of its own canonical JSON,
and the last must match the recorded chain head.

Exit codes: 0 intact (prints the number of events), 1 broken (names the tenant and the
seq of the first broken event), 2 bad option, 3 database fault or not migrated.
`;

export const createAuditCommand = (deps: AuditDeps): Command => ({
  name: 'audit',
  summary: 'Verify the hash-chained audit log (`tact audit verify`).',
  help,
  run: async (args, io) => {
    const rest = [...withoutDbOption(args)];
    const sub = rest.shift();
    const p = rest.indexOf('--pack');
    if (sub === 'verify' && p >= 0) return verifyPack(rest, p, io, deps.sha256Hex);
    let tenant: string | undefined;
    const t = rest.indexOf('--tenant');
    if (t >= 0) {
      tenant = rest[t + 1];
      rest.splice(t, 2);
      if (tenant === undefined || tenant === '') {
        printFailures(io, [failure('TACT_ERR_CLI_BAD_ARGUMENT', { path: '--tenant' })]);
        return 2;
      }
    }
    if (sub !== 'verify' || rest.length > 0) {
      printFailures(io, [failure('TACT_ERR_CLI_BAD_ARGUMENT', { path: sub === 'verify' ? (rest[0] ?? '') : (sub ?? 'verify') })]);
      return 2;
    }
    return withStore(deps.openStore, args, io, async (handle) => {
      await handle.assertMigrated();
      const tenants = tenant === undefined ? await handle.store.listTenantIds() : [tenantId(tenant)];
      let total = 0;
      for (const id of tenants) {
        const verdict = await verifyAuditChain(handle.store, id, deps.sha256Hex);
        if (!verdict.ok) {
          printFailures(io, [
            failure('TACT_ERR_AUDIT_CHAIN_BROKEN', {
              path: `tenant ${id}, seq ${verdict.seq}`,
              message: `The audit chain is broken at event seq ${verdict.seq} of tenant ${id} (${verdict.reason}); ${verdict.count} event(s) before it are intact.`,
            }),
          ]);
          return 1;
        }
        total += verdict.count;
      }
      io.stdout(`audit chain intact: ${total} event(s) in ${tenants.length} tenant(s)\n`);
      return 0;
    });
  },
});

/** `tact audit verify --pack FILE.json`: 0 intact, 1 tampered (each break named), 2 unreadable. */
const verifyPack = (rest: readonly string[], at: number, io: Parameters<Command['run']>[1], sha256: Sha256Hex): 0 | 1 | 2 => {
  const file = rest[at + 1];
  if (file === undefined || rest.length !== 2) {
    printFailures(io, [failure('TACT_ERR_CLI_BAD_ARGUMENT', { path: '--pack' })]);
    return 2;
  }
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(resolve(io.cwd, file), 'utf8'));
  } catch {
    printFailures(io, [failure('TACT_ERR_EVIDENCE_PACK_UNREADABLE', { path: file })]);
    return 2;
  }
  const breaks = verifyEvidencePack(value, sha256);
  if (breaks.length > 0) {
    printFailures(io, breaks.map((b) => failure(b.kind === 'not_a_pack' ? 'TACT_ERR_EVIDENCE_PACK_UNREADABLE' : 'TACT_ERR_EVIDENCE_PACK_TAMPERED', { path: file, message: describeBreak(b) })));
    return breaks[0]?.kind === 'not_a_pack' ? 2 : 1;
  }
  const pack = value as { hashes: { pack: string }; audit: { fromSeq: number; toSeq: number; events: unknown[] } };
  io.stdout(`evidence pack intact: pack sha-256 ${pack.hashes.pack}; audit events ${pack.audit.fromSeq}–${pack.audit.toSeq} (${pack.audit.events.length}) link and hash correctly\n`);
  return 0;
};
