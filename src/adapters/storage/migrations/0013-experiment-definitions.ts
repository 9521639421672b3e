// Experiments grow a definition (control arm, population filter, primary metric,
// guardrails: docs/experiments.md), a look counter for the sequential guardrail, and
// per-arm stops; messages record their SMS segments for the cost per account.
import type { Migration } from './migration.js';

export const m0013ExperimentDefinitions: Migration = {
  name: '0013-experiment-definitions',
  up: async (db) => {
    // Canonical JSON; null for experiments created before 0013 (first arm is the control).
    await db.schema.alterTable('experiments').addColumn('definition', 'text').execute();
    // Looks of the sequential guardrail taken so far (each spends α/(k(k+1))).
    await db.schema.alterTable('experiments').addColumn('guardrail_looks', 'integer', (c) => c.notNull().defaultTo(0)).execute();
    // SMS segments of the rendered body; null for rows written before 0013 and non-SMS.
    await db.schema.alterTable('messages').addColumn('segments', 'integer').execute();
    // An arm stopped by its guardrail: its accounts are planned with the control's strategy.
    await db.schema
      .createTable('experiment_arm_stops')
      .addColumn('tenant_id', 'text', (c) => c.notNull())
      .addColumn('experiment_id', 'text', (c) => c.notNull())
      .addColumn('arm', 'text', (c) => c.notNull())
      .addColumn('stopped_at', 'bigint', (c) => c.notNull())
      // Canonical JSON: metric, counts, rates, z, boundary, look (no personal data).
      .addColumn('reason', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('experiment_arm_stops_pk', ['tenant_id', 'experiment_id', 'arm'])
      .execute();
    await db.schema.createIndex('experiment_assignments_arm_ix').on('experiment_assignments').columns(['tenant_id', 'experiment_id', 'arm']).execute();
  },
};
