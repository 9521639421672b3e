import type { OpenStore } from '../app/ports/store-opener.js';
import { failure } from '../core/errors.js';
import type { Command } from './command.js';
import { printFailures } from './print-failures.js';
import { withStore, withoutDbOption } from './store-command-support.js';

export interface MigrateDeps {
  readonly openStore: OpenStore;
}

export const createMigrateCommand = (deps: MigrateDeps): Command => ({
  name: 'migrate',
  summary: 'Create or upgrade the database schema (forward-only migrations).',
  help: `Usage: tact migrate [--db URL]

Applies every pending migration, in order, in one transaction under a lock (a
PostgreSQL advisory lock; SQLite BEGIN IMMEDIATE), and records each in the table
schema_migrations. Running it again applies nothing. Safe to run from several hosts
at once: the second waits and then finds nothing to do.

  --db URL   sqlite:PATH (default sqlite:./tact.db) or postgres://user@host/db;
             default from TACT_DB.

Exit codes: 0 schema up to date, 2 bad option or configuration, 3 database fault.
`,
  run: async (args, io) => {
    const rest = withoutDbOption(args);
    if (rest.length > 0) {
      printFailures(io, [failure('TACT_ERR_CLI_BAD_ARGUMENT', { path: rest[0] ?? '' })]);
      return 2;
    }
    return withStore(deps.openStore, args, io, async (handle) => {
      const applied = await handle.migrate();
      io.stdout(
        applied.length === 0
          ? 'schema up to date: no migration pending\n'
          : `applied ${applied.length} migration(s): ${applied.join(', ')}\n`,
      );
      return 0;
    });
  },
});
