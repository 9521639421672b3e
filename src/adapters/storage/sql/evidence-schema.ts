// Row shapes of the tables migration 0012 adds (rights requests, retention setting),
// joined with `db.withTables<EvidenceTables>()` by the evidence, rights and retention queries.

type Nullable<T> = T | null;

export type RightsRequestsTable = {
  tenant_id: string;
  request_id: string;
  reference: string;
  kind: string;
  subject_hash: string;
  person_id: Nullable<string>;
  actor: string;
  outcome: string;
  retained_until: Nullable<number>;
  created_at: number;
};

export type TenantRetentionTable = {
  tenant_id: string;
  retention_days: number;
  updated_at: number;
};

export type EvidenceTables = {
  rights_requests: RightsRequestsTable;
  tenant_retention: TenantRetentionTable;
};

/** Migration 0006's attempt journal, as the evidence and retention queries read it. */
export type DispatchAttemptsRow = {
  tenant_id: string;
  message_id: string;
  attempt: number;
  worker: string;
  claimed_at: number;
  outcome: Nullable<string>;
  reason: Nullable<string>;
  provider_id: Nullable<string>;
  outcome_at: Nullable<number>;
};

export type AttemptTables = { dispatch_attempts: DispatchAttemptsRow };
