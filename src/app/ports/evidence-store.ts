// What the evidence pack reads (docs/evidence.md): every message and attempt about one
// account or one number, with the ledger, receipts, reviews, complaints and
// suppressions around them. Clear text here (the store decrypts); the pack builder
// masks numbers and names. Times are epoch ms UTC.
import type { AccountId, TenantId } from '../../core/model/ids.js';
import type { ContactEventRecord, MessageRecord, TenantRecord } from './store-records.js';

export type EvidenceQuery =
  | { readonly kind: 'account'; readonly accountId: AccountId }
  | { readonly kind: 'phone'; readonly phoneE164: string };

export interface EvidenceAccount {
  readonly id: string;
  readonly externalId: string;
  readonly status: string;
  readonly daysPastDue: number;
}

export interface EvidencePerson {
  readonly personId: string;
  readonly accountId: string;
  readonly role: string;
  readonly name: string;
  readonly phoneE164: string;
  readonly timeZones: readonly string[];
  readonly confirmation: string;
  readonly confirmationAt?: number;
  readonly listedAt: number;
}

export interface EvidenceAttempt {
  readonly messageId: string;
  readonly attempt: number;
  readonly worker: string;
  readonly claimedAt: number;
  readonly outcome?: string;
  readonly reason?: string;
  readonly providerId?: string;
  readonly outcomeAt?: number;
}

export interface EvidenceReceipt {
  readonly messageId: string;
  readonly status: string;
  readonly errorCode?: string;
  readonly at: number;
}

export interface EvidenceReview {
  readonly eventId: string;
  readonly reason: string;
  readonly createdAt: number;
  readonly resolvedAt?: number;
}

/**
 * One complaint row as the table holds it on this version (migration 0004 and any
 * later additions): column name → value, `details_enc` decrypted into `details`.
 * Generic on purpose, so columns added later appear without a change here.
 */
export type EvidenceComplaint = Readonly<Record<string, string | number | null>>;

export interface EvidenceSuppression {
  readonly scope: string;
  readonly reason: string;
  readonly createdAt: number;
}

export interface EvidenceSource {
  readonly tenant: TenantRecord;
  readonly accounts: readonly EvidenceAccount[];
  readonly people: readonly EvidencePerson[];
  readonly messages: readonly MessageRecord[];
  readonly attempts: readonly EvidenceAttempt[];
  readonly receipts: readonly EvidenceReceipt[];
  /** Outbound and inbound ledger rows (erased ones under the person's hash included). */
  readonly contactEvents: readonly ContactEventRecord[];
  readonly reviews: readonly EvidenceReview[];
  readonly complaints: readonly EvidenceComplaint[];
  readonly suppressions: readonly EvidenceSuppression[];
}

export interface EvidenceStore {
  /** Undefined when the tenant holds nothing about the account or number. */
  evidenceSource(tenant: TenantId, query: EvidenceQuery): Promise<EvidenceSource | undefined>;
}
