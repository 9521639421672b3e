// The pack's rules as compiled when the evidence pack is made: the limits a reader
// needs next to the counters, and a fingerprint of every parameter and citation so two
// packs made under the same rules show the same value. Unlimited is null (no JSON ∞).
import { canonicalJson } from '../../core/canonical-json.js';
import type { EvidencePackBody } from '../../core/evidence/evidence-pack.js';
import type { CompiledPolicy } from '../../core/policy/compiled-policy.js';

const hhmm = (m: number): string => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

export const rulesInForce = (policy: CompiledPolicy, sha256: (t: string) => string): EvidencePackBody['rules'] => {
  const params: Record<string, number | boolean | null> = {};
  for (const [k, v] of Object.entries(policy.params)) params[k] = typeof v === 'number' && !Number.isFinite(v) ? null : (v as number | boolean);
  const rules = policy.rules.map((r) => ({ rule: r.rule.id, level: r.level, citation: r.citation }));
  const p = policy.params;
  return {
    pack: policy.pack,
    fingerprint: sha256(canonicalJson({ pack: policy.pack, params, rules })),
    limits: {
      permittedHours: `${hhmm(p.quietFrom)}–${hhmm(p.quietTo)}`,
      smsPerDay: params.smsPerDay ?? null,
      smsPer7Days: params.smsPer7Days ?? null,
      callMax: params.callMax ?? null,
      callWindowDays: params.callWindowDays ?? null,
      thirdPartyPer7Days: params.thirdPartyPer7Days ?? null,
      thirdPartyPerAccount: params.thirdPartyPerAccount ?? null,
      confirmedContactsOnly: p.confirmedContactsOnly,
      holidays: p.holidays,
    },
  };
};
