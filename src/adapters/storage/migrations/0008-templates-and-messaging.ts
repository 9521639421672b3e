// Tenant messaging settings (signature, hotline, portal, link allow-list, SMS price) and
// tenant templates. A template edit is a new version row, never an update of the body.
import type { Migration } from './migration.js';

export const m0008TemplatesAndMessaging: Migration = {
  name: '0008-templates-and-messaging',
  up: async (db) => {
    await db.schema
      .createTable('tenant_messaging')
      .addColumn('tenant_id', 'text', (c) => c.primaryKey())
      .addColumn('brand', 'text', (c) => c.notNull())
      .addColumn('third_party_brand', 'text')
      .addColumn('hotline', 'text', (c) => c.notNull())
      .addColumn('portal_url', 'text', (c) => c.notNull())
      // JSON array of host names (canonical text).
      .addColumn('link_allow_list', 'text', (c) => c.notNull())
      .addColumn('price_per_segment_minor', 'bigint', (c) => c.notNull())
      .addColumn('currency', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('templates')
      .addColumn('tenant_id', 'text', (c) => c.notNull())
      .addColumn('template_key', 'text', (c) => c.notNull())
      .addColumn('audience', 'text', (c) => c.notNull())
      .addColumn('channel', 'text', (c) => c.notNull())
      .addColumn('locale', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      // active | retired
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('templates_pk', ['tenant_id', 'template_key', 'audience', 'channel', 'locale', 'version'])
      .execute();
  },
};
