import { describe, expect, it } from 'vitest';
import { nodeSha256Hex } from '../../../src/adapters/system/node-sha256.js';
import {
  auditGenesisHash,
  checkAuditLink,
  hashAuditEvent,
  type AuditEvent,
} from '../../../src/core/audit/audit-chain.js';

const chain = (n: number): AuditEvent[] => {
  const out: AuditEvent[] = [];
  for (let seq = 1; seq <= n; seq += 1) {
    out.push(
      hashAuditEvent(
        { tenantId: 't', seq, at: 1_700_000_000_000 + seq, actor: 'a', type: 'x', subject: `s${seq}`, data: { seq }, prevHash: out.at(-1)?.hash ?? auditGenesisHash },
        nodeSha256Hex,
      ),
    );
  }
  return out;
};

describe('audit chain', () => {
  it('hash = SHA-256(prev_hash + canonical JSON of the event), a known vector', () => {
    const e = hashAuditEvent(
      { tenantId: 't', seq: 1, at: 0, actor: 'a', type: 'x', subject: 's', data: { b: 1, a: 2 }, prevHash: auditGenesisHash },
      nodeSha256Hex,
    );
    const input = `${auditGenesisHash}{"actor":"a","at":0,"data":{"a":2,"b":1},"prevHash":"${auditGenesisHash}","seq":1,"subject":"s","tenantId":"t","type":"x"}`;
    expect(e.hash).toBe(nodeSha256Hex(input));
  });

  it('a valid chain links; every kind of edit is caught', () => {
    const c = chain(3);
    let prev: { seq: number; hash: string } | undefined;
    for (const e of c) {
      expect(checkAuditLink(prev, e, nodeSha256Hex)).toBeUndefined();
      prev = e;
    }
    const [e1, e2, e3] = c as [AuditEvent, AuditEvent, AuditEvent];
    expect(checkAuditLink(e1, { ...e2, data: { seq: 9 } }, nodeSha256Hex)).toBe('hash_mismatch');
    expect(checkAuditLink(e1, { ...e2, actor: 'b' }, nodeSha256Hex)).toBe('hash_mismatch');
    expect(checkAuditLink(e1, e3, nodeSha256Hex)).toBe('seq_gap');
    expect(checkAuditLink(e2, { ...e3, prevHash: e1.hash }, nodeSha256Hex)).toBe('prev_hash_mismatch');
    expect(checkAuditLink(undefined, e2, nodeSha256Hex)).toBe('seq_gap');
  });
});
