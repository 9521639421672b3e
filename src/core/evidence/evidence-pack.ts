// The evidence pack (docs/evidence.md): everything Tact did about one account or one
// number, as one JSON document a regulator can check without Tact's database. Times
// are ISO-8601 UTC strings, except audit events' `at` (epoch ms, as hashed in the chain).
// Numbers and names are masked; message texts are as sent.
import type { JsonValue } from '../canonical-json.js';

export const EVIDENCE_FORMAT = 'tact-evidence/1';

export interface PackCounter {
  /** What was counted, e.g. "sms_local_day". */
  readonly name: string;
  readonly value: number;
  /** The pack's limit; null when the pack sets none for this recipient. */
  readonly limit: number | null;
  readonly window: string;
}

export interface PackMessage {
  readonly id: string;
  readonly accountIds: readonly string[];
  /** Person id, or "erased:<hash prefix>" after an erasure. */
  readonly person: string;
  readonly party: string;
  readonly channel: string;
  readonly purpose: string;
  readonly state: string;
  readonly to: string | null;
  readonly text: string | null;
  readonly templateId: string | null;
  readonly verificationCode: string;
  readonly createdAt: string;
  readonly scheduledAt: string;
  /** First ledger row of the send (the instant the caps were checked), or null. */
  readonly sentAt: string | null;
  readonly decision: {
    readonly allowed: boolean | null;
    readonly decidedAt: string | null;
    readonly earliestAllowedAt: string | null;
    readonly violations: readonly { readonly rule: string; readonly reason: string; readonly level: string; readonly citation: string }[];
    /** Everything else the stored decision holds (plan notes, experiment arm…). */
    readonly other: JsonValue;
  };
  /** The person's wall time in each of their zones at sentAt (or scheduledAt). */
  readonly localTimes: readonly { readonly zone: string; readonly local: string }[];
  readonly counters: readonly PackCounter[];
  readonly attempts: readonly { readonly attempt: number; readonly worker: string; readonly claimedAt: string; readonly outcome: string | null; readonly reason: string | null; readonly providerId: string | null }[];
  readonly receipts: readonly { readonly status: string; readonly errorCode: string | null; readonly at: string }[];
}

export interface PackInbound {
  readonly id: string;
  readonly at: string;
  readonly person: string;
  readonly party: string;
  readonly channel: string;
  readonly result: string;
  readonly text: string | null;
  readonly localTimes: readonly { readonly zone: string; readonly local: string }[];
  /** What the reply caused: suppressions, confirmations, answers queued, reviews. */
  readonly effects: readonly string[];
}

/** An audit event in full, or only its links when it concerns someone else. */
export type PackAuditEvent =
  | { readonly seq: number; readonly at: number; readonly actor: string; readonly type: string; readonly subject: string; readonly data: JsonValue; readonly prevHash: string; readonly hash: string }
  | { readonly seq: number; readonly prevHash: string; readonly hash: string; readonly omitted: true };

export interface PackAuditSegment {
  readonly fromSeq: number;
  readonly toSeq: number;
  /** The chain head when the pack was made: the live chain must still contain it. */
  readonly head: { readonly seq: number; readonly hash: string } | null;
  readonly events: readonly PackAuditEvent[];
}

export interface EvidencePackBody {
  readonly format: typeof EVIDENCE_FORMAT;
  readonly tenant: { readonly id: string; readonly name: string; readonly pack: string };
  readonly subject: { readonly kind: 'account' | 'phone'; readonly label: string };
  readonly period: { readonly from: string | null; readonly to: string | null };
  readonly generatedAt: string;
  readonly generatedBy: string;
  readonly rules: {
    readonly pack: string;
    /** SHA-256 of the pack's parameters and rule citations in force when the pack was made. */
    readonly fingerprint: string;
    readonly limits: Readonly<Record<string, number | string | boolean | null>>;
  };
  readonly accounts: readonly { readonly id: string; readonly externalId: string; readonly status: string; readonly daysPastDue: number }[];
  readonly people: readonly {
    readonly personId: string; readonly accountId: string; readonly role: string; readonly name: string; readonly phone: string;
    readonly timeZones: readonly string[]; readonly confirmation: string; readonly confirmationAt: string | null; readonly listedAt: string;
  }[];
  readonly messages: readonly PackMessage[];
  readonly inbound: readonly PackInbound[];
  /** Complaint rows with every column the store has (see docs/evidence.md). */
  readonly complaints: readonly Readonly<Record<string, string | number | null>>[];
  readonly suppressions: readonly { readonly scope: string; readonly reason: string; readonly at: string }[];
  readonly audit: PackAuditSegment;
}

/** The sections hashed one by one, so a verifier names the section that was edited. */
export const packSections = [
  'tenant', 'subject', 'period', 'rules', 'accounts', 'people', 'messages', 'inbound', 'complaints', 'suppressions', 'audit',
] as const;
export type PackSection = (typeof packSections)[number];

export interface EvidencePack extends EvidencePackBody {
  readonly hashes: { readonly sections: Readonly<Record<PackSection, string>>; readonly pack: string };
}
