// What Tact does at once when a complaint is filed (docs/complaints.md, "Protective
// actions"). Each pack names, per category, the actions the law requires (statutory:
// no tenant setting removes them) and Tact's defaults (recommended). A tenant may give
// its own list for a category; it must contain every statutory action of the pack.
import { failure, type TactFailure } from '../errors.js';
import type { PackId } from '../model/decision-request.js';
import { err, ok, type Result } from '../result.js';
import { complaintCategories, isOneOf, protectiveActions, type ComplaintCategory, type ProtectiveAction } from './complaint-model.js';

interface CategoryRule {
  readonly statutory: readonly ProtectiveAction[];
  readonly recommended: readonly ProtectiveAction[];
  readonly citation: string;
}

type PackActions = Readonly<Record<ComplaintCategory, CategoryRule>>;

const review: CategoryRule = { statutory: [], recommended: ['flag_for_review'], citation: 'Tact default' };

const cn: PackActions = {
  harassment_frequency: { statutory: ['suppress_number'], recommended: [], citation: 'Civil Code Art. 1033 (no disturbing private life by phone or SMS)' },
  third_party_disclosure: { statutory: ['suppress_number'], recommended: [], citation: 'GB/T 45251—2025 (stop when a contact refuses; never tell a contact about the debt, as reported); PIPL Art. 6' },
  not_my_debt: { statutory: [], recommended: ['pause_dispute'], citation: 'Tact default (a dispute pauses collection until verification is sent)' },
  wrong_number: { statutory: ['mark_wrong_number'], recommended: [], citation: 'Civil Code Art. 1033; PIPL Art. 13' },
  amount_or_dispute: { statutory: [], recommended: ['flag_for_review'], citation: 'Tact default' },
  rude_or_threatening: review,
  other: review,
};

const usRegf: PackActions = {
  harassment_frequency: { statutory: [], recommended: ['suppress_number'], citation: '15 U.S.C. 1692d; 12 CFR 1006.14 (Tact default: stop until reviewed)' },
  third_party_disclosure: { statutory: ['suppress_number'], recommended: [], citation: '15 U.S.C. 1692c(b); 12 CFR 1006.6(d)' },
  not_my_debt: { statutory: ['pause_dispute'], recommended: [], citation: '12 CFR 1006.38; 15 U.S.C. 1692g(b)' },
  wrong_number: { statutory: ['mark_wrong_number'], recommended: [], citation: '12 CFR 1006.6(d); 15 U.S.C. 1692c(b) (a wrong number reaches a third party)' },
  amount_or_dispute: { statutory: [], recommended: ['flag_for_review'], citation: 'Tact default' },
  rude_or_threatening: review,
  other: review,
};

const packs: Readonly<Record<PackId, PackActions>> = { cn, 'us-regf': usRegf };

export type TenantActions = Readonly<Partial<Record<ComplaintCategory, readonly ProtectiveAction[]>>>;

export const statutoryActions = (pack: PackId, category: ComplaintCategory): readonly ProtectiveAction[] => packs[pack][category].statutory;

export const actionCitation = (pack: PackId, category: ComplaintCategory): string => packs[pack][category].citation;

/** The actions a filing triggers: the tenant's list for the category, else the pack's. */
export const actionsFor = (pack: PackId, category: ComplaintCategory, tenant: TenantActions = {}): readonly ProtectiveAction[] => {
  const rule = packs[pack][category];
  const chosen = tenant[category] ?? [...rule.statutory, ...rule.recommended];
  // Statutory actions first, whatever the tenant wrote; each action once.
  return [...new Set([...rule.statutory, ...chosen])];
};

/** Checks a tenant's action lists: known categories and actions, statutory ones kept. */
export const validateTenantActions = (pack: PackId, input: unknown, path = '$.actions'): Result<TenantActions, TactFailure[]> => {
  if (input === undefined) return ok({});
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return err([failure('TACT_ERR_COMPLAINT_BAD_SETTINGS', { path, message: 'Expected an object of category → list of actions.' })]);
  }
  const out: Partial<Record<ComplaintCategory, ProtectiveAction[]>> = {};
  const failures: TactFailure[] = [];
  for (const [category, list] of Object.entries(input as Record<string, unknown>)) {
    const at = `${path}.${category}`;
    if (!isOneOf(complaintCategories, category)) {
      failures.push(failure('TACT_ERR_COMPLAINT_BAD_SETTINGS', { path: at, message: `Unknown category; use one of ${complaintCategories.join(', ')}.` }));
      continue;
    }
    if (!Array.isArray(list) || !list.every((a) => isOneOf(protectiveActions, a))) {
      failures.push(failure('TACT_ERR_COMPLAINT_BAD_SETTINGS', { path: at, message: `Expected a list of ${protectiveActions.join(', ')}.` }));
      continue;
    }
    const missing = statutoryActions(pack, category).filter((a) => !list.includes(a));
    if (missing.length > 0) {
      failures.push(failure('TACT_ERR_COMPLAINT_ACTION_BELOW_STATUTORY', {
        path: at,
        message: `The ${pack} pack requires ${missing.join(', ')} for ${category} (${actionCitation(pack, category)}).`,
      }));
      continue;
    }
    out[category] = [...new Set(list as ProtectiveAction[])];
  }
  return failures.length > 0 ? err(failures) : ok(out);
};
