import type { OpenStore } from '../app/ports/store-opener.js';
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
