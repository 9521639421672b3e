import type { ErrorTable } from './error-spec.js';

// Errors of console users and sign-in (issue 6). One answer for an unknown login and a
// wrong password, so the answer never tells whether a login exists.
export const authErrors = {
  TACT_ERR_AUTH_SIGN_IN_FAILED: {
    message: 'The login or the password is wrong, or the user is disabled.',
    hint: 'Check the tenant, login and password; after 5 failures the login is locked for a while.',
    retryable: false,
  },
  TACT_ERR_AUTH_LOCKED: {
    message: 'Too many failed sign-ins for this login; it is locked for a while.',
    hint: 'Wait until the time given, then try again; each further lock doubles, up to one hour.',
    retryable: true,
  },
  TACT_ERR_AUTH_LOGIN_TAKEN: {
    message: 'A user with this login already exists in the tenant.',
    hint: 'Choose another login, or change the existing user’s role instead.',
    retryable: false,
  },
  TACT_ERR_AUTH_BAD_USER: {
    message: 'The user’s login, role or password is not acceptable.',
    hint: 'Logins are 2–64 characters of a-z, 0-9, ".", "_", "-"; roles: admin, strategist, agent, compliance, auditor; passwords 12–256 characters.',
    retryable: false,
  },
} as const satisfies ErrorTable;
