// Console users (migration 0001's `users`). Names and e-mails are sealed; the login is
// an operator's chosen identifier and stays clear (it is unique per tenant). Every
// change appends an audit event in the caller's transaction, without the hash.
import type { Actor } from '../../../app/ports/store-records.js';
import type { NewUser, UserCredentials, UserRecord } from '../../../app/ports/user-store.js';
import type { TenantId } from '../../../core/model/ids.js';
import type { Role } from '../../../core/model/roles.js';
import { appendAuditIn } from './audit-queries.js';
import type { UsersTable } from './schema.js';
import type { SessionTables } from './session-schema.js';
import { sealOptional, unsealOptional, type SqlContext } from './sql-context.js';

const toUser = (ctx: SqlContext, tenant: TenantId, r: UsersTable): UserRecord => {
  const name = unsealOptional(ctx, tenant, 'users.name', r.name_enc);
  const email = unsealOptional(ctx, tenant, 'users.email', r.email_enc);
  return {
    id: r.user_id,
    tenantId: tenant,
    login: r.login,
    role: r.role as Role,
    ...(name === undefined ? {} : { name }),
    ...(email === undefined ? {} : { email }),
    createdAt: Number(r.created_at),
    ...(r.disabled_at === null ? {} : { disabledAt: Number(r.disabled_at) }),
  };
};

export const createUserIn = async (ctx: SqlContext, tenant: TenantId, u: NewUser, actor: Actor): Promise<UserRecord | 'taken'> => {
  const taken = await ctx.db.selectFrom('users').select('user_id').where('tenant_id', '=', tenant).where('login', '=', u.login).executeTakeFirst();
  if (taken !== undefined) return 'taken';
  const row: UsersTable = {
    tenant_id: tenant,
    user_id: ctx.newId(),
    login: u.login,
    name_enc: sealOptional(ctx, tenant, 'users.name', u.name),
    email_enc: sealOptional(ctx, tenant, 'users.email', u.email),
    password_hash: u.passwordHash,
    role: u.role,
    created_at: ctx.now(),
    disabled_at: null,
  };
  await ctx.db.insertInto('users').values(row).execute();
  await appendAuditIn(ctx, tenant, { actor, type: 'user.created', subject: `user:${row.user_id}`, data: { login: u.login, role: u.role } });
  return toUser(ctx, tenant, row);
};

export const findUserByLoginRow = async (ctx: SqlContext, tenant: TenantId, login: string): Promise<UserCredentials | undefined> => {
  const r = await ctx.db.selectFrom('users').selectAll().where('tenant_id', '=', tenant).where('login', '=', login).executeTakeFirst();
  return r === undefined ? undefined : { ...toUser(ctx, tenant, r), passwordHash: r.password_hash };
};

export const getUserRow = async (ctx: SqlContext, tenant: TenantId, id: string): Promise<UserRecord | undefined> => {
  const r = await ctx.db.selectFrom('users').selectAll().where('tenant_id', '=', tenant).where('user_id', '=', id).executeTakeFirst();
  return r === undefined ? undefined : toUser(ctx, tenant, r);
};

export const listUserRows = async (ctx: SqlContext, tenant: TenantId): Promise<readonly UserRecord[]> => {
  const rows = await ctx.db.selectFrom('users').selectAll().where('tenant_id', '=', tenant).orderBy('login').execute();
  return rows.map((r) => toUser(ctx, tenant, r));
};

const endSessions = async (ctx: SqlContext, tenant: TenantId, id: string): Promise<void> => {
  await ctx.db.withTables<SessionTables>().deleteFrom('sessions').where('tenant_id', '=', tenant).where('user_id', '=', id).execute();
};

export const setUserRoleIn = async (ctx: SqlContext, tenant: TenantId, id: string, role: Role, actor: Actor): Promise<boolean> => {
  const res = await ctx.db.updateTable('users').set({ role }).where('tenant_id', '=', tenant).where('user_id', '=', id).executeTakeFirst();
  if (Number(res.numUpdatedRows) === 0) return false;
  await appendAuditIn(ctx, tenant, { actor, type: 'user.role_set', subject: `user:${id}`, data: { role } });
  return true;
};

export const disableUserIn = async (ctx: SqlContext, tenant: TenantId, id: string, actor: Actor): Promise<boolean> => {
  const res = await ctx.db
    .updateTable('users')
    .set({ disabled_at: ctx.now() })
    .where('tenant_id', '=', tenant)
    .where('user_id', '=', id)
    .where('disabled_at', 'is', null)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) === 0) return (await getUserRow(ctx, tenant, id)) !== undefined;
  await endSessions(ctx, tenant, id);
  await appendAuditIn(ctx, tenant, { actor, type: 'user.disabled', subject: `user:${id}`, data: {} });
  return true;
};

export const setUserPasswordIn = async (ctx: SqlContext, tenant: TenantId, id: string, hash: string, actor: Actor): Promise<boolean> => {
  const res = await ctx.db.updateTable('users').set({ password_hash: hash }).where('tenant_id', '=', tenant).where('user_id', '=', id).executeTakeFirst();
  if (Number(res.numUpdatedRows) === 0) return false;
  await endSessions(ctx, tenant, id);
  await appendAuditIn(ctx, tenant, { actor, type: 'user.password_set', subject: `user:${id}`, data: {} });
  return true;
};
