// Row shapes of the complaint tables as migration 0010 leaves them, joined with
// `db.withTables<ComplaintTables>()` by complaint-queries.ts. The complaints table's
// 0004 columns stay in schema.ts; the full row is ComplaintRow.
import type { ComplaintsTable } from './schema.js';

type Nullable<T> = T | null;

// Type aliases (not interfaces): withTables<T> needs an index-signature-compatible type.
export type ComplaintRow = ComplaintsTable & {
  source: Nullable<string>;
  message_ids: Nullable<string>;
  people_ids: Nullable<string>;
  phone_enc: Nullable<string>;
  acknowledge_by: Nullable<number>;
  resolve_by: Nullable<number>;
  acknowledged_at: Nullable<number>;
  protective_actions: Nullable<string>;
  resolution_enc: Nullable<string>;
  resolution_actions: Nullable<string>;
  mediation_body_id: Nullable<string>;
  mediation_referred_at: Nullable<number>;
  mediation_outcome: Nullable<string>;
  mediation_concluded_at: Nullable<number>;
  mediation_paused_status: Nullable<string>;
};

export type ComplaintScreenshotsTable = {
  tenant_id: string;
  screenshot_id: string;
  complaint_id: string;
  media_type: string;
  size_bytes: number;
  data_enc: string;
  created_at: number;
};

export type ComplaintRefsTable = {
  tenant_id: string;
  complaint_id: string;
  kind: string;
  ref: string;
  created_at: number;
};

export type TenantComplaintSettingsTable = {
  tenant_id: string;
  settings: string;
  updated_at: number;
};

export type ComplaintTables = {
  complaints: ComplaintRow;
  complaint_screenshots: ComplaintScreenshotsTable;
  complaint_refs: ComplaintRefsTable;
  tenant_complaint_settings: TenantComplaintSettingsTable;
};
