// `Authorization: Bearer tact_…`: the API key resolver (docs/server.md, "API keys").
// A malformed, unknown or revoked key resolves to nobody, so the route answers 401
// TACT_ERR_HTTP_UNAUTHENTICATED; the key itself is never logged or echoed.
import type { FastifyRequest } from 'fastify';
import { looksLikeApiKey } from '../../app/api-keys/new-api-key-secret.js';
import type { ApiKeyStore } from '../../app/ports/api-key-store.js';
import type { Principal, PrincipalResolver } from './auth.js';

const bearer = /^Bearer\s+(\S+)\s*$/i;

const principalOfKey = async (store: Pick<ApiKeyStore, 'resolveApiKey'>, secret: string): Promise<Principal | undefined> => {
  const key = await store.resolveApiKey(secret);
  return key === undefined ? undefined : { tenant: key.tenantId, role: key.role, via: 'api_key', keyId: key.id };
};

// Synchronous (undefined) when there is no key to look up.
export const apiKeyResolver = (store: Pick<ApiKeyStore, 'resolveApiKey'>): PrincipalResolver =>
  (request: FastifyRequest) => {
    const header = request.headers.authorization;
    if (header === undefined) return undefined;
    const secret = bearer.exec(header)?.[1];
    if (secret === undefined || !looksLikeApiKey(secret)) return undefined;
    return principalOfKey(store, secret);
  };
