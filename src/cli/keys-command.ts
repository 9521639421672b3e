// `tact keys create|list|revoke` (docs/server.md, "API keys"): bootstraps the first admin
// key of a tenant and manages keys without the API. `create` prints the secret once, on
// stdout only; the store keeps its SHA-256 and a short prefix. Exit 0 ok, 1 nothing to
// revoke, 2 invalid input or unknown tenant, 3 database fault.
import { newApiKeySecret } from '../app/api-keys/new-api-key-secret.js';
import type { OpenStore } from '../app/ports/store-opener.js';
import { failure } from '../core/errors.js';
import { tenantId } from '../core/model/ids.js';
import { isRole, roles } from '../core/model/roles.js';
import type { CliIo } from './cli-io.js';
import type { Command, ExitCode } from './command.js';
import { printFailures } from './print-failures.js';
import { withStore, withoutDbOption } from './store-command-support.js';

const help = `Usage: tact keys create --role ROLE [--label TEXT] [--tenant ID] [--db URL]
       tact keys list [--tenant ID] [--db URL]
       tact keys revoke KEY_ID [--tenant ID] [--db URL]

create   a new API key for the tenant with one role (${roles.join(', ')}); the key is
         printed ONCE — store it in your secret manager, Tact keeps only its hash.
list     the tenant's keys: id, prefix, role, label, created, last used, revoked.
revoke   the key stops working at once (audit event api_key.revoked).
--tenant defaults to TACT_TENANT, else "default". Use a key as "Authorization: Bearer KEY".
`;

const valued = ['--tenant', '--role', '--label'];

const parse = (args: readonly string[], env: CliIo['env']): { sub?: string; positional: string[]; values: Map<string, string>; bad?: string } => {
  const values = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const a = args[i]!;
    if (valued.includes(a)) {
      const v = args[i + 1];
      if (v === undefined || v === '') return { positional, values, bad: a };
      values.set(a, v);
      i += 1;
    } else if (a.startsWith('--')) return { positional, values, bad: a };
    else positional.push(a);
  }
  if (!values.has('--tenant')) values.set('--tenant', env['TACT_TENANT'] ?? 'default');
  const [sub, ...rest] = positional;
  return { ...(sub === undefined ? {} : { sub }), positional: rest, values };
};

const iso = (ms: number | undefined): string => (ms === undefined ? '-' : new Date(ms).toISOString());

export const createKeysCommand = (deps: { readonly openStore: OpenStore }): Command => ({
  name: 'keys',
  summary: 'create, list and revoke API keys',
  help,
  run: async (args, io): Promise<ExitCode> => {
    const p = parse(withoutDbOption(args), io.env);
    if (p.bad !== undefined) {
      printFailures(io, [failure('TACT_ERR_CLI_BAD_ARGUMENT', { path: p.bad })]);
      return 2;
    }
    const tenant = tenantId(p.values.get('--tenant')!);
    const role = p.values.get('--role');
    const usable = (p.sub === 'create' && p.positional.length === 0) || (p.sub === 'list' && p.positional.length === 0) || (p.sub === 'revoke' && p.positional.length === 1);
    if (!usable) {
      printFailures(io, [failure('TACT_ERR_CLI_BAD_ARGUMENT', { path: p.sub ?? '(none)', message: 'Use: tact keys create --role ROLE | list | revoke KEY_ID.' })]);
      return 2;
    }
    if (p.sub === 'create' && (role === undefined || !isRole(role))) {
      printFailures(io, [failure('TACT_ERR_CLI_BAD_ARGUMENT', { path: '--role', message: `--role is one of ${roles.join(', ')}.` })]);
      return 2;
    }
    return withStore(deps.openStore, args, io, async (handle) => {
      await handle.assertMigrated();
      if ((await handle.store.getTenant(tenant)) === undefined) {
        printFailures(io, [failure('TACT_ERR_STORE_UNKNOWN_TENANT', { path: '--tenant' })]);
        return 2;
      }
      if (p.sub === 'create' && role !== undefined && isRole(role)) {
        const secret = newApiKeySecret();
        const label = p.values.get('--label');
        const key = await handle.store.createApiKey(tenant, { role, secret, ...(label === undefined ? {} : { label }) }, 'cli:keys');
        io.stderr(`created ${key.id} (${key.role}) for tenant ${tenant}; the key below is shown once:\n`);
        io.stdout(`${secret}\n`);
        return 0;
      }
      if (p.sub === 'revoke') {
        const id = p.positional[0]!;
        const revoked = await handle.store.revokeApiKey(tenant, id, 'cli:keys');
        if (!revoked) printFailures(io, [failure('TACT_ERR_CLI_BAD_ARGUMENT', { path: id, message: 'No active key with this id.' })]);
        else io.stdout(`revoked ${id}\n`);
        return revoked ? 0 : 1;
      }
      const keys = await handle.store.listApiKeys(tenant);
      for (const k of keys) {
        io.stdout(`${k.id}  ${k.prefix}…  ${k.role}  created ${iso(k.createdAt)}  last used ${iso(k.lastUsedAt)}${k.revokedAt === undefined ? '' : `  revoked ${iso(k.revokedAt)}`}${k.label === undefined ? '' : `  ${k.label}`}\n`);
      }
      if (keys.length === 0) io.stdout('no keys\n');
      return 0;
    });
  },
});
