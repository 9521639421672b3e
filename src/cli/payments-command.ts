// `tact payments FILE`: records the lender's payments (docs/inbound.md, "Payments").
// Every row is checked first; any invalid row → nothing is written, exit 2. Then each
// payment is recorded in its own transaction (idempotent by payment id); a row the store
// refuses (unknown account, other currency, id reused) is reported and the others are
// kept, exit 2. Exit 0 when every row was recorded or was already recorded.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parsePaymentRows } from '../app/payments/parse-payment-rows.js';
import { recordPayment, type PaymentRejection } from '../app/payments/record-payment.js';
import type { OpenStore } from '../app/ports/store-opener.js';
import { failure, type ErrorCode } from '../core/errors.js';
import { tenantId } from '../core/model/ids.js';
import type { CliIo } from './cli-io.js';
import type { Command, ExitCode } from './command.js';
import { printFailures } from './print-failures.js';
import { withStore, withoutDbOption } from './store-command-support.js';

const help = `Usage: tact payments FILE [--db URL] [--tenant ID]

Records payments from a UTF-8 CSV with the header
  external_id,account_external_id,amount,currency,paid_at
amount in major units (800.00), paid_at an ISO-8601 instant with an offset.
Each payment lowers the account's balance and overdue amount, cures the account
when nothing is overdue any more, settles it at a zero balance, and cancels its
pending messages in the same transaction. The same payment id twice is recorded once.
  --db URL       sqlite:PATH or postgres://… (default TACT_DB or sqlite:./tact.db)
  --tenant ID    default TACT_TENANT or "default"
Exit 0 all recorded; 2 invalid rows (nothing written) or rows refused (listed).`;

const rejectionCode: Record<PaymentRejection, ErrorCode> = {
  unknown_account: 'TACT_ERR_PAYMENT_UNKNOWN_ACCOUNT',
  currency_mismatch: 'TACT_ERR_PAYMENT_CURRENCY_MISMATCH',
  id_conflict: 'TACT_ERR_PAYMENT_ID_CONFLICT',
  bad_amount: 'TACT_ERR_PAYMENT_BAD_AMOUNT',
};

const parseArgs = (args: readonly string[], io: CliIo): { file: string; tenant: string } | undefined => {
  const rest = withoutDbOption(args);
  const files: string[] = [];
  let tenant = io.env['TACT_TENANT'] ?? 'default';
  for (let i = 0; i < rest.length; i += 1) {
    const a = rest[i] ?? '';
    if (a === '--tenant' && rest[i + 1] !== undefined) tenant = rest[++i] ?? tenant;
    else if (a.startsWith('--tenant=')) tenant = a.slice('--tenant='.length);
    else if (a.startsWith('--')) return undefined;
    else files.push(a);
  }
  return files.length === 1 && files[0] !== undefined && tenant !== '' ? { file: files[0], tenant } : undefined;
};

export const createPaymentsCommand = (deps: { readonly openStore: OpenStore }): Command => ({
  name: 'payments',
  summary: 'Record payments from a CSV file (cure/settle, cancel pending messages)',
  help,
  run: async (args, io): Promise<ExitCode> => {
    const opts = parseArgs(args, io);
    if (opts === undefined) {
      printFailures(io, [failure('TACT_ERR_CLI_BAD_ARGUMENT', { message: 'Usage: tact payments FILE [--db URL] [--tenant ID]' })]);
      return 2;
    }
    let text: string;
    try {
      text = await readFile(resolve(io.cwd, opts.file), 'utf8');
    } catch {
      printFailures(io, [failure('TACT_ERR_PAYMENT_UNREADABLE_FILE', { path: opts.file })]);
      return 2;
    }
    const { rows, problems } = parsePaymentRows(text);
    if (problems.length > 0) {
      printFailures(io, problems);
      io.stderr(`nothing recorded: ${problems.length} problem(s)\n`);
      return 2;
    }
    return withStore(deps.openStore, args, io, async ({ store, assertMigrated }) => {
      await assertMigrated();
      const tenant = tenantId(opts.tenant);
      if ((await store.getTenant(tenant)) === undefined) {
        printFailures(io, [failure('TACT_ERR_CLI_BAD_ARGUMENT', { path: '--tenant', message: 'The tenant does not exist.' })]);
        return 2;
      }
      const n = { recorded: 0, duplicate: 0, refused: 0, cured: 0, settled: 0, cancelled: 0 };
      for (const row of rows) {
        const r = await recordPayment(store, tenant, row, 'cli', 'cli:payments');
        if (!r.ok) {
          n.refused += 1;
          printFailures(io, [failure(rejectionCode[r.error], { line: row.line })]);
        } else if (r.value.kind === 'duplicate') n.duplicate += 1;
        else {
          n.recorded += 1;
          n.cancelled += r.value.cancelledMessages;
          if (r.value.status === 'cured') n.cured += 1;
          if (r.value.status === 'settled') n.settled += 1;
        }
      }
      io.stdout(
        `payments: ${n.recorded} recorded, ${n.duplicate} already recorded, ${n.refused} refused; ` +
          `accounts cured ${n.cured}, settled ${n.settled}; pending messages cancelled ${n.cancelled}\n`,
      );
      return n.refused > 0 ? 2 : 0;
    });
  },
});
