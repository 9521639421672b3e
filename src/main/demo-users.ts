// The demo's sign-ins, the one place `tact start` creates users (seed-demo.ts calls it
// once per demo tenant). Until the user store exists (console branch: users + argon2),
// it creates none and says so; then it creates an admin and an agent per tenant with
// the passwords below and returns them for the start banner.
import type { DemoLogin } from '../app/demo/seed-demo.js';
import type { Store } from '../app/ports/store.js';
import type { TenantId } from '../core/model/ids.js';

/** Demo passwords: printed on start, never for production (the demo runs on 127.0.0.1). */
export const demoPasswords = { admin: 'demo-admin-pass', agent: 'demo-agent-pass' } as const;

export const addDemoUsers = (_store: Store) => async (_tenant: TenantId): Promise<readonly DemoLogin[]> => [];

/** The demo sign-ins of a tenant, as printed on every start (none until users exist). */
export const demoLoginsFor = (_tenant: TenantId): readonly DemoLogin[] => [];
