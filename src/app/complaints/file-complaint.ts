// Filing a complaint, whatever the entry point (API, portal, CLI, an agent classifying
// an inbound SMS): check what it names belongs to the tenant, fill the account, person
// and number from the message it is about, compute the SLA deadlines in the tenant's
// business calendar, store it and apply the protective actions — in one transaction.
import { actionsFor } from '../../core/complaints/protective-actions.js';
import { calendarForPack } from '../../core/complaints/business-calendar.js';
import type { ComplaintCategory, ComplaintSource } from '../../core/complaints/complaint-model.js';
import { checkScreenshots, sniffScreenshotType } from '../../core/complaints/screenshot-type.js';
import { slaDeadlines } from '../../core/complaints/sla-clock.js';
import { failure, type TactFailure } from '../../core/errors.js';
import type { AccountId, MessageId, PersonId, TenantId } from '../../core/model/ids.js';
import { err, ok, type Result } from '../../core/result.js';
import type { ComplaintRecord, NewScreenshot } from '../ports/complaint-store.js';
import type { Store } from '../ports/store.js';
import type { MessageRecord } from '../ports/store-records.js';
import { applyProtectiveActions, type ActionOutcome } from './apply-protective-actions.js';
import { loadComplaintSettings } from './complaint-settings.js';
import { messageRefs } from './message-refs.js';

/** Characters of complaint text kept (longer text is refused, not cut). */
export const maxComplaintText = 5000;

export interface FileComplaintInput {
  readonly category: ComplaintCategory;
  readonly source: ComplaintSource;
  readonly accountId?: AccountId;
  readonly personId?: PersonId;
  readonly phoneE164?: string;
  readonly messageIds?: readonly MessageId[];
  readonly peopleIds?: readonly PersonId[];
  readonly text?: string;
  readonly screenshots?: readonly Uint8Array[];
}

export interface FiledComplaint {
  readonly complaint: ComplaintRecord;
  readonly protection: readonly ActionOutcome[];
}

const unknownRef = (path: string): TactFailure[] => [failure('TACT_ERR_COMPLAINT_UNKNOWN_REFERENCE', { path })];

const screenshotFailure = (files: readonly Uint8Array[]): TactFailure[] | undefined => {
  const p = checkScreenshots(files);
  if (p === undefined) return undefined;
  const path = `screenshots[${p.index}]`;
  return [failure(p.problem === 'bad_type' || p.problem === 'empty' ? 'TACT_ERR_COMPLAINT_SCREENSHOT_TYPE' : 'TACT_ERR_COMPLAINT_SCREENSHOT_TOO_LARGE', { path })];
};

export const fileComplaint = async (
  store: Store,
  tenant: TenantId,
  input: FileComplaintInput,
  now: number,
  actor: string,
): Promise<Result<FiledComplaint, TactFailure[]>> => {
  const t = await store.getTenant(tenant);
  if (t === undefined) return err([failure('TACT_ERR_STORE_UNKNOWN_TENANT', { path: 'tenant' })]);
  if (input.text !== undefined && input.text.length > maxComplaintText) {
    return err([failure('TACT_ERR_COMPLAINT_BAD_INPUT', { path: 'text', message: `The text is longer than ${maxComplaintText} characters.` })]);
  }
  const files = input.screenshots ?? [];
  const bad = screenshotFailure(files);
  if (bad !== undefined) return err(bad);

  const messages: MessageRecord[] = [];
  for (const [i, id] of (input.messageIds ?? []).entries()) {
    const m = await store.getMessage(tenant, id);
    if (m === undefined) return err(unknownRef(`messageIds[${i}]`));
    messages.push(m);
  }
  const first = messages[0];
  let accountId = input.accountId ?? first?.accountIds[0];
  if (accountId !== undefined && (await store.getAccount(tenant, accountId)) === undefined) return err(unknownRef('accountId'));
  let personId = input.personId ?? first?.personId;
  let phone = input.phoneE164;
  if (personId !== undefined) {
    const p = await store.getPerson(tenant, personId);
    if (p === undefined) return err(unknownRef('personId'));
    phone ??= p.phoneE164;
  } else if (phone !== undefined) {
    personId = (await store.findPersonByPhone(tenant, phone))?.id;
  }
  phone ??= first?.to;
  // A number known on exactly one account (an inbound SMS an agent classifies): that account.
  if (accountId === undefined && personId !== undefined) {
    const links = await store.personLinks(tenant, personId);
    if (links.length === 1) accountId = links[0]!.accountId;
  }
  for (const [i, id] of (input.peopleIds ?? []).entries()) {
    if ((await store.getPerson(tenant, id)) === undefined) return err(unknownRef(`peopleIds[${i}]`));
  }

  const settings = await loadComplaintSettings(store, t);
  const deadlines = slaDeadlines(calendarForPack(t.pack), t.timeZone, now, settings.sla);
  const actions = actionsFor(t.pack, input.category, settings.actions);
  const refs = await messageRefs(store, tenant, t.pack, messages);
  const screenshots: NewScreenshot[] = files.map((bytes) => ({ mediaType: sniffScreenshotType(bytes) ?? 'image/png', bytes }));
  const filed = await store.transaction(async (tx) => {
    const complaint = await tx.fileComplaint(tenant, {
      category: input.category,
      source: input.source,
      receivedAt: now,
      ...(accountId === undefined ? {} : { accountId }),
      ...(personId === undefined ? {} : { personId }),
      ...(phone === undefined ? {} : { phoneE164: phone }),
      messageIds: messages.map((m) => m.id),
      peopleIds: input.peopleIds ?? [],
      ...(input.text === undefined ? {} : { text: input.text }),
      screenshots,
      deadlines,
      protectiveActions: actions,
      refs,
    }, actor);
    const protection = await applyProtectiveActions(tx, tenant, actions, {
      ...(accountId === undefined ? {} : { accountId }),
      ...(personId === undefined ? {} : { personId }),
      ...(phone === undefined ? {} : { phoneE164: phone }),
      at: now,
    }, actor);
    return { complaint, protection };
  });
  return ok(filed);
};
