// Hashes of an evidence pack and their check. pack hash = SHA-256 of the canonical JSON
// of the pack without `hashes`; each section's hash = SHA-256 of its canonical JSON.
// The audit segment is checked link by link as `tact audit verify` checks the chain.
import { auditHashInput, type Sha256Hex } from '../audit/audit-chain.js';
import { canonicalJson } from '../canonical-json.js';
import { packSections, type EvidencePack, type EvidencePackBody, type PackSection } from './evidence-pack.js';

export const sealEvidencePack = (body: EvidencePackBody, sha256: Sha256Hex): EvidencePack => {
  const sections = {} as Record<PackSection, string>;
  for (const s of packSections) sections[s] = sha256(canonicalJson(body[s]));
  return { ...body, hashes: { sections, pack: sha256(canonicalJson(body)) } };
};

export type PackBreak =
  | { readonly kind: 'not_a_pack'; readonly detail: string }
  | { readonly kind: 'section_hash'; readonly section: PackSection }
  | { readonly kind: 'pack_hash' }
  | { readonly kind: 'audit_hash'; readonly seq: number }
  | { readonly kind: 'audit_link'; readonly seq: number }
  | { readonly kind: 'audit_seq_gap'; readonly seq: number };

export const describeBreak = (b: PackBreak): string => {
  switch (b.kind) {
    case 'not_a_pack': return `not an evidence pack: ${b.detail}`;
    case 'section_hash': return `section "${b.section}" does not match its hash (edited)`;
    case 'pack_hash': return 'the pack hash does not match the pack (edited)';
    case 'audit_hash': return `audit event seq ${b.seq} does not match its hash (edited)`;
    case 'audit_link': return `audit event seq ${b.seq} does not link to the event before it (removed or inserted)`;
    case 'audit_seq_gap': return `audit events are missing before seq ${b.seq} (removed)`;
  }
};

const bodyOf = (pack: EvidencePack): EvidencePackBody => {
  const { hashes: _, ...body } = pack;
  return body;
};

/** Every break found, in order: sections, pack, then the audit segment. Empty: intact. */
export const verifyEvidencePack = (value: unknown, sha256: Sha256Hex): PackBreak[] => {
  const pack = value as EvidencePack;
  if (typeof value !== 'object' || value === null || (pack.format as string) !== 'tact-evidence/1') {
    return [{ kind: 'not_a_pack', detail: 'format is not tact-evidence/1' }];
  }
  if (typeof pack.hashes !== 'object' || pack.hashes === null || !Array.isArray(pack.audit?.events)) {
    return [{ kind: 'not_a_pack', detail: 'hashes or audit segment missing' }];
  }
  const breaks: PackBreak[] = [];
  for (const s of packSections) {
    if (sha256(canonicalJson(pack[s] ?? null)) !== pack.hashes.sections?.[s]) breaks.push({ kind: 'section_hash', section: s });
  }
  if (sha256(canonicalJson(bodyOf(pack))) !== pack.hashes.pack) breaks.push({ kind: 'pack_hash' });
  let previous: { seq: number; hash: string } | undefined;
  for (const e of pack.audit.events) {
    if (previous !== undefined && e.seq !== previous.seq + 1) breaks.push({ kind: 'audit_seq_gap', seq: e.seq });
    else if (previous !== undefined && e.prevHash !== previous.hash) breaks.push({ kind: 'audit_link', seq: e.seq });
    if (!('omitted' in e)) {
      const input = auditHashInput({ tenantId: pack.tenant.id, seq: e.seq, at: e.at, actor: e.actor, type: e.type, subject: e.subject, data: e.data, prevHash: e.prevHash });
      if (sha256(input) !== e.hash) breaks.push({ kind: 'audit_hash', seq: e.seq });
    }
    previous = { seq: e.seq, hash: e.hash };
  }
  return breaks;
};
