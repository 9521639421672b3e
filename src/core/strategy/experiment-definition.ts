// What an experiment measures and protects (docs/experiments.md): which arm is the
// control, which accounts may enter (population filter, checked when an account is
// first assigned), the primary metric, and guardrails. Pure; parsed at the edges.
export const primaryMetrics = ['cure_7d', 'cure_30d'] as const;
export type PrimaryMetric = (typeof primaryMetrics)[number];

export const guardrailMetrics = ['complaints', 'opt_outs'] as const;
export type GuardrailMetric = (typeof guardrailMetrics)[number];

export interface Guardrail {
  readonly metric: GuardrailMetric;
  /** Allowed absolute excess of the arm's rate over the control's, as a fraction (0.002 = 2 per 1,000 accounts). */
  readonly budget: number;
  /** One minus the false-stop rate bound, e.g. 0.95. */
  readonly confidence: number;
}

export interface PopulationFilter {
  readonly products?: readonly string[];
  /** Account flags: the account enters when it has any of them. */
  readonly segments?: readonly string[];
  /** Inclusive bounds, integer minor units. */
  readonly minBalanceMinor?: number;
  readonly maxBalanceMinor?: number;
  /** Inclusive bounds on days past due on the day of entry. */
  readonly minDaysPastDue?: number;
  readonly maxDaysPastDue?: number;
}

export interface ExperimentDefinition {
  /** Name of the control arm. */
  readonly control: string;
  readonly population: PopulationFilter;
  readonly primaryMetric: PrimaryMetric;
  readonly guardrails: readonly Guardrail[];
}

/** Guardrails of an experiment that names none (and of experiments created before 0013). */
export const defaultGuardrails: readonly Guardrail[] = [
  { metric: 'complaints', budget: 0.002, confidence: 0.95 },
  { metric: 'opt_outs', budget: 0.005, confidence: 0.95 },
];

export const defaultDefinition = (firstArm: string): ExperimentDefinition => ({ control: firstArm, population: {}, primaryMetric: 'cure_30d', guardrails: defaultGuardrails });

export interface PopulationAccount {
  readonly product: string;
  readonly flags: readonly string[];
  readonly balanceMinor: number;
  readonly daysPastDue: number;
}

export const inPopulation = (f: PopulationFilter, a: PopulationAccount): boolean =>
  (f.products === undefined || f.products.includes(a.product)) &&
  (f.segments === undefined || f.segments.some((s) => a.flags.includes(s))) &&
  (f.minBalanceMinor === undefined || a.balanceMinor >= f.minBalanceMinor) &&
  (f.maxBalanceMinor === undefined || a.balanceMinor <= f.maxBalanceMinor) &&
  (f.minDaysPastDue === undefined || a.daysPastDue >= f.minDaysPastDue) &&
  (f.maxDaysPastDue === undefined || a.daysPastDue <= f.maxDaysPastDue);

/** Field paths that are wrong, [] when the definition is usable with these arm names. */
export const definitionProblems = (d: ExperimentDefinition, armNames: readonly string[]): string[] => {
  const out: string[] = [];
  if (!armNames.includes(d.control)) out.push('$.control');
  if (!(primaryMetrics as readonly string[]).includes(d.primaryMetric)) out.push('$.primaryMetric');
  d.guardrails.forEach((g, i) => {
    if (!(guardrailMetrics as readonly string[]).includes(g.metric)) out.push(`$.guardrails[${i}].metric`);
    if (!(Number.isFinite(g.budget) && g.budget >= 0 && g.budget < 1)) out.push(`$.guardrails[${i}].budget`);
    if (!(Number.isFinite(g.confidence) && g.confidence >= 0.5 && g.confidence < 1)) out.push(`$.guardrails[${i}].confidence`);
  });
  const p = d.population;
  for (const k of ['minBalanceMinor', 'maxBalanceMinor', 'minDaysPastDue', 'maxDaysPastDue'] as const) {
    const v = p[k];
    if (v !== undefined && !Number.isSafeInteger(v)) out.push(`$.population.${k}`);
  }
  return out;
};
