// What a person does on the code page about the number a message reached (docs/portal.md,
// "Contacts and wrong numbers"): confirm or refuse being an emergency contact, "not me /
// wrong number", opt out of everything. Each action goes through the inbound pipeline's
// own effect (applyReplyEffect), so a portal opt-out is the same suppression as a STOP
// reply, a refusal the same as "N": one `web` inbound row in the contact ledger, an audit
// event, the effect — one transaction, committed before the dispatcher's next claim,
// whose re-decision reads the suppression. No SMS answer is queued: the confirmation is
// the page itself (an opt-out confirmation text would be one more message to a person
// who just asked for none).
import type { ReplyEffect } from '../../core/messages/reply-effect.js';
import type { Party } from '../../core/model/decision-request.js';
import type { TenantId } from '../../core/model/ids.js';
import { applyReplyEffect } from '../inbound/apply-reply-effect.js';
import { attributeReply } from '../inbound/attribute-reply.js';
import type { AnswerDeps } from '../inbound/queue-answer.js';
import type { CodeMatch } from '../ports/portal-store.js';
import type { Store } from '../ports/store.js';

export const portalActions = ['confirm_contact', 'refuse_contact', 'wrong_number', 'opt_out'] as const;
export type PortalAction = (typeof portalActions)[number];

/** Contact-only actions make sense for a message sent to a third party. */
export const actionsFor = (party: string): readonly PortalAction[] =>
  party === 'third_party' ? portalActions : ['wrong_number', 'opt_out'];

export type PortalActionOutcome = { readonly kind: 'applied'; readonly action: PortalAction } | { readonly kind: 'not_applicable' };

const effectOf = (action: PortalAction, party: Party): ReplyEffect => {
  switch (action) {
    case 'confirm_contact':
      return { action: 'confirm_contact' };
    case 'refuse_contact':
      return { action: 'refuse_contact', suppressForAccount: true };
    case 'wrong_number':
      return { action: 'mark_wrong_number', suppressForAccount: true, review: party === 'borrower' };
    case 'opt_out':
      return { action: 'opt_out', channel: 'sms', sendConfirmation: false, templateKey: 'optout.confirmation' };
  }
};

/** The effects used here never queue an answer; reaching one is a bug. */
const noAnswers: AnswerDeps = {
  codes: { next: () => { throw new Error('portal actions queue no answer'); } },
  logger: { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined, child: () => noAnswers.logger },
  messaging: undefined as never,
  vars: undefined as never,
};

export const applyPortalAction = (
  store: Store,
  tenant: TenantId,
  match: CodeMatch,
  action: PortalAction,
  now: number,
  actor = 'portal',
): Promise<PortalActionOutcome> =>
  store.transaction(async (tx) => {
    const phone = match.to;
    if (phone === undefined || !actionsFor(match.party).includes(action)) return { kind: 'not_applicable' } as const;
    const t = await tx.getTenant(tenant);
    const found = await attributeReply(tx, tenant, phone, t?.locale ?? 'zh-CN');
    // The code names the message, hence its accounts and its party: act on those.
    const party: Party = match.party === 'third_party' ? 'third_party' : 'borrower';
    const who = { ...found, party, accountIds: match.accountIds, links: found.links.filter((l) => match.accountIds.includes(l.accountId)) };
    const effect = effectOf(action, party);
    const review = effect.action === 'mark_wrong_number' && effect.review ? 'wrong_number_review' : undefined;
    const eventId = await tx.appendInboundReply(tenant, {
      at: now,
      channel: 'web',
      ...(who.personId === undefined ? {} : { personId: who.personId }),
      phoneE164: phone,
      party,
      accountIds: who.accountIds,
      text: `portal:${action}`,
      result: effect.action === 'mark_wrong_number' ? 'wrong_party' : 'delivered',
      ...(review === undefined ? {} : { review }),
    });
    await tx.appendAudit(tenant, {
      actor,
      type: 'portal.action',
      subject: who.personId === undefined ? `tenant:${tenant}` : `person:${who.personId}`,
      data: { eventId, action, messageId: match.messageId, accountIds: who.accountIds },
    });
    await applyReplyEffect(tx, noAnswers, tenant, { who, effect, phone, eventId, now, timeZone: t?.timeZone ?? 'UTC', actor });
    return { kind: 'applied', action } as const;
  });
