// The store changes of one classified reply, inside the reply's transaction:
// - opt_out: tenant-wide `opt_out` suppression (every account); one confirmation queued
//   unless the number was already opted out (then nothing is sent);
// - send_help: the help text, at most one per number per local day;
// - confirm_contact: the contact's link on the asked account(s) becomes `confirmed`;
// - refuse_contact: link `refused` and the number suppressed (`refused`) for that account;
// - mark_wrong_number: the number suppressed (`wrong_number`) for that account;
// - keep_for_agent: nothing (the ledger row is flagged for review).
import type { ReplyEffect } from '../../core/messages/reply-effect.js';
import type { ContactEventId, TenantId } from '../../core/model/ids.js';
import type { Store } from '../ports/store.js';
import type { Attribution } from './attribute-reply.js';
import { queueAnswer, type AnswerDeps, type AnswerOutcome } from './queue-answer.js';

export interface EffectInput {
  readonly who: Attribution;
  readonly effect: ReplyEffect;
  readonly phone: string;
  readonly eventId: ContactEventId;
  /** Epoch ms. */
  readonly now: number;
  /** The tenant's IANA zone: the day of "one help text a day". */
  readonly timeZone: string;
  readonly actor: string;
}

const localDate = (at: number, timeZone: string): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);

export const applyReplyEffect = async (
  tx: Store,
  deps: AnswerDeps,
  tenant: TenantId,
  input: EffectInput,
): Promise<AnswerOutcome | undefined> => {
  const { who, effect, phone, actor, now } = input;
  const contactAccounts = who.links.filter((l) => l.role !== 'borrower').map((l) => l.accountId);
  switch (effect.action) {
    case 'opt_out': {
      await tx.addSuppression(tenant, { phoneE164: phone, reason: 'opt_out' }, actor);
      if (!effect.sendConfirmation) return undefined;
      return queueAnswer(tx, deps, tenant, who, {
        key: 'optout.confirmation',
        purpose: 'opt_out_confirmation',
        planKey: async (person) => `optout:${tenant}:${person}:${(await tx.countMessagesTo(tenant, person, 'opt_out_confirmation')) + 1}`,
        phone,
        replyTo: input.eventId,
        now,
      }, actor);
    }
    case 'send_help':
      return queueAnswer(tx, deps, tenant, who, {
        key: 'help.reply',
        purpose: 'reply',
        planKey: async (person) => `help:${tenant}:${person}:${localDate(now, input.timeZone)}`,
        phone,
        replyTo: input.eventId,
        now,
      }, actor);
    case 'confirm_contact':
      if (who.personId !== undefined) {
        for (const account of contactAccounts) await tx.setContactConfirmation(tenant, account, who.personId, 'confirmed', now, actor);
      }
      return undefined;
    case 'refuse_contact':
      for (const account of contactAccounts) {
        if (who.personId !== undefined) await tx.setContactConfirmation(tenant, account, who.personId, 'refused', now, actor);
        await tx.addSuppression(tenant, { phoneE164: phone, reason: 'refused', accountId: account }, actor);
      }
      return undefined;
    case 'mark_wrong_number':
      for (const account of who.accountIds) await tx.addSuppression(tenant, { phoneE164: phone, reason: 'wrong_number', accountId: account }, actor);
      return undefined;
    case 'keep_for_agent':
      return undefined;
  }
};
