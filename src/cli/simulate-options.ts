// The arguments of `tact simulate`, checked at the edge: every bad one is a
// TACT_ERR_CLI_BAD_ARGUMENT naming the option.
import { failure, type TactFailure } from '../core/errors.js';
import { parseIsoDate } from '../core/model/parse-iso-date.js';
import { err, ok, type Result } from '../core/result.js';
import { simulationArms, type SimulationArm } from '../core/simulate/arm-strategies.js';
import type { PlantedComplaints, PlantedEffect } from '../app/simulate/run-simulation.js';
import type { SimPack } from '../app/simulate/seed-lender.js';

export interface SimulateOptions {
  readonly accounts: number;
  readonly days: number;
  readonly arms: readonly SimulationArm[];
  readonly seed: number;
  readonly pack: SimPack;
  readonly db: string | undefined;
  readonly out: string | undefined;
  readonly start: string;
  readonly tenant: string;
  readonly planted: PlantedEffect | undefined;
  readonly plantedComplaints: PlantedComplaints | undefined;
  readonly receipts: boolean;
  readonly guardrails: boolean;
  readonly json: boolean;
}

const valued = ['--accounts', '--days', '--arms', '--seed', '--pack', '--db', '--out', '--start', '--tenant', '--plant', '--plant-complaints'] as const;
// --guardrails is the default (accepted for scripts written when it was not).
const flags = ['--receipts', '--guardrails', '--no-guardrails', '--json'] as const;

const bad = (path: string, message: string): TactFailure => failure('TACT_ERR_CLI_BAD_ARGUMENT', { path, message });

const int = (v: string | undefined, path: string, lo: number, hi: number, dflt: number, problems: TactFailure[]): number => {
  if (v === undefined) return dflt;
  const n = /^\d+$/.test(v) ? Number(v) : NaN;
  if (!Number.isSafeInteger(n) || n < lo || n > hi) {
    problems.push(bad(path, `${path} must be a whole number from ${lo} to ${hi}.`));
    return dflt;
  }
  return n;
};

export const parseSimulateOptions = (args: readonly string[]): Result<SimulateOptions, TactFailure[]> => {
  const values = new Map<string, string>();
  const set = new Set<string>();
  const problems: TactFailure[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const a = args[i]!;
    const eq = a.indexOf('=');
    const name = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
    if ((valued as readonly string[]).includes(name)) {
      const v = eq > 0 && a.startsWith('--') ? a.slice(eq + 1) : args[++i];
      if (v === undefined) problems.push(bad(name, `${name} needs a value.`));
      else values.set(name, v);
    } else if ((flags as readonly string[]).includes(a)) set.add(a);
    else problems.push(bad(a, `Unknown argument ${a}; see tact simulate --help.`));
  }
  const armList = (values.get('--arms') ?? simulationArms.join(',')).split(',').map((s) => s.trim());
  const arms = armList.filter((x): x is SimulationArm => (simulationArms as readonly string[]).includes(x));
  if (arms.length !== armList.length || new Set(arms).size !== arms.length || arms.length === 0) {
    problems.push(bad('--arms', `--arms is a comma-separated list of distinct arms from: ${simulationArms.join(', ')}.`));
  }
  const pack = values.get('--pack') ?? 'cn';
  if (pack !== 'cn' && pack !== 'us-regf') problems.push(bad('--pack', '--pack must be cn or us-regf.'));
  const start = values.get('--start') ?? '2026-12-07';
  if (!parseIsoDate(start).ok) problems.push(bad('--start', '--start must be a calendar date YYYY-MM-DD.'));
  const tenant = values.get('--tenant') ?? 'simulation';
  if (!/^[a-z0-9][a-z0-9-]{0,62}$/.test(tenant)) problems.push(bad('--tenant', '--tenant is 1–63 lower-case letters, digits and hyphens.'));
  const armShare = (name: '--plant' | '--plant-complaints', example: string): { arm: string; share: number } | undefined => {
    const v = values.get(name);
    if (v === undefined) return undefined;
    const m = /^([a-z]+):(0(\.\d+)?|1(\.0+)?)$/.exec(v);
    if (m !== null && arms.includes(m[1] as SimulationArm)) return { arm: m[1]!, share: Number(m[2]) };
    problems.push(bad(name, `${name} is ARM:SHARE, e.g. ${example}, for an arm in --arms and a share from 0 to 1.`));
    return undefined;
  };
  if (set.has('--guardrails') && set.has('--no-guardrails')) problems.push(bad('--no-guardrails', 'Pass --guardrails or --no-guardrails, not both.'));
  const planted = armShare('--plant', 'gentle:0.1');
  const plantedComplaints = armShare('--plant-complaints', 'aggressive:0.2');
  if (plantedComplaints !== undefined && plantedComplaints.arm === arms[0]) problems.push(bad('--plant-complaints', '--plant-complaints names an arm other than the control (the first of --arms).'));
  const options: SimulateOptions = {
    accounts: int(values.get('--accounts'), '--accounts', 1, 1_000_000, 1000, problems),
    days: int(values.get('--days'), '--days', 1, 365, 30, problems),
    arms,
    seed: int(values.get('--seed'), '--seed', 0, 0xffff_ffff, 1, problems),
    pack: pack === 'us-regf' ? 'us-regf' : 'cn',
    db: values.get('--db'),
    out: values.get('--out'),
    start,
    tenant,
    planted,
    plantedComplaints,
    receipts: set.has('--receipts'),
    guardrails: !set.has('--no-guardrails'),
    json: set.has('--json'),
  };
  return problems.length > 0 ? err(problems) : ok(options);
};
