// `tact strategy dry-run VERSION --from DATE --to DATE [--tenant ID]` (docs/experiments.md,
// "Dry run"): VERSION is `ID@N`, or `N` of the active strategy's id. Prints one line per
// business day — would send, would block by reason code, actually sent, and the
// difference — then the totals. Read-only: nothing is written. Exit 0 ok, 2 bad input.
import { dryRunDay, type DryRunDay } from '../app/plan/dry-run-strategy.js';
import type { CodeGenerator } from '../app/ports/code-generator.js';
import type { Store } from '../app/ports/store.js';
import { failure, type TactFailure } from '../core/errors.js';
import type { TenantId } from '../core/model/ids.js';
import { epochDay, parseIsoDate } from '../core/model/parse-iso-date.js';
import { parseStrategy } from '../core/strategy/parse-strategy.js';
import type { Strategy } from '../core/strategy/strategy.js';
import type { CliIo } from './cli-io.js';
import type { ExitCode } from './command.js';
import { printFailures } from './print-failures.js';

const MAX_DAYS = 93;
const bad = (path: string, message: string): TactFailure[] => [failure('TACT_ERR_CLI_BAD_ARGUMENT', { path, message })];
const optionOf = (args: readonly string[], name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const isoOf = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);
const counts = (m: Record<string, number>): string => Object.entries(m).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, v]) => `${k} ${v}`).join(', ');

const versionOf = async (store: Store, tenant: TenantId, spec: string): Promise<Strategy | TactFailure[]> => {
  const m = /^(?:(.+)@)?(\d+)$/.exec(spec);
  if (m === null) return bad(spec, 'VERSION is ID@N or N (a version of the active strategy).');
  const id = m[1] ?? (await store.getActiveStrategy(tenant))?.strategyId;
  if (id === undefined) return bad(spec, 'No active strategy: name the strategy as ID@N.');
  const row = (await store.listStrategies(tenant)).find((s) => s.strategyId === id && s.version === Number(m[2]));
  if (row === undefined) return bad(spec, `Strategy ${id}@${m[2]} is not stored (tact strategy list).`);
  const parsed = parseStrategy(row.body);
  return parsed.ok ? parsed.value : [...parsed.error];
};

export const formatDryRunDay = (d: DryRunDay): string =>
  `${d.businessDate}  accounts ${d.accounts}  would send ${d.wouldSend}${d.wouldSend > 0 ? ` (${counts(d.wouldSendByChannel)}; ${counts(d.wouldSendByAudience)})` : ''}` +
  `  would block ${d.wouldBlock}${d.wouldBlock > 0 ? ` (${counts(d.blockedByReason)})` : ''}` +
  `  actually sent ${d.actuallySent}  same ${d.same}  +${d.added} new  −${d.dropped} not sent\n`;

export const strategyDryRun = async (store: Store, codes: CodeGenerator, tenant: TenantId, spec: string, args: readonly string[], io: CliIo): Promise<ExitCode> => {
  const from = optionOf(args, '--from');
  const to = optionOf(args, '--to');
  if (from === undefined || !parseIsoDate(from).ok || to === undefined || !parseIsoDate(to).ok) {
    printFailures(io, bad('--from/--to', 'Give --from YYYY-MM-DD and --to YYYY-MM-DD.'));
    return 2;
  }
  const [first, last] = [epochDay(from), epochDay(to)];
  if (last < first || last - first + 1 > MAX_DAYS) {
    printFailures(io, bad('--to', `--to must be on or after --from, at most ${MAX_DAYS} days.`));
    return 2;
  }
  const strategy = await versionOf(store, tenant, spec);
  if (Array.isArray(strategy)) {
    printFailures(io, strategy);
    return 2;
  }
  io.stdout(`dry run of ${strategy.id}@${strategy.version} for tenant ${tenant}, ${from} … ${to} (read-only; today's overdue accounts replayed)\n`);
  const total = { wouldSend: 0, wouldBlock: 0, actuallySent: 0, same: 0, added: 0, dropped: 0 };
  for (let day = first; day <= last; day += 1) {
    const r = await dryRunDay({ store, codes }, tenant, strategy, isoOf(day));
    if (!r.ok) {
      printFailures(io, r.error);
      return 2;
    }
    io.stdout(formatDryRunDay(r.value));
    for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += r.value[k];
  }
  io.stdout(`total  would send ${total.wouldSend}  would block ${total.wouldBlock}  actually sent ${total.actuallySent}  same ${total.same}  +${total.added} new  −${total.dropped} not sent\n`);
  return 0;
};
