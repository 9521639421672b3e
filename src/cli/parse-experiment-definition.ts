// The optional definition fields of an experiment file (docs/experiments.md):
// {"control": "A", "population": {...}, "primaryMetric": "cure_7d"|"cure_30d",
//  "guardrails": [{"metric": "complaints"|"opt_outs", "budget": 0.002, "confidence": 0.95}]}.
// Absent fields take the defaults (first arm, everyone, cure_30d, defaultGuardrails).
import { failure, type TactFailure } from '../core/errors.js';
import { err, ok, type Result } from '../core/result.js';
import { defaultDefinition, definitionProblems, type ExperimentDefinition, type Guardrail, type PopulationFilter } from '../core/strategy/experiment-definition.js';

const bad = (path: string, message: string): TactFailure => failure('TACT_ERR_STRATEGY_BAD_EXPERIMENT', { path, message });

const strings = (v: unknown): readonly string[] | undefined => (Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : undefined);

const population = (v: unknown): Result<PopulationFilter, TactFailure[]> => {
  if (v === undefined) return ok({});
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return err([bad('$.population', 'Expected an object.')]);
  const o = v as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  const failures: TactFailure[] = [];
  for (const key of ['products', 'segments'] as const) {
    if (o[key] === undefined) continue;
    const s = strings(o[key]);
    if (s === undefined) failures.push(bad(`$.population.${key}`, 'Expected an array of strings.'));
    else out[key] = s;
  }
  for (const key of ['minBalanceMinor', 'maxBalanceMinor', 'minDaysPastDue', 'maxDaysPastDue'] as const) {
    if (o[key] === undefined) continue;
    if (!Number.isSafeInteger(o[key])) failures.push(bad(`$.population.${key}`, 'Expected an integer.'));
    else out[key] = o[key];
  }
  for (const key of Object.keys(o)) if (!['products', 'segments', 'minBalanceMinor', 'maxBalanceMinor', 'minDaysPastDue', 'maxDaysPastDue'].includes(key)) failures.push(bad(`$.population.${key}`, 'Unknown field.'));
  return failures.length > 0 ? err(failures) : ok(out as PopulationFilter);
};

export const parseExperimentDefinition = (o: Record<string, unknown>, armNames: readonly string[]): Result<ExperimentDefinition, TactFailure[]> => {
  const d = defaultDefinition(armNames[0] ?? '');
  const pop = population(o['population']);
  if (!pop.ok) return pop;
  let guardrails: readonly Guardrail[] = d.guardrails;
  if (o['guardrails'] !== undefined) {
    if (!Array.isArray(o['guardrails'])) return err([bad('$.guardrails', 'Expected an array of {metric, budget, confidence}.')]);
    guardrails = (o['guardrails'] as unknown[]).map((g) => {
      const x = (g ?? {}) as Record<string, unknown>;
      return { metric: x['metric'], budget: x['budget'], confidence: x['confidence'] ?? 0.95 } as Guardrail;
    });
  }
  const def: ExperimentDefinition = {
    control: typeof o['control'] === 'string' ? o['control'] : d.control,
    population: pop.value,
    primaryMetric: (o['primaryMetric'] ?? d.primaryMetric) as ExperimentDefinition['primaryMetric'],
    guardrails,
  };
  const problems = definitionProblems(def, armNames);
  if (problems.length > 0) {
    return err(problems.map((p) => bad(p, p.includes('guardrails') ? 'Guardrail: metric complaints|opt_outs, 0 ≤ budget < 1 (a fraction: 0.002 = 2 per 1,000), 0.5 ≤ confidence < 1.' : p === '$.control' ? 'The control must name one of the arms.' : p === '$.primaryMetric' ? 'Use cure_7d or cure_30d.' : 'Expected an integer.')));
  }
  return ok(def);
};
