// `tact strategy validate FILE` (parse + lint, no database), `tact strategy list` and
// `tact strategy save FILE [--activate]` (docs/strategies.md). Exit 0 ok, 1 the strategy
// failed validation, 2 invalid input (unreadable file, bad JSON, bad arguments).
import { readInputJson } from './read-input.js';
import type { OpenStore } from '../app/ports/store-opener.js';
import { failure, type TactFailure } from '../core/errors.js';
import { defaultStrategies } from '../core/strategy/default-strategies.js';
import { strategyToJson } from '../core/strategy/parse-strategy.js';
import type { Strategy } from '../core/strategy/strategy.js';
import { validateStrategy } from '../core/strategy/validate-strategy.js';
import type { Result } from '../core/result.js';
import type { CliIo } from './cli-io.js';
import { tenantAndPositional } from './tenant-args.js';
import type { Command, ExitCode } from './command.js';
import { printFailures } from './print-failures.js';
import { withStore, withoutDbOption } from './store-command-support.js';
import { strategyDryRun } from './strategy-dry-run-verb.js';
import type { CodeGenerator } from '../app/ports/code-generator.js';

const help = `tact strategy validate FILE        check a strategy (JSON) and lint it against its pack
tact strategy save FILE [--activate] [--tenant ID] [--db URL]
                                   validate, then store it as a new version (draft or active)
tact strategy list [--tenant ID] [--db URL]
                                   stored versions, and the default used when none is active
tact strategy default cn|us-regf   print the shipped default strategy as JSON
tact strategy dry-run VERSION --from DATE --to DATE [--tenant ID] [--db URL]
                                   replay those days through VERSION (ID@N or N): would send,
                                   would block by reason, and the difference from what was sent
`;

const readStrategy = (io: CliIo, file: string): Promise<Result<unknown, TactFailure[]>> =>
  readInputJson(io, file, failure('TACT_ERR_STRATEGY_INVALID', { path: file, message: 'The file is not valid JSON.' }));

const describe = (s: Strategy): string => `${s.id}@${s.version} (${s.pack}, ${s.locale}): ${s.steps.length} steps — ${s.steps.map((x) => x.id).join(', ')}\n`;

/** `codes`: verification codes for the dry run's rendering (never stored). */
export const createStrategyCommand = (deps: { readonly openStore: OpenStore; readonly codes?: () => CodeGenerator }): Command => ({
  name: 'strategy',
  summary: 'validate, store and list contact strategies',
  help,
  run: async (args, io): Promise<ExitCode> => {
    const rest = withoutDbOption(args);
    const [sub, ...more] = rest;
    const { tenant, positional } = tenantAndPositional(more, io.env, ['--from', '--to']);
    if (sub === 'dry-run' && positional[0] !== undefined && deps.codes !== undefined) {
      const [spec, codes] = [positional[0], deps.codes()];
      return withStore(deps.openStore, args, io, async (handle) => {
        await handle.assertMigrated();
        if ((await handle.store.getTenant(tenant)) === undefined) {
          printFailures(io, [failure('TACT_ERR_STORE_UNKNOWN_TENANT', { path: '--tenant' })]);
          return 2;
        }
        return strategyDryRun(handle.store, codes, tenant, spec, more, io);
      });
    }
    if (sub === 'default' && (positional[0] === 'cn' || positional[0] === 'us-regf')) {
      io.stdout(`${JSON.stringify(strategyToJson(defaultStrategies[positional[0]]), null, 2)}\n`);
      return 0;
    }
    if ((sub === 'validate' || sub === 'save') && positional[0] !== undefined) {
      const input = await readStrategy(io, positional[0]);
      if (!input.ok) {
        printFailures(io, input.error);
        return 2;
      }
      const v = validateStrategy(input.value);
      if (!v.ok) {
        printFailures(io, v.error);
        return 1;
      }
      if (sub === 'validate') {
        io.stdout(`valid: ${describe(v.value)}`);
        return 0;
      }
      const status = more.includes('--activate') ? 'active' : 'draft';
      return withStore(deps.openStore, args, io, async (handle) => {
        await handle.assertMigrated();
        const saved = await handle.store.saveStrategy(tenant, { strategyId: v.value.id, version: v.value.version, body: strategyToJson(v.value), status }, 'cli:strategy');
        if (saved === 'exists') {
          printFailures(io, [failure('TACT_ERR_STRATEGY_INVALID', { path: '$.version', message: `Version ${v.value.version} of "${v.value.id}" is already stored; versions are never overwritten.` })]);
          return 1;
        }
        io.stdout(`saved ${v.value.id}@${v.value.version} as ${status}\n`);
        return 0;
      });
    }
    if (sub === 'list') {
      return withStore(deps.openStore, args, io, async (handle) => {
        await handle.assertMigrated();
        const t = await handle.store.getTenant(tenant);
        if (t === undefined) {
          printFailures(io, [failure('TACT_ERR_STORE_UNKNOWN_TENANT', { path: '--tenant' })]);
          return 2;
        }
        const stored = await handle.store.listStrategies(tenant);
        for (const s of stored) io.stdout(`${s.strategyId}@${s.version}  ${s.status}\n`);
        if (!stored.some((s) => s.status === 'active')) io.stdout(`no active strategy: the planner uses the default ${describe(defaultStrategies[t.pack])}`);
        return 0;
      });
    }
    printFailures(io, [failure('TACT_ERR_CLI_BAD_ARGUMENT', { path: sub ?? '(none)', message: 'Use: tact strategy validate FILE | save FILE [--activate] | list | default PACK.' })]);
    return 2;
  },
});
