// The people's rights (docs/evidence.md, "Rights"): corrections, the request journal
// with receipts, and the facts of a contact's consent history. Access and erasure
// themselves are Store.accessByPhone and Store.erasePerson.
import type { AuditEvent } from '../../core/audit/audit-chain.js';
import type { Result } from '../../core/result.js';
import type { AccountId, PersonId, TenantId } from '../../core/model/ids.js';
import type { Actor } from './store-records.js';

export const rightsRequestKinds = ['access', 'correction', 'erasure'] as const;
export type RightsRequestKind = (typeof rightsRequestKinds)[number];

export interface NewRightsRequest {
  readonly kind: RightsRequestKind;
  /** The number the request is about: stored only as its suppression hash. */
  readonly phoneE164: string;
  readonly personId?: PersonId;
  /** JSON without personal data (counts, field names, retained records). */
  readonly outcome: unknown;
  /** Epoch ms until which a record required by law is kept. */
  readonly retainedUntil?: number;
}

export interface RightsRequestRecord {
  readonly id: string;
  readonly reference: string;
  readonly kind: RightsRequestKind;
  readonly personId?: PersonId;
  readonly actor: string;
  readonly outcome: unknown;
  readonly retainedUntil?: number;
  readonly createdAt: number;
}

export interface PersonCorrection {
  /** Only this account's link (names are per link); absent: every link of the person. */
  readonly accountId?: AccountId;
  readonly name?: string;
  readonly phoneE164?: string;
}

export interface ConsentFacts {
  readonly links: readonly {
    readonly accountId: string;
    readonly role: string;
    readonly listedAt: number;
    readonly confirmation: string;
    readonly confirmationAt?: number;
  }[];
  readonly suppressions: readonly { readonly scope: string; readonly reason: string; readonly createdAt: number }[];
  /** Audit events whose subject or data name the person or their links. */
  readonly audit: readonly AuditEvent[];
}

export interface RightsStore {
  /** Appends the request and an audit event; the reference is new and unique. */
  recordRightsRequest(tenant: TenantId, request: NewRightsRequest, actor: Actor): Promise<RightsRequestRecord>;
  listRightsRequests(tenant: TenantId, phoneE164: string): Promise<readonly RightsRequestRecord[]>;
  /** Changes names (per link) or the number; audit names the fields, never the values. */
  correctPerson(
    tenant: TenantId,
    person: PersonId,
    correction: PersonCorrection,
    actor: Actor,
  ): Promise<Result<{ readonly fields: readonly string[] }, 'not_found' | 'phone_taken'>>;
  consentFacts(tenant: TenantId, person: PersonId): Promise<ConsentFacts | undefined>;
}
