// Use case: the evidence pack for one account or one number. Reads the store, walks the
// tenant's audit chain for the segment, builds and seals the pack, and records its hash
// in the chain (`evidence.generated`), so a pack shown later can be matched to the one made.
import type { AuditEvent, Sha256Hex } from '../../core/audit/audit-chain.js';
import type { EvidencePack } from '../../core/evidence/evidence-pack.js';
import { maskPhone } from '../../core/evidence/mask.js';
import { sealEvidencePack } from '../../core/evidence/seal-evidence-pack.js';
import type { TenantId } from '../../core/model/ids.js';
import { compilePolicy } from '../../core/policy/compile-policy.js';
import type { EvidenceQuery } from '../ports/evidence-store.js';
import type { Store } from '../ports/store.js';
import { buildEvidencePack } from './build-evidence-pack.js';

export interface EvidenceDeps {
  readonly store: Store;
  readonly now: () => number;
  readonly sha256Hex: Sha256Hex;
}

export const makeEvidencePack = async (
  deps: EvidenceDeps,
  tenant: TenantId,
  query: EvidenceQuery,
  actor: string,
): Promise<EvidencePack | undefined> => {
  const source = await deps.store.evidenceSource(tenant, query);
  if (source === undefined) return undefined;
  const compiled = compilePolicy(source.tenant.pack);
  if (!compiled.ok) throw new Error(`pack ${source.tenant.pack} does not compile`);
  const head = await deps.store.auditHead(tenant);
  const audit: AuditEvent[] = [];
  // The whole chain up to the head read above: events appended meanwhile are not in this pack.
  for await (const e of deps.store.iterateAudit(tenant)) {
    if (head !== undefined && e.seq > head.seq) break;
    audit.push(e);
  }
  const label = query.kind === 'account'
    ? `account ${source.accounts[0]?.externalId ?? query.accountId}`
    : `number ${maskPhone(query.phoneE164)}`;
  const body = buildEvidencePack({
    source, subject: { kind: query.kind, label }, audit, head, policy: compiled.value,
    sha256: deps.sha256Hex, generatedAt: deps.now(), generatedBy: actor,
  });
  const pack = sealEvidencePack(body, deps.sha256Hex);
  await deps.store.appendAudit(tenant, {
    actor, type: 'evidence.generated', subject: query.kind === 'account' ? `account:${query.accountId}` : 'evidence:phone',
    data: { packHash: pack.hashes.pack, messages: pack.messages.length, auditFrom: pack.audit.fromSeq, auditTo: pack.audit.toSeq },
  });
  return pack;
};
