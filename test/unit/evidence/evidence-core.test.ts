// Pure parts of evidence packs and retention: masks, pack hashes and their check, the
// audit segment, retention periods. Table-driven cases plus fast-check properties.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditSegment } from '../../../src/app/evidence/audit-segment.js';
import { nodeSha256Hex } from '../../../src/adapters/system/node-sha256.js';
import { auditGenesisHash, hashAuditEvent, type AuditEvent } from '../../../src/core/audit/audit-chain.js';
import { EVIDENCE_FORMAT, packSections, type EvidencePackBody } from '../../../src/core/evidence/evidence-pack.js';
import { maskName, maskPhone } from '../../../src/core/evidence/mask.js';
import { sealEvidencePack, verifyEvidencePack } from '../../../src/core/evidence/seal-evidence-pack.js';
import { checkRetentionDays, effectiveRetentionDays, retentionRules } from '../../../src/core/retention/retention-policy.js';

describe('masks', () => {
  it.each([
    ['+8613812345678', '+86138****5678'],
    ['+12025550123', '+120****0123'],
    ['+4412', '+4****'],
  ])('maskPhone(%s) = %s', (a, b) => expect(maskPhone(a)).toBe(b));
  it.each([['张三丰', '张**'], ['Li', 'L*'], ['王', '王*'], ['', '']])('maskName(%s) = %s', (a, b) => expect(maskName(a)).toBe(b));
  it('never shows more than the last 4 digits of a number', () => {
    fc.assert(fc.property(fc.stringMatching(/^\+[1-9]\d{9,13}$/), (n) => {
      const m = maskPhone(n);
      expect(m).toContain('****');
      expect(m.replace(/\D/g, '').length).toBeLessThanOrEqual(n.length - 1 - 4);
    }));
  });
});

const chain = (n: number, tenant = 't'): AuditEvent[] => {
  const out: AuditEvent[] = [];
  for (let i = 1; i <= n; i += 1) {
    out.push(hashAuditEvent({ tenantId: tenant, seq: i, at: 1_000 * i, actor: 'a', type: 'x', subject: `message:m${i}`, data: { messageIds: [`m${i}`] }, prevHash: out.at(-1)?.hash ?? auditGenesisHash }, nodeSha256Hex));
  }
  return out;
};

const body = (events: AuditEvent[], ids: Set<string>): EvidencePackBody => ({
  format: EVIDENCE_FORMAT, tenant: { id: 't', name: 'T', pack: 'cn' }, subject: { kind: 'account', label: 'account A' },
  period: { from: null, to: null }, generatedAt: '2026-01-01T00:00:00.000Z', generatedBy: 'test',
  rules: { pack: 'cn', fingerprint: 'f', limits: {} }, accounts: [], people: [], messages: [], inbound: [], complaints: [],
  suppressions: [], audit: auditSegment(events, ids, undefined),
});

describe('audit segment', () => {
  it('runs from the first to the last event concerning the ids; others keep only their links', () => {
    const seg = auditSegment(chain(10), new Set(['m3', 'm7']), undefined);
    expect(seg.fromSeq).toBe(3);
    expect(seg.toSeq).toBe(7);
    expect(seg.events.map((e) => ('omitted' in e ? 'o' : 'f')).join('')).toBe('fooof');
    expect(auditSegment(chain(3), new Set(['zz']), undefined).events).toEqual([]);
  });
});

describe('pack hashes', () => {
  it('a sealed pack verifies; changing any one section is named', () => {
    const events = chain(8);
    fc.assert(fc.property(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 8 }), fc.constantFrom(...packSections.filter((s) => s !== 'audit')), (a, b, section) => {
      const ids = new Set([`m${Math.min(a, b)}`, `m${Math.max(a, b)}`]);
      const pack = JSON.parse(JSON.stringify(sealEvidencePack(body(events, ids), nodeSha256Hex)));
      expect(verifyEvidencePack(pack, nodeSha256Hex)).toEqual([]);
      pack[section] = section === 'period' ? { from: 'x', to: null } : Array.isArray(pack[section]) ? [{ added: 1 }] : { ...pack[section], edited: true };
      expect(verifyEvidencePack(pack, nodeSha256Hex)).toEqual([{ kind: 'section_hash', section }, { kind: 'pack_hash' }]);
    }));
  });

  it('a removed or altered audit event is found even when the hashes were recomputed', () => {
    const sealed = sealEvidencePack(body(chain(6), new Set(['m1', 'm6'])), nodeSha256Hex);
    const { hashes: _, ...rest } = sealed;
    const removed = sealEvidencePack({ ...rest, audit: { ...rest.audit, events: rest.audit.events.filter((e) => e.seq !== 4) } }, nodeSha256Hex);
    expect(verifyEvidencePack(removed, nodeSha256Hex)).toEqual([{ kind: 'audit_seq_gap', seq: 5 }]);
    const forged = sealEvidencePack({ ...rest, audit: { ...rest.audit, events: rest.audit.events.map((e) => ('omitted' in e || e.seq !== 6 ? e : { ...e, actor: 'someone else' })) } }, nodeSha256Hex);
    expect(verifyEvidencePack(forged, nodeSha256Hex)).toEqual([{ kind: 'audit_hash', seq: 6 }]);
    expect(verifyEvidencePack({ format: 'other' }, nodeSha256Hex)[0]?.kind).toBe('not_a_pack');
  });
});

describe('retention periods', () => {
  it.each([
    ['us-regf', 1095, false], ['us-regf', 1096, true], ['cn', 1, true], ['cn', 0, false], ['cn', 36_501, false], ['cn', 1.5, false],
  ] as const)('%s %d days → %s', (pack, days, ok) => expect(checkRetentionDays(pack, days).ok).toBe(ok));
  it('the effective period is never below the legal minimum and is the setting otherwise', () => {
    fc.assert(fc.property(fc.constantFrom('us-regf' as const, 'cn' as const), fc.option(fc.integer({ min: 1, max: 5000 }), { nil: undefined }), (pack, setting) => {
      const d = effectiveRetentionDays(pack, setting);
      expect(d).toBeGreaterThanOrEqual(retentionRules[pack].legalMinimumDays);
      if (setting !== undefined && setting >= retentionRules[pack].legalMinimumDays) expect(d).toBe(setting);
      if (setting === undefined) expect(d).toBe(retentionRules[pack].defaultDays);
    }));
  });
  it('names the citation when too short', () => {
    const r = checkRetentionDays('us-regf', 30);
    expect(!r.ok && r.error[0]?.message).toContain('1006.100');
  });
});
