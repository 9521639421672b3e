// A tenant's complaint settings (docs/complaints.md, "Settings"), validated once at the
// edge (API, CLI) against the tenant's pack. Absent settings mean the defaults below.
import { failure, type TactFailure } from '../errors.js';
import type { PackId } from '../model/decision-request.js';
import { err, ok, type Result } from '../result.js';
import { validateTenantActions, type TenantActions } from './protective-actions.js';
import { defaultSlaDays, type SlaDays } from './sla-clock.js';

export interface MediationBody {
  /** Short stable id, e.g. "shanghai-fin-mediation". */
  readonly id: string;
  readonly name: string;
}

export interface ComplaintSettings {
  readonly sla: SlaDays;
  readonly actions: TenantActions;
  readonly mediationBodies: readonly MediationBody[];
  /** Pause collection on the account while a mediation runs (resumed on the outcome). */
  readonly pauseDuringMediation: boolean;
}

export const defaultComplaintSettings: ComplaintSettings = { sla: defaultSlaDays, actions: {}, mediationBodies: [], pauseDuringMediation: false };

const days = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 60;
const bad = (path: string, message: string): TactFailure => failure('TACT_ERR_COMPLAINT_BAD_SETTINGS', { path, message });

export const parseComplaintSettings = (pack: PackId, input: unknown): Result<ComplaintSettings, TactFailure[]> => {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return err([bad('$', 'Expected an object.')]);
  const o = input as Record<string, unknown>;
  const failures: TactFailure[] = [];
  const ack = o['acknowledgeDays'] ?? defaultSlaDays.acknowledge;
  const res = o['resolveDays'] ?? defaultSlaDays.resolve;
  if (!days(ack)) failures.push(bad('$.acknowledgeDays', 'Expected a whole number of business days, 1–60.'));
  if (!days(res)) failures.push(bad('$.resolveDays', 'Expected a whole number of business days, 1–60.'));
  if (days(ack) && days(res) && ack > res) failures.push(bad('$.acknowledgeDays', 'Acknowledging cannot take longer than resolving.'));
  const bodies: MediationBody[] = [];
  const rawBodies = o['mediationBodies'] ?? [];
  if (!Array.isArray(rawBodies)) failures.push(bad('$.mediationBodies', 'Expected a list of {"id", "name"}.'));
  else {
    for (const [i, b] of rawBodies.entries()) {
      const x = b as Record<string, unknown> | null;
      const id = x?.['id'];
      const name = x?.['name'];
      if (typeof id !== 'string' || !/^[a-z0-9][a-z0-9._-]{0,63}$/.test(id) || typeof name !== 'string' || name.trim() === '' || name.length > 200) {
        failures.push(bad(`$.mediationBodies[${i}]`, 'Each body needs an id (a-z, 0-9, . _ -) and a name (≤ 200 characters).'));
      } else if (bodies.some((e) => e.id === id)) failures.push(bad(`$.mediationBodies[${i}].id`, 'Mediation body ids must be unique.'));
      else bodies.push({ id, name: name.trim() });
    }
  }
  const pause = o['pauseDuringMediation'] ?? false;
  if (typeof pause !== 'boolean') failures.push(bad('$.pauseDuringMediation', 'Expected true or false.'));
  const actions = validateTenantActions(pack, o['actions']);
  if (!actions.ok) failures.push(...actions.error);
  if (failures.length > 0 || !actions.ok) return err(failures);
  return ok({ sla: { acknowledge: ack as number, resolve: res as number }, actions: actions.value, mediationBodies: bodies, pauseDuringMediation: pause as boolean });
};

/** The JSON form (as the API and the store take it). */
export const complaintSettingsToJson = (s: ComplaintSettings): Record<string, unknown> => ({
  acknowledgeDays: s.sla.acknowledge,
  resolveDays: s.sla.resolve,
  actions: s.actions,
  mediationBodies: s.mediationBodies,
  pauseDuringMediation: s.pauseDuringMediation,
});
