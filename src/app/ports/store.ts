// The Store port: everything Tact keeps. Every method takes the tenant id first, so a
// query without a tenant does not type-check (DESIGN.md, "Beyond one database").
// Adapters: SqliteStore and PostgresStore (src/adapters/storage), one contract suite
// (test/contract/store.contract.ts). Every change of state appends an audit event in
// the same transaction; personal data is encrypted by the adapter and never logged.
import type { Result } from '../../core/result.js';
import type { AuditEvent } from '../../core/audit/audit-chain.js';
import type { ImportRecord } from '../../core/model/import-record.js';
import type { AccountId, MessageId, PersonId, TenantId } from '../../core/model/ids.js';
import type { AccessExport } from './store-access.js';
import type { InboundStore } from './inbound-store.js';
import type { PaymentStore } from './payment-store.js';
import type { DispatchStore } from './dispatch-store.js';
import type { ExperimentStore } from './experiment-store.js';
import type { PlanStore } from './plan-store.js';
import type { PortalStore } from './portal-store.js';
import type { TemplateStore } from './template-store.js';
import type { UserStore } from './user-store.js';
import type { DashboardStore } from './dashboard-store.js';
import type { TimelineStore } from './timeline-store.js';
import type {
  AccountPersonRecord,
  AccountRecord,
  Actor,
  ContactEventRecord,
  ErasureReport,
  ImportBatchResult,
  MessageRecord,
  NewAuditEvent,
  NewContactEvent,
  NewMessage,
  NewSuppression,
  NewTenant,
  PersonRecord,
  TenantRecord,
} from './store-records.js';

/** What the database underneath can do; use cases choose strategies from these. */
export interface StoreCapabilities {
  /** "sqlite" or "postgres": for messages and metrics, never for branching. */
  readonly dialect: string;
  /** Several processes may write at once (PostgreSQL), vs one writer (SQLite). */
  readonly concurrentWriters: boolean;
  /** `FOR UPDATE SKIP LOCKED` claims (dispatcher). */
  readonly supportsSkipLocked: boolean;
  readonly supportsReturning: boolean;
}

export interface AccountPage {
  /** Exclusive lower bound on the account id (keyset paging). */
  readonly after?: AccountId;
  /** 1..1000. */
  readonly limit: number;
}

/** Templates and messaging settings: template-store.ts. */
export interface Store extends InboundStore, PaymentStore, PlanStore, DispatchStore, TemplateStore, ExperimentStore, UserStore, DashboardStore, TimelineStore, PortalStore {
  readonly capabilities: StoreCapabilities;

  /** Runs fn in one write transaction; nested calls join the outer one. */
  transaction<T>(fn: (store: Store) => Promise<T>): Promise<T>;

  createTenant(tenant: TenantId, input: NewTenant, actor: Actor): Promise<TenantRecord>;
  getTenant(tenant: TenantId): Promise<TenantRecord | undefined>;
  /** The one cross-tenant read: for operators' tools (`tact audit verify`). */
  listTenantIds(): Promise<readonly TenantId[]>;

  getAccount(tenant: TenantId, id: AccountId): Promise<AccountRecord | undefined>;
  getAccountByExternalId(tenant: TenantId, externalId: string): Promise<AccountRecord | undefined>;
  listAccounts(tenant: TenantId, page: AccountPage): Promise<readonly AccountRecord[]>;
  listAccountPeople(tenant: TenantId, account: AccountId): Promise<readonly AccountPersonRecord[]>;

  getPerson(tenant: TenantId, id: PersonId): Promise<PersonRecord | undefined>;
  /** Lookup through the blind index; `e164` is never stored or compared in clear. */
  findPersonByPhone(tenant: TenantId, e164: string): Promise<PersonRecord | undefined>;

  /**
   * Writes validated import rows in ONE transaction. Same record again: unchanged, no
   * audit. Changed record: update plus an `account.updated` audit event naming the
   * changed fields (no values of personal fields). A number on the suppression list is
   * stored suppressed and reported; import never clears a suppression.
   */
  upsertImportBatch(tenant: TenantId, records: readonly ImportRecord[], actor: Actor): Promise<ImportBatchResult>;

  appendContactEvent(tenant: TenantId, event: NewContactEvent): Promise<ContactEventRecord>;
  listContactEvents(tenant: TenantId, person: PersonId): Promise<readonly ContactEventRecord[]>;

  insertMessages(tenant: TenantId, messages: readonly NewMessage[], actor: Actor): Promise<readonly MessageRecord[]>;
  getMessage(tenant: TenantId, id: MessageId): Promise<MessageRecord | undefined>;

  /** Idempotent: adding the same (number, account scope) twice keeps one row. */
  addSuppression(tenant: TenantId, suppression: NewSuppression, actor: Actor): Promise<void>;
  /** True when the number is suppressed tenant-wide, or for `account` when given. */
  isSuppressed(tenant: TenantId, e164: string, account?: AccountId): Promise<boolean>;

  appendAudit(tenant: TenantId, event: NewAuditEvent): Promise<AuditEvent>;
  /** The tenant's chain in seq order, read in pages (safe to run beside writers). */
  iterateAudit(tenant: TenantId, fromSeq?: number): AsyncIterable<AuditEvent>;
  /** The chain head (last seq and hash), so a verifier also notices removed tail events. */
  auditHead(tenant: TenantId): Promise<{ readonly seq: number; readonly hash: string } | undefined>;

  /** Everything held about one number; undefined when the tenant holds nothing. */
  accessByPhone(tenant: TenantId, e164: string): Promise<AccessExport | undefined>;
  /** Deletes the person's data, keeps ledger rows under the suppression hash. */
  erasePerson(tenant: TenantId, person: PersonId, actor: Actor): Promise<Result<ErasureReport, 'not_found'>>;
}

/** A store together with its schema management: what main/ hands to commands. */
export interface StoreHandle {
  readonly store: Store;
  /** Applies pending migrations under a lock; returns the names applied. */
  migrate(): Promise<readonly string[]>;
  /** Throws TactError TACT_ERR_STORE_NOT_MIGRATED when migrations are pending. */
  assertMigrated(): Promise<void>;
  close(): Promise<void>;
}
