// `tact complaints [--overdue] [--tenant ID]`, `show ID`, `acknowledge ID…`,
// `resolve ID… --findings TEXT --action A[,B] [--answer TEXT]` and `file --category C …`
// (docs/complaints.md, "CLI"). Exit 0 done, 1 some complaint refused the step, 2 bad input.
import cliProgress from 'cli-progress';
import { acknowledgeComplaint } from '../app/complaints/acknowledge-complaint.js';
import { fileComplaint } from '../app/complaints/file-complaint.js';
import { listComplaints, openStatuses, withSla } from '../app/complaints/list-complaints.js';
import { resolveComplaint } from '../app/complaints/resolve-complaint.js';
import type { Clock } from '../app/ports/clock.js';
import type { Store } from '../app/ports/store.js';
import type { OpenStore } from '../app/ports/store-opener.js';
import { complaintCategories, complaintSources, isOneOf, resolutionActions, type ResolutionAction } from '../core/complaints/complaint-model.js';
import { failure, type TactFailure } from '../core/errors.js';
import { messageId, tenantId, type TenantId } from '../core/model/ids.js';
import type { Result } from '../core/result.js';
import type { CliIo } from './cli-io.js';
import type { Command, ExitCode } from './command.js';
import { formatComplaint, formatQueue } from './complaints-format.js';
import { printFailures } from './print-failures.js';
import { withStore, withoutDbOption } from './store-command-support.js';

const help = `tact complaints [--overdue] [--all] [--tenant ID] [--db URL]
      the open complaint queue with SLA due dates (--all: closed ones too)
tact complaints show ID [--tenant ID]
tact complaints acknowledge ID... [--tenant ID]
tact complaints resolve ID... --findings TEXT --action A[,B] [--answer TEXT] [--tenant ID]
      actions: ${resolutionActions.join(', ')}
tact complaints file --category C [--source agent_phone|inbound_sms] [--account EXTERNAL_ID]
      [--message ID] [--phone +E164] [--text TEXT] [--tenant ID]
      categories: ${complaintCategories.join(', ')}
`;

export interface ComplaintsCommandDeps {
  readonly openStore: OpenStore;
  readonly clock: Clock;
}

const bad = (path: string, message: string): TactFailure[] => [failure('TACT_ERR_CLI_BAD_ARGUMENT', { path, message })];

/** Splits `--name value` options (repeatable ones keep the last) from positionals. */
const parseArgs = (args: readonly string[]): { readonly flags: Map<string, string>; readonly bools: Set<string>; readonly positional: string[] } => {
  const flags = new Map<string, string>();
  const bools = new Set<string>();
  const positional: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const a = args[i]!;
    if (a === '--overdue' || a === '--all' || a === '--json') bools.add(a.slice(2));
    else if (a.startsWith('--')) {
      flags.set(a.slice(2), args[i + 1] ?? '');
      i += 1;
    } else positional.push(a);
  }
  return { flags, bools, positional };
};

/** Runs one step over many ids with a progress bar on a TTY; prints a summary line. */
const eachId = async (
  io: CliIo,
  verb: string,
  ids: readonly string[],
  step: (id: string) => Promise<Result<unknown, TactFailure[]>>,
): Promise<ExitCode> => {
  const stream = { isTTY: true, columns: 100, write: (x: string) => (io.stderr(x), true) } as unknown as NodeJS.WriteStream;
  const bar = io.isTty && ids.length > 1 ? new cliProgress.SingleBar({ stream, format: `${verb} [{bar}] {value}/{total}`, hideCursor: true }, cliProgress.Presets.shades_classic) : undefined;
  bar?.start(ids.length, 0);
  const refused: TactFailure[] = [];
  for (const id of ids) {
    const r = await step(id);
    if (!r.ok) refused.push(...r.error.map((f) => ({ ...f, path: id })));
    bar?.increment();
  }
  bar?.stop();
  if (refused.length > 0) printFailures(io, refused);
  io.stdout(`${verb} ${ids.length - refused.length} of ${ids.length} complaint(s)${refused.length === 0 ? '' : `, ${refused.length} refused`}\n`);
  return refused.length === 0 ? 0 : 1;
};

const fileFromArgs = async (store: Store, tenant: TenantId, flags: Map<string, string>, now: number, io: CliIo): Promise<ExitCode> => {
  const category = flags.get('category');
  const source = flags.get('source') ?? 'agent_phone';
  if (!isOneOf(complaintCategories, category)) return (printFailures(io, bad('--category', `Use one of ${complaintCategories.join(', ')}.`)), 2);
  if (!isOneOf(complaintSources, source) || source === 'portal') return (printFailures(io, bad('--source', 'Use agent_phone, inbound_sms or api.')), 2);
  const external = flags.get('account');
  const account = external === undefined ? undefined : await store.getAccountByExternalId(tenant, external);
  if (external !== undefined && account === undefined) return (printFailures(io, [failure('TACT_ERR_COMPLAINT_UNKNOWN_REFERENCE', { path: '--account' })]), 2);
  const message = flags.get('message');
  const phone = flags.get('phone');
  const text = flags.get('text');
  const r = await fileComplaint(store, tenant, {
    category, source,
    ...(account === undefined ? {} : { accountId: account.id }),
    ...(message === undefined ? {} : { messageIds: [messageId(message)] }),
    ...(phone === undefined ? {} : { phoneE164: phone }),
    ...(text === undefined ? {} : { text }),
  }, now, 'cli:complaints');
  if (!r.ok) return (printFailures(io, r.error), 2);
  const applied = r.value.protection.map((p) => `${p.action}${p.applied ? '' : ` (not applied: ${p.why ?? '?'})`}`).join(', ');
  io.stdout(`filed ${r.value.complaint.id} (${category}); protection: ${applied || 'none'}\n`);
  return 0;
};

export const createComplaintsCommand = (deps: ComplaintsCommandDeps): Command => ({
  name: 'complaints',
  summary: 'the complaint queue with SLA due dates; show, acknowledge, resolve, file',
  help,
  run: async (args, io): Promise<ExitCode> => {
    const { flags, bools, positional } = parseArgs(withoutDbOption(args));
    const tenant = tenantId(flags.get('tenant') ?? io.env['TACT_TENANT'] ?? 'default');
    const [sub, ...ids] = positional;
    if (sub !== undefined && !['show', 'acknowledge', 'resolve', 'file'].includes(sub)) return (printFailures(io, bad(sub, 'Unknown sub-command; see tact complaints --help.')), 2);
    if ((sub === 'show' && ids.length !== 1) || ((sub === 'acknowledge' || sub === 'resolve') && ids.length === 0)) return (printFailures(io, bad(sub, 'Give the complaint id(s).')), 2);
    const actions = (flags.get('action') ?? '').split(',').filter((a) => a !== '');
    if (sub === 'resolve' && ((flags.get('findings') ?? '') === '' || actions.length === 0 || !actions.every((a) => isOneOf(resolutionActions, a)))) {
      return (printFailures(io, bad('--action', `resolve needs --findings TEXT and --action with ${resolutionActions.join(', ')}.`)), 2);
    }
    return withStore(deps.openStore, args, io, async (handle) => {
      await handle.assertMigrated();
      const store = handle.store;
      const t = await store.getTenant(tenant);
      if (t === undefined) return (printFailures(io, [failure('TACT_ERR_STORE_UNKNOWN_TENANT', { path: '--tenant' })]), 2);
      const now = deps.clock.now();
      if (sub === undefined) {
        const items = await listComplaints(store, tenant, { overdue: bools.has('overdue'), limit: 500, ...(bools.has('all') ? {} : { statuses: openStatuses }) }, now);
        io.stdout(formatQueue(items, t.timeZone));
        return 0;
      }
      if (sub === 'show') {
        const c = await store.getComplaint(tenant, ids[0]!);
        if (c === undefined) return (printFailures(io, [failure('TACT_ERR_COMPLAINT_NOT_FOUND', { path: ids[0]! })]), 1);
        io.stdout(formatComplaint(withSla(c, now), t.timeZone));
        return 0;
      }
      if (sub === 'file') return fileFromArgs(store, tenant, flags, now, io);
      if (sub === 'acknowledge') return eachId(io, 'acknowledged', ids, (id) => acknowledgeComplaint(store, tenant, id, now, 'cli:complaints'));
      const answer = flags.get('answer');
      return eachId(io, 'resolved', ids, (id) => resolveComplaint(store, tenant, id, {
        findings: flags.get('findings')!, actions: actions as ResolutionAction[], ...(answer === undefined ? {} : { answer }),
      }, now, 'cli:complaints'));
    });
  },
});
