// The shipped packs by id.
import type { PackId } from '../../model/decision-request.js';
import type { PackRule } from '../compiled-policy.js';
import type { ParamDef, PolicyParams } from '../policy-params.js';
import { cnDefaults, cnFallbackZones, cnParams, cnRules } from './cn-pack.js';
import { usRegfDefaults, usRegfFallbackZones, usRegfParams, usRegfRules } from './us-regf-pack.js';

export interface PackDefinition {
  readonly id: PackId;
  readonly params: readonly ParamDef[];
  readonly defaults: PolicyParams;
  readonly rules: readonly PackRule[];
  readonly fallbackZones: readonly string[];
}

export const packDefinitions: Readonly<Record<PackId, PackDefinition>> = {
  'us-regf': { id: 'us-regf', params: usRegfParams, defaults: usRegfDefaults, rules: usRegfRules, fallbackZones: usRegfFallbackZones },
  cn: { id: 'cn', params: cnParams, defaults: cnDefaults, rules: cnRules, fallbackZones: cnFallbackZones },
};
