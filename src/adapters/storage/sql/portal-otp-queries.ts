// One-time codes and borrower sessions (docs/portal.md, "One-time codes"). A code is
// stored as a keyed hash bound to its row id and compared in constant time; the number
// as a keyed hash (subject). Attempts are counted on the row before the comparison is
// answered, so parallel guesses cannot exceed the limit by more than the race window of
// one write transaction (SQLite serialises writers; PostgreSQL locks the row).
import { timingSafeEqual } from 'node:crypto';
import type { NewOtp, OtpCheck, OtpVerdict, PortalSession } from '../../../app/ports/portal-store.js';
import { tenantId } from '../../../core/model/ids.js';
import { seal, unseal, type SqlContext } from './sql-context.js';

const PORTAL = tenantId('portal');
const subjectOf = (ctx: SqlContext, phone: string): string => ctx.cipher.blindIndex(PORTAL, phone);
const codeHash = (ctx: SqlContext, otpId: string, code: string): string => ctx.cipher.blindIndex(PORTAL, `otp\u0000${otpId}\u0000${code}`);

const newest = (ctx: SqlContext, purpose: string, subject: string, scope: string) => {
  let q = ctx.db
    .selectFrom('portal_otps')
    .selectAll()
    .where('subject', '=', subject)
    .where('purpose', '=', purpose)
    .where('tenant_id', '=', scope)
    .orderBy('created_at', 'desc')
    .limit(1);
  if (ctx.caps.supportsForUpdate) q = q.forUpdate();
  return q.executeTakeFirst();
};

export const issueOtpIn = async (ctx: SqlContext, o: NewOtp): Promise<'issued' | 'throttled'> => {
  const subject = subjectOf(ctx, o.phoneE164);
  const last = await newest(ctx, o.purpose, subject, o.scope);
  if (last !== undefined && o.now - Number(last.created_at) < o.resendAfterMs) return 'throttled';
  const otpId = ctx.newId();
  await ctx.db
    .insertInto('portal_otps')
    .values({ tenant_id: o.scope, otp_id: otpId, purpose: o.purpose, subject, code_hash: codeHash(ctx, otpId, o.code), attempts: 0, created_at: o.now, expires_at: o.now + o.ttlMs, consumed_at: null })
    .execute();
  // Older live codes of the subject stop working: only the newest code is valid.
  await ctx.db
    .updateTable('portal_otps')
    .set({ consumed_at: o.now })
    .where('subject', '=', subject)
    .where('purpose', '=', o.purpose)
    .where('tenant_id', '=', o.scope)
    .where('otp_id', '!=', otpId)
    .where('consumed_at', 'is', null)
    .execute();
  return 'issued';
};

const sameHash = (a: string, b: string): boolean => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

export const checkOtpIn = async (ctx: SqlContext, c: OtpCheck): Promise<OtpVerdict> => {
  const row = await newest(ctx, c.purpose, subjectOf(ctx, c.phoneE164), c.scope);
  if (row === undefined || row.consumed_at !== null) return 'none';
  if (Number(row.attempts) >= c.maxAttempts) return 'locked';
  if (c.now >= Number(row.expires_at)) return 'expired';
  const match = sameHash(codeHash(ctx, row.otp_id, c.code), row.code_hash);
  await ctx.db
    .updateTable('portal_otps')
    .set({ attempts: Number(row.attempts) + 1, ...(match ? { consumed_at: c.now } : {}) })
    .where('tenant_id', '=', row.tenant_id)
    .where('otp_id', '=', row.otp_id)
    .execute();
  if (match) return 'ok';
  return Number(row.attempts) + 1 >= c.maxAttempts ? 'locked' : 'wrong';
};

export const createPortalSessionIn = async (ctx: SqlContext, tokenHash: string, phone: string, now: number, expiresAt: number): Promise<void> => {
  await ctx.db
    .insertInto('portal_sessions')
    .values({ tenant_id: '', session_hash: tokenHash, phone_enc: seal(ctx, PORTAL, 'portal_sessions.phone', phone), created_at: now, expires_at: expiresAt, ended_at: null })
    .execute();
};

export const getPortalSessionRow = async (ctx: SqlContext, tokenHash: string, now: number): Promise<PortalSession | undefined> => {
  const r = await ctx.db.selectFrom('portal_sessions').selectAll().where('tenant_id', '=', '').where('session_hash', '=', tokenHash).executeTakeFirst();
  if (r === undefined || r.ended_at !== null || now >= Number(r.expires_at)) return undefined;
  return { phoneE164: unseal(ctx, PORTAL, 'portal_sessions.phone', r.phone_enc), expiresAt: Number(r.expires_at) };
};

export const endPortalSessionIn = async (ctx: SqlContext, tokenHash: string, now: number): Promise<void> => {
  await ctx.db.updateTable('portal_sessions').set({ ended_at: now }).where('tenant_id', '=', '').where('session_hash', '=', tokenHash).where('ended_at', 'is', null).execute();
};
