// Row shape of the table migration 0005 adds (strategies). Kept beside schema.ts and
// joined with `db.withTables<PlanTables>()` by the plan queries.

// Type aliases (not interfaces): withTables<T> needs an index-signature-compatible type.
export type StrategiesTable = {
  tenant_id: string;
  strategy_id: string;
  version: number;
  /** Canonical JSON of the strategy. */
  body: string;
  /** draft | active | retired */
  status: string;
  created_at: number;
  updated_at: number;
};

export type PlanTables = {
  strategies: StrategiesTable;
};
