// Protective actions per pack and category, tenant lists never below the statutory
// level, settings validation, and the complaint life-cycle table.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { complaintCategories, protectiveActions, type ComplaintCategory, type ProtectiveAction } from '../../../src/core/complaints/complaint-model.js';
import { parseComplaintSettings } from '../../../src/core/complaints/complaint-settings.js';
import { nextStatus } from '../../../src/core/complaints/complaint-transitions.js';
import { actionsFor, statutoryActions, validateTenantActions } from '../../../src/core/complaints/protective-actions.js';
import type { PackId } from '../../../src/core/model/decision-request.js';

describe('default actions on filing', () => {
  const rows: readonly { pack: PackId; category: ComplaintCategory; actions: readonly ProtectiveAction[] }[] = [
    { pack: 'cn', category: 'harassment_frequency', actions: ['suppress_number'] },
    { pack: 'cn', category: 'third_party_disclosure', actions: ['suppress_number'] },
    { pack: 'cn', category: 'not_my_debt', actions: ['pause_dispute'] },
    { pack: 'cn', category: 'wrong_number', actions: ['mark_wrong_number'] },
    { pack: 'cn', category: 'rude_or_threatening', actions: ['flag_for_review'] },
    { pack: 'us-regf', category: 'harassment_frequency', actions: ['suppress_number'] },
    { pack: 'us-regf', category: 'not_my_debt', actions: ['pause_dispute'] },
    { pack: 'us-regf', category: 'wrong_number', actions: ['mark_wrong_number'] },
    { pack: 'us-regf', category: 'other', actions: ['flag_for_review'] },
  ];
  it.each(rows)('$pack $category → $actions', (r) => {
    expect(actionsFor(r.pack, r.category)).toEqual(r.actions);
  });
  it('a tenant may add actions and drop recommended ones', () => {
    expect(actionsFor('cn', 'rude_or_threatening', { rude_or_threatening: ['suppress_number', 'flag_for_review'] })).toEqual(['suppress_number', 'flag_for_review']);
    const r = validateTenantActions('cn', { not_my_debt: [] });
    expect(r.ok).toBe(true);
  });
  it('a tenant may not remove a statutory action', () => {
    const r = validateTenantActions('us-regf', { not_my_debt: ['flag_for_review'], wrong_number: [] });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.map((f) => f.code)).toEqual(['TACT_ERR_COMPLAINT_ACTION_BELOW_STATUTORY', 'TACT_ERR_COMPLAINT_ACTION_BELOW_STATUTORY']);
      expect(r.error.map((f) => f.path)).toEqual(['$.actions.not_my_debt', '$.actions.wrong_number']);
    }
  });
  it('rejects unknown categories and actions', () => {
    const r = validateTenantActions('cn', { shouting: ['flag_for_review'], other: ['call_the_police'] });
    expect(!r.ok && r.error.map((f) => f.code)).toEqual(['TACT_ERR_COMPLAINT_BAD_SETTINGS', 'TACT_ERR_COMPLAINT_BAD_SETTINGS']);
  });
});

describe('properties', () => {
  const pack = fc.constantFrom<PackId>('cn', 'us-regf');
  const category = fc.constantFrom(...complaintCategories);
  const list = fc.subarray([...protectiveActions]);
  it('whatever list validates, the actions taken include every statutory action', () => {
    fc.assert(fc.property(pack, category, list, (p, c, l) => {
      const v = validateTenantActions(p, { [c]: l });
      const missing = statutoryActions(p, c).filter((a) => !l.includes(a));
      expect(v.ok).toBe(missing.length === 0);
      const taken = actionsFor(p, c, v.ok ? v.value : {});
      for (const a of statutoryActions(p, c)) expect(taken).toContain(a);
      expect(new Set(taken).size).toBe(taken.length);
    }));
  });
});

describe('settings', () => {
  it.each([
    [{}, true, undefined],
    [{ acknowledgeDays: 2, resolveDays: 10, mediationBodies: [{ id: 'sh-fin', name: '上海金融纠纷调解中心' }], pauseDuringMediation: true }, true, undefined],
    [{ acknowledgeDays: 0 }, false, '$.acknowledgeDays'],
    [{ acknowledgeDays: 20, resolveDays: 15 }, false, '$.acknowledgeDays'],
    [{ resolveDays: 1.5 }, false, '$.resolveDays'],
    [{ mediationBodies: [{ id: 'a', name: 'A' }, { id: 'a', name: 'B' }] }, false, '$.mediationBodies[1].id'],
    [{ mediationBodies: [{ id: 'Bad Id', name: 'A' }] }, false, '$.mediationBodies[0]'],
    [{ pauseDuringMediation: 'yes' }, false, '$.pauseDuringMediation'],
    [{ actions: { wrong_number: [] } }, false, '$.actions.wrong_number'],
  ] as const)('%j → ok=%s', (input, good, path) => {
    const r = parseComplaintSettings('cn', input);
    expect(r.ok).toBe(good);
    if (!r.ok) expect(r.error[0]?.path).toBe(path);
  });
});

describe('life cycle', () => {
  it.each([
    ['received', 'acknowledge', 'acknowledged'],
    ['acknowledged', 'acknowledge', undefined],
    ['received', 'resolve', 'resolved'],
    ['acknowledged', 'resolve', 'resolved'],
    ['resolved', 'resolve', undefined],
    ['acknowledged', 'refer_to_mediation', 'referred_to_mediation'],
    ['resolved', 'refer_to_mediation', undefined],
    ['referred_to_mediation', 'resolve', undefined],
    ['referred_to_mediation', 'record_mediation_outcome', 'mediated'],
    ['mediated', 'record_mediation_outcome', undefined],
  ] as const)('%s + %s → %s', (from, step, to) => {
    expect(nextStatus(from, step)).toBe(to);
  });
});
