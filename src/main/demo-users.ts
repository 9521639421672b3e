// The demo's sign-ins, the one place `tact start` creates users (seed-demo.ts calls it
// once per demo tenant): an admin and an agent in each demo tenant, with the passwords
// below, hashed with argon2id like every user (manage-users.ts).
import type { DemoLogin } from '../app/demo/seed-demo.js';
import type { Store } from '../app/ports/store.js';
import { addUser } from '../app/users/manage-users.js';
import { createArgon2PasswordHasher } from '../adapters/system/argon2-password-hasher.js';
import type { TenantId } from '../core/model/ids.js';

/** Demo passwords: printed on start, for a demo on 127.0.0.1, never for production. */
export const demoPasswords = { admin: 'demo-admin-pass', agent: 'demo-agent-pass' } as const;

/** The demo sign-ins of a tenant, as printed on every start. */
export const demoLoginsFor = (tenant: TenantId): readonly DemoLogin[] =>
  (['admin', 'agent'] as const).map((role) => ({ tenant, role, login: role, password: demoPasswords[role] }));

export const addDemoUsers = (store: Store) => async (tenant: TenantId): Promise<readonly DemoLogin[]> => {
  const hasher = createArgon2PasswordHasher();
  const logins = demoLoginsFor(tenant);
  for (const l of logins) {
    const added = await addUser(store, hasher, tenant, { login: l.login, role: l.role, password: l.password, name: `Demo ${l.role}` }, 'system:demo');
    // Fixed, valid input into a tenant created a moment ago: a refusal is a bug.
    if (!added.ok) throw new Error(`demo user ${l.login}: ${added.error.map((f) => f.code).join(', ')}`);
  }
  return logins;
};
