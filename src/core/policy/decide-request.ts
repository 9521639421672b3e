// Convenience for one JSON request: compile the pack + overrides (cached per pack and
// overrides JSON), prepare, decide. Zones are checked here so an unknown zone is a
// failure, never a crash.
import { type TactFailure, failure } from '../errors.js';
import type { DecisionRequest } from '../model/decision-request.js';
import type { Decision } from '../model/decision.js';
import { type Result, err, ok } from '../result.js';
import { isKnownZone } from '../schedule/zone-day.js';
import { compilePolicy } from './compile-policy.js';
import type { CompiledPolicy } from './compiled-policy.js';
import { decide } from './decide.js';
import { prepareRequest } from './prepare-request.js';

const compiled = new Map<string, Result<CompiledPolicy, TactFailure[]>>();

export const cachedPolicy = (req: DecisionRequest): Result<CompiledPolicy, TactFailure[]> => {
  const key = `${req.pack}|${JSON.stringify(req.overrides ?? {})}`;
  let r = compiled.get(key);
  if (r === undefined) {
    r = compilePolicy(req.pack, req.overrides ?? {});
    if (compiled.size > 1000) compiled.clear();
    compiled.set(key, r);
  }
  return r;
};

export const zoneFailures = (req: DecisionRequest): TactFailure[] =>
  req.person.timeZones.flatMap((z, i) => (isKnownZone(z) ? [] : [failure('TACT_ERR_POLICY_UNKNOWN_ZONE', { path: `$.person.timeZones[${i}]` })]));

export const decideRequest = (req: DecisionRequest): Result<Decision, TactFailure[]> => {
  const policy = cachedPolicy(req);
  if (!policy.ok) return policy;
  const bad = zoneFailures(req);
  if (bad.length > 0) return err(bad);
  return ok(decide(prepareRequest(req), policy.value));
};
