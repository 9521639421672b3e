// `tact tenant messaging set|show`: a tenant's SMS signature, hotline, portal, link
// allow-list and segment price, used by the renderer, the lint and `templates save`.
import type { OpenStore } from '../app/ports/store-opener.js';
import type { MessagingSettings } from '../app/ports/template-store.js';
import { setTenantMessaging } from '../app/templates/tenant-messaging.js';
import { failure, type TactFailure } from '../core/errors.js';
import type { Command, ExitCode } from './command.js';
import type { CliIo } from './cli-io.js';
import { printFailures } from './print-failures.js';
import { withStore } from './store-command-support.js';
import { parseTenantArgs } from './templates-store-verbs.js';

export interface TenantDeps {
  readonly openStore: OpenStore;
}

const help = `Usage: tact tenant messaging set --brand TEXT --hotline TEXT --portal URL --allow HOST[,HOST…]
                                  --price N [--currency CODE] [--third-party-brand TEXT]
                                  [--db URL] [--tenant ID]
       tact tenant messaging show [--db URL] [--tenant ID]

set replaces the tenant's messaging settings (audit event tenant.messaging_set):
  --brand              SMS signature, 2–12 characters, no brackets (the renderer adds 【】)
  --third-party-brand  neutral signature for messages to contacts (default: --brand)
  --hotline            the number borrowers call back ({hotline})
  --portal             the self-service address ({portalUrl}); its host must be in --allow
  --allow              link allow-list; *.domain allows subdomains
  --price              price of one SMS segment in minor units (5 = ¥0.05)
  --currency           ISO 4217 code of the price (default CNY)
--tenant defaults to TACT_TENANT, else "default".

Exit: 0 saved/shown, 2 invalid input or unknown tenant, 3 database fault.
`;

const valued = ['--brand', '--third-party-brand', '--hotline', '--portal', '--allow', '--price', '--currency'];

/** Splits the setting options off; the rest goes to parseTenantArgs. */
const settingsFrom = (args: readonly string[]): { settings: MessagingSettings; rest: string[] } | TactFailure => {
  const values = new Map<string, string>();
  const rest: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const a = args[i]!;
    if (!valued.includes(a)) rest.push(a);
    else if (args[i + 1] === undefined) return failure('TACT_ERR_CLI_BAD_ARGUMENT', { path: a });
    else values.set(a, args[++i]!);
  }
  for (const required of ['--brand', '--hotline', '--portal', '--allow', '--price']) {
    if (!values.has(required)) return failure('TACT_ERR_CLI_BAD_ARGUMENT', { path: required, message: `${required} is required` });
  }
  const price = values.get('--price')!;
  const third = values.get('--third-party-brand');
  return {
    settings: {
      brand: values.get('--brand')!,
      ...(third === undefined ? {} : { thirdPartyBrand: third }),
      hotline: values.get('--hotline')!,
      portalUrl: values.get('--portal')!,
      linkAllowList: values.get('--allow')!.split(',').map((h) => h.trim()).filter((h) => h !== ''),
      pricePerSegmentMinor: /^\d+$/.test(price) ? Number(price) : Number.NaN,
      currency: values.get('--currency') ?? 'CNY',
    },
    rest,
  };
};

const run = async (deps: TenantDeps, args: readonly string[], io: CliIo): Promise<ExitCode> => {
  const [group, verb, ...options] = args;
  if (group !== 'messaging' || (verb !== 'set' && verb !== 'show')) {
    printFailures(io, [failure('TACT_ERR_CLI_BAD_ARGUMENT', { path: group === 'messaging' ? (verb ?? 'set') : (group ?? 'messaging') })]);
    return 2;
  }
  const split = verb === 'set' ? settingsFrom(options) : undefined;
  if (split !== undefined && 'code' in split) {
    printFailures(io, [split]);
    return 2;
  }
  const parsed = parseTenantArgs(split?.rest ?? options, io);
  if ('code' in parsed || parsed.positional.length > 0) {
    printFailures(io, ['code' in parsed ? parsed : failure('TACT_ERR_CLI_BAD_ARGUMENT', { path: parsed.positional[0] ?? '' })]);
    return 2;
  }
  return withStore(deps.openStore, options, io, async (handle) => {
    await handle.assertMigrated();
    if (split === undefined) {
      const s = await handle.store.getMessaging(parsed.tenant);
      io.stdout(s === undefined ? 'no messaging settings: fallbacks apply (docs/messages.md)\n' : `${JSON.stringify(s, null, 2)}\n`);
      return 0;
    }
    const saved = await setTenantMessaging(handle.store, parsed.tenant, split.settings, 'cli:tenant');
    if (!saved.ok) {
      printFailures(io, saved.error);
      return 2;
    }
    io.stdout(`messaging settings saved for tenant ${parsed.tenant}\n`);
    return 0;
  });
};

export const createTenantCommand = (deps: TenantDeps): Command => ({
  name: 'tenant',
  summary: "Set a tenant's messaging settings: signature, hotline, portal, link allow-list, price",
  help,
  run: (args, io) => run(deps, args, io),
});
