// Console users, their sessions and failed sign-ins (migrations 0001 and 0009). Every
// method takes the tenant first. Names and e-mails are sealed; a session is found by
// the SHA-256 of its token, never the token. User changes append an audit event in the
// same transaction; session touches and failed attempts do not (they are not changes
// of what Tact holds about anyone, and the audit of failed logins would leak guesses).
import type { TenantId } from '../../core/model/ids.js';
import type { SignInAttempts } from '../../core/auth/sign-in-lockout.js';
import type { Role } from '../../core/model/roles.js';
import type { Actor } from './store-records.js';

export interface NewUser {
  readonly login: string;
  readonly role: Role;
  readonly passwordHash: string;
  readonly name?: string;
  readonly email?: string;
}

export interface UserRecord {
  readonly id: string;
  readonly tenantId: TenantId;
  readonly login: string;
  readonly role: Role;
  readonly name?: string;
  readonly email?: string;
  readonly createdAt: number;
  readonly disabledAt?: number;
}

/** A user with the stored hash: only for sign-in. */
export interface UserCredentials extends UserRecord {
  readonly passwordHash: string;
}

export interface NewSession {
  /** SHA-256 (hex) of the random token the cookie carries. */
  readonly sessionHash: string;
  readonly userId: string;
  readonly csrfToken: string;
  /** Epoch ms UTC. */
  readonly createdAt: number;
  readonly expiresAt: number;
}

/** A live session joined with its (enabled) user: role changes apply at once. */
export interface SessionRecord extends NewSession {
  readonly tenantId: TenantId;
  readonly lastSeenAt: number;
  readonly login: string;
  readonly role: Role;
}

export interface UserStore {
  /** 'taken' when the login exists in the tenant (logins are unique per tenant). */
  createUser(tenant: TenantId, user: NewUser, actor: Actor): Promise<UserRecord | 'taken'>;
  findUserByLogin(tenant: TenantId, login: string): Promise<UserCredentials | undefined>;
  getUser(tenant: TenantId, id: string): Promise<UserRecord | undefined>;
  listUsers(tenant: TenantId): Promise<readonly UserRecord[]>;
  /** False when no such user. */
  setUserRole(tenant: TenantId, id: string, role: Role, actor: Actor): Promise<boolean>;
  /** Disables the user and ends their sessions; false when no such user. */
  disableUser(tenant: TenantId, id: string, actor: Actor): Promise<boolean>;
  /** Replaces the hash and ends the user's sessions; false when no such user. */
  setUserPassword(tenant: TenantId, id: string, passwordHash: string, actor: Actor): Promise<boolean>;

  createSession(tenant: TenantId, session: NewSession, actor: Actor): Promise<void>;
  /** The session if it exists and its user is enabled (expiry is the caller's check). */
  findSession(tenant: TenantId, sessionHash: string): Promise<SessionRecord | undefined>;
  touchSession(tenant: TenantId, sessionHash: string, at: number): Promise<void>;
  deleteSession(tenant: TenantId, sessionHash: string, actor: Actor): Promise<void>;

  signInAttempts(tenant: TenantId, login: string): Promise<SignInAttempts | undefined>;
  /** Stores the new failure count and lock (upsert). */
  recordSignInFailure(tenant: TenantId, login: string, attempts: SignInAttempts): Promise<void>;
  clearSignInAttempts(tenant: TenantId, login: string): Promise<void>;
}
