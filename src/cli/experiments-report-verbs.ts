// `tact experiments report ID [--csv FILE] [--as-of ISO]` and `tact experiments check ID`
// (docs/experiments.md). Report: header, per-arm table, cure-curve and complaint charts,
// and the CSV when asked. Check: one guardrail look now (the planner takes one too).
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkGuardrails } from '../app/experiments/check-guardrails.js';
import { loadExperimentReport } from '../app/experiments/load-experiment-report.js';
import type { Store } from '../app/ports/store.js';
import { failure } from '../core/errors.js';
import type { TenantId } from '../core/model/ids.js';
import type { CliIo } from './cli-io.js';
import type { ExitCode } from './command.js';
import { complaintChart, cureCharts, reportCsv, reportHeader, reportTable } from './experiment-report-text.js';
import { printFailures } from './print-failures.js';

const optionOf = (args: readonly string[], name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

const unknown = (io: CliIo, id: string): ExitCode => {
  printFailures(io, [failure('TACT_ERR_STRATEGY_BAD_EXPERIMENT', { path: id, message: 'No experiment with this id for this tenant (tact experiments list).' })]);
  return 1;
};

export const experimentsReport = async (store: Store, tenant: TenantId, id: string, args: readonly string[], io: CliIo, now: number): Promise<ExitCode> => {
  const asOfText = optionOf(args, '--as-of');
  const asOf = asOfText === undefined ? now : Date.parse(asOfText);
  if (!Number.isFinite(asOf)) {
    printFailures(io, [failure('TACT_ERR_CLI_BAD_ARGUMENT', { path: '--as-of', message: '--as-of must be an ISO-8601 instant, e.g. 2026-12-01T00:00:00Z.' })]);
    return 2;
  }
  const report = await loadExperimentReport(store, tenant, id, asOf);
  if (report === undefined) return unknown(io, id);
  io.stdout(reportHeader(report) + reportTable(report) + cureCharts(report) + complaintChart(report));
  const csv = optionOf(args, '--csv');
  if (csv !== undefined) {
    writeFileSync(resolve(io.cwd, csv), reportCsv(report));
    io.stdout(`wrote ${csv}\n`);
  }
  return 0;
};

export const experimentsCheck = async (store: Store, tenant: TenantId, id: string, io: CliIo, now: number): Promise<ExitCode> => {
  const check = await checkGuardrails(store, tenant, id, now, 'cli:experiments');
  if (check === undefined) return unknown(io, id);
  if (check.look === 0) {
    io.stdout(`${id}: not running or no guardrails; nothing checked\n`);
    return 0;
  }
  io.stdout(`${id}: guardrail look ${check.look}\n`);
  for (const r of check.results) {
    const v = r.verdict;
    io.stdout(
      `  ${r.arm} ${r.metric}: ${r.armEvents}/${r.armAccounts} vs control ${r.controlEvents}/${r.controlAccounts}, budget ${(1000 * r.budget).toFixed(1)}/1000, ` +
        `z=${v.z === null ? '–' : v.z.toFixed(2)} boundary ${v.boundary.toFixed(2)} (α spent ${v.alphaSpent.toPrecision(3)}) → ${v.stop ? 'STOP' : 'keep'}\n`,
    );
  }
  io.stdout(check.stopped.length === 0 ? '  no arm stopped\n' : `  stopped ${check.stopped.join(', ')}: their accounts get the control's strategy from the next plan\n`);
  return 0;
};
