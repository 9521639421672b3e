// `tact users add|list`: console users of a tenant (docs/console.md). `add` without
// --password-stdin generates a password and prints it once; it is stored only as an
// argon2id hash. This is how the first admin of a tenant is created.
import type { OpenStore } from '../app/ports/store-opener.js';
import type { PasswordHasher } from '../app/ports/password-hasher.js';
import { addUser } from '../app/users/manage-users.js';
import { failure } from '../core/errors.js';
import { tenantId } from '../core/model/ids.js';
import type { Command, ExitCode } from './command.js';
import { printFailures } from './print-failures.js';
import { withStore, withoutDbOption } from './store-command-support.js';

export interface UsersDeps {
  readonly openStore: OpenStore;
  readonly hasher: PasswordHasher;
  /** A fresh random password (main: 24 base64url characters, 144 bits). */
  readonly generatePassword: () => string;
}

const help = `Usage: tact users add --tenant ID --login LOGIN --role ROLE [--password-stdin]
                      [--name TEXT] [--email ADDRESS] [--db URL]
       tact users list --tenant ID [--db URL]

add creates a console user (audit event user.created). Without --password-stdin a
password is generated and printed once: give it to the user, it is not shown again.
Roles: admin, strategist, agent, compliance, auditor. Logins: 2–64 of a-z 0-9 . _ -
--tenant defaults to TACT_TENANT, else "default".

Exit: 0 done, 2 invalid input or unknown tenant, 3 database fault.
`;

const valued = ['--tenant', '--login', '--role', '--name', '--email'];

export const createUsersCommand = (deps: UsersDeps): Command => ({
  name: 'users',
  summary: 'create and list console users',
  help,
  run: async (args, io): Promise<ExitCode> => {
    const [verb, ...rest] = withoutDbOption(args);
    const values = new Map<string, string>();
    const flags = new Set<string>();
    for (let i = 0; i < rest.length; i += 1) {
      const a = rest[i]!;
      if (valued.includes(a)) {
        const v = rest[i + 1];
        if (v === undefined) {
          printFailures(io, [failure('TACT_ERR_CLI_BAD_ARGUMENT', { path: a, message: `${a} needs a value.` })]);
          return 2;
        }
        values.set(a, v);
        i += 1;
      } else if (a === '--password-stdin') flags.add(a);
      else {
        printFailures(io, [failure('TACT_ERR_CLI_BAD_ARGUMENT', { path: a })]);
        return 2;
      }
    }
    const tenant = tenantId(values.get('--tenant') ?? io.env['TACT_TENANT'] ?? 'default');
    if (verb !== 'add' && verb !== 'list') {
      printFailures(io, [failure('TACT_ERR_CLI_BAD_ARGUMENT', { path: verb ?? '(none)', message: 'Use: tact users add … | list.' })]);
      return 2;
    }
    return withStore(deps.openStore, args, io, async (handle) => {
      await handle.assertMigrated();
      if ((await handle.store.getTenant(tenant)) === undefined) {
        printFailures(io, [failure('TACT_ERR_STORE_UNKNOWN_TENANT', { path: '--tenant' })]);
        return 2;
      }
      if (verb === 'list') {
        for (const u of await handle.store.listUsers(tenant)) {
          io.stdout(`${u.login}\t${u.role}\t${u.disabledAt === undefined ? 'active' : `disabled ${new Date(u.disabledAt).toISOString()}`}\n`);
        }
        return 0;
      }
      const generated = !flags.has('--password-stdin');
      const password = generated ? deps.generatePassword() : (await io.readStdin()).replace(/\r?\n$/, '');
      const name = values.get('--name');
      const email = values.get('--email');
      const r = await addUser(handle.store, deps.hasher, tenant, {
        login: values.get('--login') ?? '',
        role: values.get('--role') ?? '',
        password,
        ...(name === undefined ? {} : { name }),
        ...(email === undefined ? {} : { email }),
      }, 'cli:users');
      if (!r.ok) {
        printFailures(io, r.error.map((f) => (f.path === 'login' || f.path === 'role' ? { ...f, path: `--${f.path}` } : f)));
        return 2;
      }
      io.stdout(`created ${r.value.login} (${r.value.role}) in ${tenant}\n`);
      if (generated) io.stdout(`password (shown once): ${password}\n`);
      return 0;
    });
  },
});
