// Pack + tenant overrides → CompiledPolicy. Overrides may tighten any parameter and
// loosen a recommended one down to (never past) its statutory bound.
import { type TactFailure, failure } from '../errors.js';
import type { OverrideValue, PackId } from '../model/decision-request.js';
import { type Result, err, ok } from '../result.js';
import { parseWallTime } from '../schedule/permitted-window.js';
import { type CompiledPolicy, buildBeforeScanByKind, buildChecksByKind, buildChecksFor, buildNeedsByKind, buildRulesByKind, buildViolationTable } from './compiled-policy.js';
import { packDefinitions } from './packs/pack-definitions.js';
import { type ParamDef, type PolicyParams, atLeastAsStrict } from './policy-params.js';

const pathOf = (key: string): string => `$.overrides["${key}"]`;

const valueOf = (def: ParamDef, v: OverrideValue): number | boolean | undefined => {
  switch (def.kind) {
    case 'boolean':
      return typeof v === 'boolean' ? v : undefined;
    case 'time':
      return typeof v === 'string' ? parseWallTime(v) : undefined;
    case 'days':
      return typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 60 ? v : undefined;
    default:
      return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : undefined;
  }
};

export const compilePolicy = (
  packId: PackId,
  overrides: Readonly<Record<string, OverrideValue>> = {},
): Result<CompiledPolicy, TactFailure[]> => {
  const pack = packDefinitions[packId];
  const failures: TactFailure[] = [];
  const params: Record<string, number | boolean> = { ...pack.defaults };
  for (const [key, raw] of Object.entries(overrides)) {
    const def = pack.params.find((d) => d.key === key);
    if (def === undefined) {
      failures.push(failure('TACT_ERR_POLICY_UNKNOWN_OVERRIDE', { path: pathOf(key), message: `Pack "${packId}" has no parameter "${key}".` }));
      continue;
    }
    const value = valueOf(def, raw);
    if (value === undefined) {
      failures.push(failure('TACT_ERR_POLICY_BAD_OVERRIDE', { path: pathOf(key), message: `Parameter "${key}" expects a ${def.kind}.` }));
      continue;
    }
    if (!atLeastAsStrict(def.stricter, value, def.bound)) {
      const name = def.key.slice(def.rule.length + 1);
      failures.push(
        failure('TACT_ERR_POLICY_LOOSER_THAN_LAW', {
          path: pathOf(key),
          message: `Rule "${def.rule}", parameter "${name}": the override is looser than the statutory level (${def.citation}).`,
        }),
      );
      continue;
    }
    params[def.field] = value;
  }
  const p = params as unknown as PolicyParams;
  if (failures.length === 0 && p.quietFrom >= p.quietTo) {
    failures.push(failure('TACT_ERR_POLICY_BAD_OVERRIDE', { path: pathOf('quiet-hours.earliest'), message: 'Permitted hours must start before they end.' }));
  }
  if (failures.length > 0) return err(failures);
  const rulesByKind = buildRulesByKind(pack.rules);
  const checksByKind = buildChecksByKind(pack.rules, rulesByKind);
  return ok({
    pack: packId,
    params: Object.freeze(p),
    rules: pack.rules,
    // Frozen like the zone lists prepareRequest interns: one array shape on the hot path.
    fallbackZones: Object.freeze([...pack.fallbackZones]),
    violation: buildViolationTable(pack.rules),
    checksByKind,
    needsByKind: buildNeedsByKind(checksByKind),
    checksFor: buildChecksFor(checksByKind),
    beforeScanByKind: buildBeforeScanByKind(checksByKind, pack.rules),
  });
};
