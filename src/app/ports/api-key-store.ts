// API keys (docs/server.md, "API keys"): a key belongs to one tenant and has one role.
// The secret (`tact_` + 32 random bytes, base64url) is shown once at creation; the
// store keeps only its SHA-256 (high-entropy secrets need no slow hash) and a short
// non-secret prefix for lists. Creation and revocation append audit events.
import type { TenantId } from '../../core/model/ids.js';
import type { Role } from '../../core/model/roles.js';
import type { Actor } from './store-records.js';

export interface NewApiKey {
  readonly role: Role;
  /** The whole secret; hashed by the store, never stored or logged. */
  readonly secret: string;
  /** What the key is for ("CRM sync"); not secret. */
  readonly label?: string;
}

export interface ApiKeyRecord {
  readonly id: string;
  readonly tenantId: TenantId;
  readonly role: Role;
  /** The secret's first characters (`tact_AbC12x9`), to tell keys apart; not enough to use one. */
  readonly prefix: string;
  readonly label?: string;
  /** Epoch ms UTC. */
  readonly createdAt: number;
  readonly revokedAt?: number;
  readonly lastUsedAt?: number;
}

/** Characters of the secret kept in clear as its prefix. */
export const apiKeyPrefixLength = 12;

export interface ApiKeyStore {
  /** Stores the key (hash and prefix only); audit `api_key.created` (role, label, prefix). */
  createApiKey(tenant: TenantId, key: NewApiKey, actor: Actor): Promise<ApiKeyRecord>;
  /**
   * The one cross-tenant lookup besides listTenantIds: a request names no tenant until its
   * key is known. Undefined for an unknown or revoked key. Records `lastUsedAt` = now,
   * at most once a minute per key (no audit event: use, not a change of state).
   */
  resolveApiKey(secret: string): Promise<ApiKeyRecord | undefined>;
  /** Every key of the tenant, revoked ones included, newest first. */
  listApiKeys(tenant: TenantId): Promise<readonly ApiKeyRecord[]>;
  /** Revokes an active key; false when unknown or already revoked. Audit `api_key.revoked`. */
  revokeApiKey(tenant: TenantId, keyId: string, actor: Actor): Promise<boolean>;
}
