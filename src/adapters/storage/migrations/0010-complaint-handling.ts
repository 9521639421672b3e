// Complaint handling (docs/complaints.md): the complaints table of 0004 gains the
// source, the SLA deadlines, acknowledgement, resolution and mediation columns; new
// tables keep screenshots (encrypted blobs), the versions a complaint involves
// (strategy, template, rule refs — for experiment reports) and the tenant's settings.
import type { Migration } from './migration.js';

const columns: readonly (readonly [string, 'text' | 'bigint'])[] = [
  ['source', 'text'],
  // JSON arrays of ids (not personal data).
  ['message_ids', 'text'],
  ['people_ids', 'text'],
  // The complainant's number, sealed; kept for the answer and for the agent.
  ['phone_enc', 'text'],
  ['acknowledge_by', 'bigint'],
  ['resolve_by', 'bigint'],
  ['acknowledged_at', 'bigint'],
  // JSON array of protective actions applied at filing.
  ['protective_actions', 'text'],
  // Sealed JSON {findings, answer}: free text written about a person.
  ['resolution_enc', 'text'],
  // JSON array of resolution actions (template_withdrawn, …).
  ['resolution_actions', 'text'],
  ['mediation_body_id', 'text'],
  ['mediation_referred_at', 'bigint'],
  ['mediation_outcome', 'text'],
  ['mediation_concluded_at', 'bigint'],
  // Account status before a mediation pause ('' when collection was not paused).
  ['mediation_paused_status', 'text'],
];

export const m0010ComplaintHandling: Migration = {
  name: '0010-complaint-handling',
  up: async (db) => {
    for (const [name, type] of columns) await db.schema.alterTable('complaints').addColumn(name, type).execute();
    await db.schema.createIndex('complaints_account_ix').on('complaints').columns(['tenant_id', 'account_id']).execute();
    await db.schema
      .createTable('complaint_screenshots')
      .addColumn('tenant_id', 'text', (c) => c.notNull())
      .addColumn('screenshot_id', 'text', (c) => c.notNull())
      .addColumn('complaint_id', 'text', (c) => c.notNull())
      // image/png | image/jpeg | image/webp, judged by magic bytes.
      .addColumn('media_type', 'text', (c) => c.notNull())
      .addColumn('size_bytes', 'integer', (c) => c.notNull())
      // The image, base64 then sealed with the tenant and column as associated data.
      .addColumn('data_enc', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('complaint_screenshots_pk', ['tenant_id', 'screenshot_id'])
      .execute();
    await db.schema.createIndex('complaint_screenshots_ix').on('complaint_screenshots').columns(['tenant_id', 'complaint_id']).execute();
    // kind: strategy | template | rule; ref e.g. "default-cn@3", "zh-CN/sms/reminder.dpd7@2", "cn/quiet-hours".
    await db.schema
      .createTable('complaint_refs')
      .addColumn('tenant_id', 'text', (c) => c.notNull())
      .addColumn('complaint_id', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('ref', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('complaint_refs_pk', ['tenant_id', 'complaint_id', 'kind', 'ref'])
      .execute();
    await db.schema.createIndex('complaint_refs_kind_ix').on('complaint_refs').columns(['tenant_id', 'kind', 'ref']).execute();
    await db.schema
      .createTable('tenant_complaint_settings')
      .addColumn('tenant_id', 'text', (c) => c.primaryKey())
      // Canonical JSON of the validated settings (no personal data).
      .addColumn('settings', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .execute();
  },
};
