// Row shapes of the tables migration 0009 adds (console sessions, failed sign-ins),
// joined with `db.withTables<SessionTables>()` by session-queries.ts (type aliases: see
// inbound-schema.ts).

type Nullable<T> = T | null;

export type SessionsTable = {
  tenant_id: string;
  /** SHA-256 hex of the cookie token. */
  session_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: number;
  expires_at: number;
  last_seen_at: number;
};

export type SignInAttemptsTable = {
  tenant_id: string;
  login: string;
  failures: number;
  last_failed_at: number;
  locked_until: Nullable<number>;
};

export type SessionTables = {
  sessions: SessionsTable;
  sign_in_attempts: SignInAttemptsTable;
};
