// Row shapes of every table, for Kysely's typed queries. Conventions (docs/storage.md):
// snake_case plural tables; every table has tenant_id and every index leads with it;
// `*_at` are epoch milliseconds UTC (bigint); money is integer minor units beside a
// currency column; `*_enc` columns hold AES-256-GCM sealed text; `*_index` and `*_hash`
// hold keyed HMACs; JSON is stored as canonical text.

type Nullable<T> = T | null;

export interface TenantsTable {
  tenant_id: string;
  name: string;
  pack: string;
  default_region: string;
  time_zone: string;
  locale: string;
  /** Random per-tenant salt of the suppression hash (base64). */
  salt: string;
  created_at: number;
}

export interface UsersTable {
  tenant_id: string;
  user_id: string;
  login: string;
  name_enc: Nullable<string>;
  email_enc: Nullable<string>;
  password_hash: string;
  role: string;
  created_at: number;
  disabled_at: Nullable<number>;
}

export interface ApiKeysTable {
  tenant_id: string;
  key_id: string;
  user_id: Nullable<string>;
  role: string;
  /** SHA-256 of the secret; the secret itself is shown once and never stored. */
  key_hash: string;
  key_prefix: string;
  created_at: number;
  revoked_at: Nullable<number>;
  last_used_at: Nullable<number>;
}

export interface AccountsTable {
  tenant_id: string;
  account_id: string;
  external_id: string;
  product: string;
  currency: string;
  principal_minor: number;
  balance_minor: number;
  overdue_minor: number;
  due_date: string;
  days_past_due: number;
  status: string;
  flags: string;
  debt_group: Nullable<string>;
  borrower_status: Nullable<string>;
  cease_received_at: Nullable<number>;
  disputed_at: Nullable<number>;
  verification_sent_at: Nullable<number>;
  attorney_known_at: Nullable<number>;
  /** Keyed hash of the last imported record: equal means "unchanged". */
  import_hash: Nullable<string>;
  created_at: number;
  updated_at: number;
}

export interface PeopleTable {
  tenant_id: string;
  person_id: string;
  phone_enc: string;
  phone_index: string;
  suppressed_at: Nullable<number>;
  created_at: number;
  updated_at: number;
}

export interface AccountPeopleTable {
  tenant_id: string;
  account_id: string;
  position: number;
  person_id: string;
  role: string;
  name_enc: string;
  email_enc: Nullable<string>;
  person_external_id: Nullable<string>;
  relationship: Nullable<string>;
  time_zones: string;
  locale: string;
  confirmation: string;
  confirmation_at: Nullable<number>;
  /** Suppressed for this account only (e.g. "wrong number" for this debt). */
  suppressed_at: Nullable<number>;
  created_at: number;
  updated_at: number;
}

export interface PaymentsTable {
  tenant_id: string;
  payment_id: string;
  account_id: string;
  external_id: Nullable<string>;
  amount_minor: number;
  currency: string;
  paid_at: number;
  source: string;
  created_at: number;
}

export interface PlansTable {
  tenant_id: string;
  plan_id: string;
  account_id: string;
  status: string;
  currency: string;
  total_minor: number;
  installments: string;
  proposed_at: number;
  decided_at: Nullable<number>;
  created_at: number;
  updated_at: number;
}

export interface MessagesTable {
  tenant_id: string;
  message_id: string;
  account_id: string;
  account_ids: string;
  person_id: Nullable<string>;
  person_hash: Nullable<string>;
  party: string;
  channel: string;
  purpose: string;
  template_id: Nullable<string>;
  to_enc: Nullable<string>;
  body_enc: Nullable<string>;
  state: string;
  decision: string;
  scheduled_at: number;
  verification_code: string;
  plan_key: Nullable<string>;
  provider_id: Nullable<string>;
  attempts: number;
  state_at: number;
  created_at: number;
  updated_at: number;
}

export interface ContactEventsTable {
  tenant_id: string;
  event_id: string;
  at: number;
  channel: string;
  direction: string;
  person_id: Nullable<string>;
  person_hash: Nullable<string>;
  party: string;
  account_ids: string;
  result: string;
  to_enc: Nullable<string>;
  body_enc: Nullable<string>;
  purpose: Nullable<string>;
  actor: Nullable<string>;
  message_id: Nullable<string>;
  provider_id: Nullable<string>;
  created_at: number;
}

export interface SuppressionsTable {
  tenant_id: string;
  hash: string;
  /** Account id, or '' for every account of the tenant (keeps the key non-null). */
  scope: string;
  reason: string;
  created_at: number;
}

export interface ComplaintsTable {
  tenant_id: string;
  complaint_id: string;
  account_id: Nullable<string>;
  person_id: Nullable<string>;
  person_hash: Nullable<string>;
  channel: string;
  category: string;
  details_enc: Nullable<string>;
  status: string;
  received_at: number;
  resolved_at: Nullable<number>;
  created_at: number;
  updated_at: number;
}

export interface ExperimentsTable {
  tenant_id: string;
  experiment_id: string;
  name: string;
  status: string;
  arms: string;
  created_at: number;
  updated_at: number;
}

export interface ExperimentAssignmentsTable {
  tenant_id: string;
  experiment_id: string;
  account_id: string;
  arm: string;
  assigned_at: number;
}

export interface AuditEventsTable {
  tenant_id: string;
  seq: number;
  at: number;
  actor: string;
  type: string;
  subject: string;
  data: string;
  prev_hash: string;
  hash: string;
}

/** One row per tenant: the chain's head, locked to serialise appends. */
export interface AuditHeadsTable {
  tenant_id: string;
  seq: number;
  hash: string;
}

export interface TenantMessagingTable {
  tenant_id: string;
  brand: string;
  third_party_brand: Nullable<string>;
  hotline: string;
  portal_url: string;
  /** JSON array of host names. */
  link_allow_list: string;
  price_per_segment_minor: number;
  currency: string;
  updated_at: number;
}

export interface TemplatesTable {
  tenant_id: string;
  template_key: string;
  audience: string;
  channel: string;
  locale: string;
  version: number;
  body: string;
  status: string;
  created_at: number;
  created_by: string;
}

export interface PortalOtpsTable {
  /** The tenant of an access/erasure code; '' for sign-in. */
  tenant_id: string;
  otp_id: string;
  purpose: string;
  subject: string;
  code_hash: string;
  attempts: number;
  created_at: number;
  expires_at: number;
  consumed_at: Nullable<number>;
}

export interface PortalSessionsTable {
  /** Always '': a session belongs to a number, not to a tenant. */
  tenant_id: string;
  session_hash: string;
  phone_enc: string;
  created_at: number;
  expires_at: number;
  ended_at: Nullable<number>;
}

export interface PortalSettingsTable {
  tenant_id: string;
  plan_rules: string;
  repayment: string;
  updated_at: number;
}

export interface PersonPreferencesTable {
  tenant_id: string;
  person_id: string;
  inconvenient: string;
  updated_at: number;
}

export interface SchemaMigrationsTable {
  name: string;
  applied_at: number;
}

export interface Database {
  tenants: TenantsTable;
  users: UsersTable;
  api_keys: ApiKeysTable;
  accounts: AccountsTable;
  people: PeopleTable;
  account_people: AccountPeopleTable;
  payments: PaymentsTable;
  plans: PlansTable;
  messages: MessagesTable;
  contact_events: ContactEventsTable;
  suppressions: SuppressionsTable;
  complaints: ComplaintsTable;
  experiments: ExperimentsTable;
  experiment_assignments: ExperimentAssignmentsTable;
  audit_events: AuditEventsTable;
  audit_heads: AuditHeadsTable;
  tenant_messaging: TenantMessagingTable;
  templates: TemplatesTable;
  portal_otps: PortalOtpsTable;
  portal_sessions: PortalSessionsTable;
  portal_settings: PortalSettingsTable;
  person_preferences: PersonPreferencesTable;
  schema_migrations: SchemaMigrationsTable;
}
