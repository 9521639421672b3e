// `tact experiments create FILE|-`, `list` and `stop ID` (docs/strategies.md,
// "Experiments"). Exit 0 ok, 1 the store refused the experiment (bad arms, unknown
// strategy version, one already running, id taken), 2 invalid input.
import { readInputJson } from './read-input.js';
import type { CreateExperimentRefusal, ExperimentArm, NewExperiment } from '../app/ports/experiment-store.js';
import type { OpenStore } from '../app/ports/store-opener.js';
import { failure, type TactFailure } from '../core/errors.js';
import { type Result, err, ok } from '../core/result.js';
import type { CliIo } from './cli-io.js';
import { tenantAndPositional } from './tenant-args.js';
import type { Command, ExitCode } from './command.js';
import { printFailures } from './print-failures.js';
import { withStore, withoutDbOption } from './store-command-support.js';
import { experimentsCheck, experimentsReport } from './experiments-report-verbs.js';
import { parseExperimentDefinition } from './parse-experiment-definition.js';

const help = `tact experiments create FILE|- [--tenant ID] [--db URL]
      start an experiment: {"id","name","arms":[{"name","strategyId","strategyVersion","weight"}],
      optional "control" (arm name), "population" {products, segments, minBalanceMinor, maxBalanceMinor,
      minDaysPastDue, maxDaysPastDue}, "primaryMetric" cure_7d|cure_30d,
      "guardrails" [{"metric":"complaints"|"opt_outs","budget":0.002,"confidence":0.95}]}
tact experiments list [--tenant ID] [--db URL]
tact experiments stop ID [--tenant ID] [--db URL]
tact experiments report ID [--csv FILE] [--as-of ISO] [--tenant ID] [--db URL]
      per-arm cure rates with intervals, contacts, opt-outs, complaints, cost; charts
tact experiments check ID [--tenant ID] [--db URL]
      one guardrail look now: stops an arm beyond its budget (docs/experiments.md)
`;

const refusals: Record<CreateExperimentRefusal, string> = {
  exists: 'An experiment with this id already exists.',
  another_running: 'Another experiment is running for this tenant; stop it first (tact experiments stop ID).',
  bad_arms: 'Give at least 2 arms with unique names and weights > 0.',
  bad_definition: 'The control must name an arm; guardrails need metric complaints|opt_outs, 0 ≤ budget < 1 and 0.5 ≤ confidence < 1.',
  unknown_strategy_version: 'An arm names a strategy version that is not stored (tact strategy save FILE).',
};

const bad = (path: string, message: string): TactFailure[] => [failure('TACT_ERR_STRATEGY_BAD_EXPERIMENT', { path, message })];

const unknownTenant = (io: CliIo): ExitCode => {
  printFailures(io, [failure('TACT_ERR_STORE_UNKNOWN_TENANT', { path: '--tenant' })]);
  return 2;
};

const str = (v: unknown): v is string => typeof v === 'string' && v !== '';

const parseExperiment = (v: unknown): Result<NewExperiment, TactFailure[]> => {
  const o = v as Record<string, unknown> | null;
  if (o === null || typeof o !== 'object' || !str(o['id']) || !Array.isArray(o['arms'])) return err(bad('$', 'Expected {"id", "name", "arms": [...]}.'));
  const arms: ExperimentArm[] = [];
  for (const [i, a] of (o['arms'] as unknown[]).entries()) {
    const x = a as Record<string, unknown> | null;
    if (x === null || typeof x !== 'object' || !str(x['name']) || !str(x['strategyId']) || typeof x['strategyVersion'] !== 'number' || typeof x['weight'] !== 'number') {
      return err(bad(`$.arms[${i}]`, 'Each arm needs name, strategyId, strategyVersion (number) and weight (number).'));
    }
    arms.push({ name: x['name'], strategyId: x['strategyId'], strategyVersion: x['strategyVersion'], weight: x['weight'] });
  }
  const definition = parseExperimentDefinition(o, arms.map((a) => a.name));
  if (!definition.ok) return definition;
  return ok({ id: o['id'], name: str(o['name']) ? o['name'] : o['id'], arms, definition: definition.value });
};

const readJson = (io: CliIo, file: string): Promise<Result<unknown, TactFailure[]>> =>
  readInputJson(io, file, bad(file, 'The file is not valid JSON.')[0]!);

/** `now`: epoch ms, for tests (default Date.now). */
export const createExperimentsCommand = (deps: { readonly openStore: OpenStore; readonly now?: () => number }): Command => ({
  name: 'experiments',
  summary: 'start, list and stop strategy experiments',
  help,
  run: async (args, io): Promise<ExitCode> => {
    const rest = withoutDbOption(args);
    const [sub, ...more] = rest;
    const { tenant, positional } = tenantAndPositional(more, io.env, ['--csv', '--as-of']);
    if (sub === 'create' && positional[0] !== undefined) {
      const json = await readJson(io, positional[0]);
      const input = json.ok ? parseExperiment(json.value) : json;
      if (!input.ok) {
        printFailures(io, input.error);
        return 2;
      }
      return withStore(deps.openStore, args, io, async (handle) => {
        await handle.assertMigrated();
        if ((await handle.store.getTenant(tenant)) === undefined) return unknownTenant(io);
        const r = await handle.store.createExperiment(tenant, input.value, 'cli:experiments');
        if (!r.ok) {
          printFailures(io, bad('$', refusals[r.error]));
          return 1;
        }
        io.stdout(`started ${r.value.id}: ${r.value.arms.map((a) => `${a.name}=${a.strategyId}@${a.strategyVersion}×${a.weight}`).join(', ')}\n`);
        return 0;
      });
    }
    if ((sub === 'report' || sub === 'check') && positional[0] !== undefined) {
      const id = positional[0];
      return withStore(deps.openStore, args, io, async (handle) => {
        await handle.assertMigrated();
        if ((await handle.store.getTenant(tenant)) === undefined) return unknownTenant(io);
        const now = (deps.now ?? Date.now)();
        return sub === 'report' ? experimentsReport(handle.store, tenant, id, more, io, now) : experimentsCheck(handle.store, tenant, id, io, now);
      });
    }
    if (sub === 'list' || (sub === 'stop' && positional[0] !== undefined)) {
      return withStore(deps.openStore, args, io, async (handle) => {
        await handle.assertMigrated();
        if ((await handle.store.getTenant(tenant)) === undefined) return unknownTenant(io);
        if (sub === 'stop') {
          const stopped = await handle.store.stopExperiment(tenant, positional[0]!, 'cli:experiments');
          if (!stopped) printFailures(io, bad(positional[0]!, 'No running experiment with this id.'));
          else io.stdout(`stopped ${positional[0]!}\n`);
          return stopped ? 0 : 1;
        }
        const all = await handle.store.listExperiments(tenant);
        for (const e of all) io.stdout(`${e.id}  ${e.status}  ${e.arms.map((a) => `${a.name}=${a.strategyId}@${a.strategyVersion}×${a.weight}`).join(', ')}\n`);
        if (all.length === 0) io.stdout('no experiments\n');
        return 0;
      });
    }
    printFailures(io, [failure('TACT_ERR_CLI_BAD_ARGUMENT', { path: sub ?? '(none)', message: 'Use: tact experiments create FILE|- | list | stop ID | report ID | check ID.' })]);
    return 2;
  },
});
