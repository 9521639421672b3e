// API keys (table from 0001, label from 0014). Only the SHA-256 of a secret and its
// first characters are stored; a lookup hashes the presented secret and compares hashes.
import { apiKeyPrefixLength, type ApiKeyRecord, type NewApiKey } from '../../../app/ports/api-key-store.js';
import { tenantId, type TenantId } from '../../../core/model/ids.js';
import type { Role } from '../../../core/model/roles.js';
import { appendAuditIn } from './audit-queries.js';
import type { ApiKeysTable } from './schema.js';
import type { SqlContext } from './sql-context.js';

/** lastUsedAt is written at most this often per key (ms): a busy key costs no write per request. */
const touchEveryMs = 60_000;

const toRecord = (r: ApiKeysTable): ApiKeyRecord => ({
  id: r.key_id,
  tenantId: tenantId(r.tenant_id),
  role: r.role as Role,
  prefix: r.key_prefix,
  ...(r.label === null ? {} : { label: r.label }),
  createdAt: Number(r.created_at),
  ...(r.revoked_at === null ? {} : { revokedAt: Number(r.revoked_at) }),
  ...(r.last_used_at === null ? {} : { lastUsedAt: Number(r.last_used_at) }),
});

export const createApiKeyIn = async (ctx: SqlContext, tenant: TenantId, key: NewApiKey, actor: string): Promise<ApiKeyRecord> => {
  const row: ApiKeysTable = {
    tenant_id: tenant,
    key_id: `key_${ctx.newId()}`,
    user_id: null,
    role: key.role,
    key_hash: ctx.cipher.sha256Hex(key.secret),
    key_prefix: key.secret.slice(0, apiKeyPrefixLength),
    created_at: ctx.now(),
    revoked_at: null,
    last_used_at: null,
    label: key.label ?? null,
  };
  await ctx.db.insertInto('api_keys').values(row).execute();
  await appendAuditIn(ctx, tenant, {
    actor,
    type: 'api_key.created',
    subject: `api_key:${row.key_id}`,
    data: { role: row.role, prefix: row.key_prefix, label: row.label },
  });
  return toRecord(row);
};

export const resolveApiKeyRow = async (ctx: SqlContext, secret: string): Promise<ApiKeyRecord | undefined> => {
  const row = await ctx.db
    .selectFrom('api_keys')
    .selectAll()
    .where('key_hash', '=', ctx.cipher.sha256Hex(secret))
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (row === undefined) return undefined;
  const now = ctx.now();
  if (row.last_used_at === null || Number(row.last_used_at) <= now - touchEveryMs) {
    await ctx.db
      .updateTable('api_keys')
      .set({ last_used_at: now })
      .where('tenant_id', '=', row.tenant_id)
      .where('key_id', '=', row.key_id)
      .execute();
    return toRecord({ ...row, last_used_at: now });
  }
  return toRecord(row);
};

export const listApiKeyRows = async (ctx: SqlContext, tenant: TenantId): Promise<readonly ApiKeyRecord[]> => {
  const rows = await ctx.db
    .selectFrom('api_keys')
    .selectAll()
    .where('tenant_id', '=', tenant)
    .orderBy('created_at', 'desc')
    .orderBy('key_id', 'desc')
    .execute();
  return rows.map(toRecord);
};

export const revokeApiKeyIn = async (ctx: SqlContext, tenant: TenantId, keyId: string, actor: string): Promise<boolean> => {
  const res = await ctx.db
    .updateTable('api_keys')
    .set({ revoked_at: ctx.now() })
    .where('tenant_id', '=', tenant)
    .where('key_id', '=', keyId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) === 0) return false;
  await appendAuditIn(ctx, tenant, { actor, type: 'api_key.revoked', subject: `api_key:${keyId}`, data: {} });
  return true;
};
