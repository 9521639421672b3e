// Console sessions and failed sign-in counts (migration 0009). Sign-in and sign-out are
// audited (`session.created`, `session.ended`); touches and failure counts are not.
import type { Actor } from '../../../app/ports/store-records.js';
import type { NewSession, SessionRecord } from '../../../app/ports/user-store.js';
import type { SignInAttempts } from '../../../core/auth/sign-in-lockout.js';
import type { TenantId } from '../../../core/model/ids.js';
import type { Role } from '../../../core/model/roles.js';
import { appendAuditIn } from './audit-queries.js';
import type { SessionTables } from './session-schema.js';
import type { SqlContext } from './sql-context.js';

const tables = (ctx: SqlContext) => ctx.db.withTables<SessionTables>();

export const createSessionIn = async (ctx: SqlContext, tenant: TenantId, s: NewSession, actor: Actor): Promise<void> => {
  await tables(ctx)
    .insertInto('sessions')
    .values({
      tenant_id: tenant,
      session_hash: s.sessionHash,
      user_id: s.userId,
      csrf_token: s.csrfToken,
      created_at: s.createdAt,
      expires_at: s.expiresAt,
      last_seen_at: s.createdAt,
    })
    .execute();
  await appendAuditIn(ctx, tenant, { actor, type: 'session.created', subject: `user:${s.userId}`, data: { expiresAt: s.expiresAt } });
};

export const findSessionRow = async (ctx: SqlContext, tenant: TenantId, hash: string): Promise<SessionRecord | undefined> => {
  const r = await tables(ctx)
    .selectFrom('sessions')
    .innerJoin('users', (j) => j.onRef('users.tenant_id', '=', 'sessions.tenant_id').onRef('users.user_id', '=', 'sessions.user_id'))
    .select([
      'sessions.session_hash', 'sessions.user_id', 'sessions.csrf_token', 'sessions.created_at', 'sessions.expires_at',
      'sessions.last_seen_at', 'users.login', 'users.role',
    ])
    .where('sessions.tenant_id', '=', tenant)
    .where('sessions.session_hash', '=', hash)
    .where('users.disabled_at', 'is', null)
    .executeTakeFirst();
  if (r === undefined) return undefined;
  return {
    tenantId: tenant,
    sessionHash: r.session_hash,
    userId: r.user_id,
    csrfToken: r.csrf_token,
    createdAt: Number(r.created_at),
    expiresAt: Number(r.expires_at),
    lastSeenAt: Number(r.last_seen_at),
    login: r.login,
    role: r.role as Role,
  };
};

export const touchSessionIn = async (ctx: SqlContext, tenant: TenantId, hash: string, at: number): Promise<void> => {
  await tables(ctx).updateTable('sessions').set({ last_seen_at: at }).where('tenant_id', '=', tenant).where('session_hash', '=', hash).execute();
};

export const deleteSessionIn = async (ctx: SqlContext, tenant: TenantId, hash: string, actor: Actor): Promise<void> => {
  const row = await tables(ctx).selectFrom('sessions').select('user_id').where('tenant_id', '=', tenant).where('session_hash', '=', hash).executeTakeFirst();
  if (row === undefined) return;
  await tables(ctx).deleteFrom('sessions').where('tenant_id', '=', tenant).where('session_hash', '=', hash).execute();
  await appendAuditIn(ctx, tenant, { actor, type: 'session.ended', subject: `user:${row.user_id}`, data: {} });
};

export const signInAttemptsRow = async (ctx: SqlContext, tenant: TenantId, login: string): Promise<SignInAttempts | undefined> => {
  const r = await tables(ctx).selectFrom('sign_in_attempts').selectAll().where('tenant_id', '=', tenant).where('login', '=', login).executeTakeFirst();
  if (r === undefined) return undefined;
  return {
    failures: Number(r.failures),
    lastFailedAt: Number(r.last_failed_at),
    ...(r.locked_until === null ? {} : { lockedUntil: Number(r.locked_until) }),
  };
};

export const recordSignInFailureIn = async (ctx: SqlContext, tenant: TenantId, login: string, a: SignInAttempts): Promise<void> => {
  const values = { failures: a.failures, last_failed_at: a.lastFailedAt, locked_until: a.lockedUntil ?? null };
  await tables(ctx)
    .insertInto('sign_in_attempts')
    .values({ tenant_id: tenant, login, ...values })
    .onConflict((oc) => oc.columns(['tenant_id', 'login']).doUpdateSet(values))
    .execute();
};

export const clearSignInAttemptsIn = async (ctx: SqlContext, tenant: TenantId, login: string): Promise<void> => {
  await tables(ctx).deleteFrom('sign_in_attempts').where('tenant_id', '=', tenant).where('login', '=', login).execute();
};
