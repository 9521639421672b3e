// `tact import FILE`: accounts, borrowers and contacts from CSV or JSON Lines into the
// store (docs/import.md). Exit 0 written, 2 refused (bad rows or options; nothing
// written), 3 database fault.
import { statSync, createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import { DateTime } from 'luxon';
import { importAccounts, type ImportSummary } from '../app/import-accounts.js';
import type { OpenStore } from '../app/ports/store-opener.js';
import type { Store } from '../app/ports/store.js';
import type { TenantRecord } from '../app/ports/store-records.js';
import { failure, type TactFailure } from '../core/errors.js';
import { tenantId, type TenantId } from '../core/model/ids.js';
import { isPhoneRegion } from '../core/model/parse-phone.js';
import type { CliIo } from './cli-io.js';
import type { Command, ExitCode } from './command.js';
import { fileRecordSpool } from './file-record-spool.js';
import { importProgressBar } from './import-progress.js';
import { parseImportOptions, type ImportOptions } from './import-options.js';
import { printFailures } from './print-failures.js';
import { openRejectFile } from './reject-file.js';
import { withStore } from './store-command-support.js';

export interface ImportDeps {
  readonly openStore: OpenStore;
  /** Epoch ms UTC; the import date (for days past due) is its date in the tenant's zone. */
  readonly now: () => number;
}

const help = `Usage: tact import FILE [--db URL] [--tenant ID] [--skip-invalid] [--reject-file PATH]
                   [--format csv|jsonl] [--region CC]

Imports accounts with their borrower and up to 5 contacts per row (docs/import.md).
Every row is checked first; by default one bad row means nothing is written, and
each problem is printed as CODE at line N, column: message — hint.

  --db URL            sqlite:PATH (default sqlite:./tact.db) or postgres://…; default TACT_DB
  --tenant ID         tenant to import into (default TACT_TENANT or "default"); a
                      missing tenant is created for --region CN or US
  --skip-invalid      write the good rows; bad rows go to the reject file
  --reject-file PATH  where rejected rows go (default FILE.rejects.csv|jsonl); fix the
                      rows there and import that file again
  --format csv|jsonl  default from the file name (.jsonl/.ndjson → jsonl, else csv)
  --region CC         ISO 3166 region for numbers written without +country code
                      (default: the tenant's region)

Exit codes: 0 imported, 2 refused (invalid rows or options; nothing written), 3 database fault.
`;

const newTenantDefaults = {
  CN: { pack: 'cn', timeZone: 'Asia/Shanghai', locale: 'zh-CN' },
  US: { pack: 'us-regf', timeZone: 'America/New_York', locale: 'en' },
} as const;

const findOrCreateTenant = async (store: Store, id: TenantId, region: string | undefined, io: CliIo): Promise<TenantRecord | TactFailure> => {
  const found = await store.getTenant(id);
  if (found !== undefined) return found;
  const r = region ?? 'CN';
  if (r !== 'CN' && r !== 'US') {
    return failure('TACT_ERR_CLI_BAD_ARGUMENT', { path: '--tenant', message: 'The tenant does not exist; import creates new tenants only for --region CN or US.' });
  }
  const tenant = await store.createTenant(id, { name: id, defaultRegion: r, ...newTenantDefaults[r] }, 'cli:import');
  io.stderr(`created tenant ${id} (region ${r}, zone ${tenant.timeZone}, pack ${tenant.pack})\n`);
  return tenant;
};

export const printImportSummary = (io: CliIo, s: ImportSummary, rejectFile: string | undefined): void => {
  io.stdout(
    `${s.written ? 'imported' : 'nothing written'}: ${s.rowsRead} rows read, ${s.created} created, ${s.updated} updated, ` +
      `${s.unchanged} unchanged, ${s.rejected} rejected, ${s.suppressed.length} people kept suppressed\n`,
  );
  for (const p of s.suppressed) {
    io.stdout(`line ${p.line}: the ${p.role.replace('_', ' ')}'s number is on the suppression list and stays suppressed\n`);
  }
  if (s.failureCount > s.failures.length) io.stdout(`(${s.failureCount - s.failures.length} more problems not shown)\n`);
  if (s.rejected > 0 && s.written && rejectFile !== undefined) io.stdout(`rejected rows with their errors: ${rejectFile}\n`);
  if (!s.written) io.stdout('fix the rows above and import again, or use --skip-invalid to import the good rows\n');
};

const runImport = async (deps: ImportDeps, opts: ImportOptions, args: readonly string[], io: CliIo): Promise<ExitCode> => {
  const path = resolve(io.cwd, opts.file);
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    printFailures(io, [failure('TACT_ERR_CLI_FILE_UNREADABLE', { path: opts.file })]);
    return 2;
  }
  return withStore(deps.openStore, args, io, async (handle) => {
    await handle.assertMigrated();
    const tenant = await findOrCreateTenant(handle.store, tenantId(opts.tenant), opts.region, io);
    if ('code' in tenant) {
      printFailures(io, [tenant]);
      return 2;
    }
    const region = opts.region ?? tenant.defaultRegion;
    if (!isPhoneRegion(region)) {
      printFailures(io, [failure('TACT_ERR_CLI_BAD_ARGUMENT', { path: '--region' })]);
      return 2;
    }
    const today = DateTime.fromMillis(deps.now(), { zone: tenant.timeZone }).toISODate() ?? '';
    const rejects = opts.rejectFile === undefined ? undefined : openRejectFile(resolve(io.cwd, opts.rejectFile), opts.format);
    const bar = importProgressBar(io, size);
    try {
      const summary = await importAccounts(handle.store, {
        tenant: tenant.id,
        actor: 'cli:import',
        format: opts.format,
        context: { defaultRegion: region, defaultTimeZone: tenant.timeZone, today },
        skipInvalid: opts.skipInvalid,
        source: createReadStream(path, { highWaterMark: 1 << 16 }),
        spool: fileRecordSpool(),
        ...(rejects === undefined ? {} : { rejects }),
        onProgress: bar.update,
      });
      bar.stop();
      printFailures(io, summary.failures);
      printImportSummary(io, summary, opts.rejectFile);
      return summary.written ? 0 : 2;
    } finally {
      bar.stop();
      rejects?.close();
    }
  });
};

export const createImportCommand = (deps: ImportDeps): Command => ({
  name: 'import',
  summary: 'Import accounts, borrowers and contacts from CSV or JSON Lines.',
  help,
  run: async (args, io) => {
    const opts = parseImportOptions(args, io.env);
    if (!opts.ok) {
      printFailures(io, opts.error);
      return 2;
    }
    return runImport(deps, opts.value, args, io);
  },
});
