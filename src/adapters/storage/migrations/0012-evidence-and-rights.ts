// Rights requests (access, correction, erasure) and the tenant's retention setting
// (docs/evidence.md). A rights request names the person only by the salted suppression
// hash of the number, never in clear: the receipt's reference outlives an erasure.
import type { Migration } from './migration.js';

export const m0012EvidenceAndRights: Migration = {
  name: '0012-evidence-and-rights',
  up: async (db) => {
    await db.schema
      .createTable('rights_requests')
      .addColumn('tenant_id', 'text', (c) => c.notNull())
      .addColumn('request_id', 'text', (c) => c.notNull())
      // Printed on the person's receipt, e.g. "R-7K3Q9X2M".
      .addColumn('reference', 'text', (c) => c.notNull())
      // access | correction | erasure
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('subject_hash', 'text', (c) => c.notNull())
      .addColumn('person_id', 'text')
      .addColumn('actor', 'text', (c) => c.notNull())
      // JSON without personal data: counts, field names, retained records.
      .addColumn('outcome', 'text', (c) => c.notNull())
      // Epoch ms until which a record the law requires is kept; null: nothing kept.
      .addColumn('retained_until', 'bigint')
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('rights_requests_pk', ['tenant_id', 'request_id'])
      .addUniqueConstraint('rights_requests_reference_uq', ['tenant_id', 'reference'])
      .execute();
    await db.schema.createIndex('rights_requests_subject_ix').on('rights_requests').columns(['tenant_id', 'subject_hash']).execute();
    await db.schema
      .createTable('tenant_retention')
      .addColumn('tenant_id', 'text', (c) => c.primaryKey())
      // Days personal data is kept after the last activity; never below the pack's legal minimum.
      .addColumn('retention_days', 'integer', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .execute();
  },
};
