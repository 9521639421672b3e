// The audit hash chain. Each event's hash = SHA-256(prev_hash + canonical JSON of the
// event without its own hash). The first event of a tenant has prev_hash = GENESIS.
// Hashing itself is passed in (core has no crypto); adapters pass node:crypto's SHA-256.
import { canonicalJson } from '../canonical-json.js';

/** prev_hash of a tenant's first event: 64 zeros (hex SHA-256 width). */
export const auditGenesisHash = '0'.repeat(64);

/** An audit event as hashed: every field except `hash`. `at` is epoch ms UTC. */
export interface AuditEventBody {
  readonly tenantId: string;
  readonly seq: number;
  readonly at: number;
  readonly actor: string;
  readonly type: string;
  readonly subject: string;
  /** Never personal data in clear: ids, field names, counts, states. */
  readonly data: unknown;
  readonly prevHash: string;
}

export interface AuditEvent extends AuditEventBody {
  readonly hash: string;
}

export type Sha256Hex = (text: string) => string;

/** The text whose SHA-256 is the event's hash. */
export const auditHashInput = (body: AuditEventBody): string =>
  body.prevHash +
  canonicalJson({
    tenantId: body.tenantId,
    seq: body.seq,
    at: body.at,
    actor: body.actor,
    type: body.type,
    subject: body.subject,
    data: body.data,
    prevHash: body.prevHash,
  });

/**
 * auditHashInput's text for an event whose data is given as its canonical JSON: the
 * event's canonical JSON written around `dataJson` (keys in canonicalJson's order), so
 * the data is canonicalised once. Equal to auditHashInput({ ...body, data:
 * JSON.parse(dataJson) }) for every canonical `dataJson` (test/unit/store/audit-append.test.ts).
 * The store's append (audit-queries.ts) uses it; both texts of the format live here.
 */
export const auditHashInputOf = (body: Omit<AuditEventBody, 'data'>, dataJson: string): string =>
  `${body.prevHash}{"actor":${canonicalJson(body.actor)},"at":${canonicalJson(body.at)},"data":${dataJson},` +
  `"prevHash":${canonicalJson(body.prevHash)},"seq":${canonicalJson(body.seq)},"subject":${canonicalJson(body.subject)},` +
  `"tenantId":${canonicalJson(body.tenantId)},"type":${canonicalJson(body.type)}}`;

export const hashAuditEvent = (body: AuditEventBody, sha256: Sha256Hex): AuditEvent => ({
  ...body,
  hash: sha256(auditHashInput(body)),
});

export type ChainBreak = 'seq_gap' | 'prev_hash_mismatch' | 'hash_mismatch';

export interface ChainCheck {
  readonly hash: string;
  readonly seq: number;
}

/**
 * Checks one event against the previous one (undefined: it must be the first, seq 1).
 * Returns the break found, or undefined when the link holds.
 */
export const checkAuditLink = (
  previous: ChainCheck | undefined,
  event: AuditEvent,
  sha256: Sha256Hex,
): ChainBreak | undefined => {
  const expectedSeq = previous === undefined ? 1 : previous.seq + 1;
  if (event.seq !== expectedSeq) return 'seq_gap';
  const expectedPrev = previous === undefined ? auditGenesisHash : previous.hash;
  if (event.prevHash !== expectedPrev) return 'prev_hash_mismatch';
  if (sha256(auditHashInput(event)) !== event.hash) return 'hash_mismatch';
  return undefined;
};
