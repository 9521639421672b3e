// Replies and receipts take effect (issue 4; docs/inbound.md). The dispatcher registers
// `(e) => receiveInbound(deps, tenant, e)` with `transport.onInbound`. Each item runs in
// ONE store transaction: the ledger row (reply) or receipt row, and its whole effect —
// suppression, consent, the queued answer, audit events — commit together, so the
// dispatcher's next claim (which re-decides from the ledger and suppressions) sees it.
// Times are Tact's clock when the item arrived (a simulated clock in the 30-day test),
// not the transport's stamp. Never logs the number or the text.
import { classifyReply, type ReplyClass } from '../../core/messages/classify-reply.js';
import { replyEffect, type ReplyEffect } from '../../core/messages/reply-effect.js';
import type { ContactEventId, TenantId } from '../../core/model/ids.js';
import type { Clock } from '../ports/clock.js';
import type { ReceiptOutcome } from '../ports/inbound-store.js';
import type { DeliveryReceipt, InboundEvent, InboundReply } from '../ports/sms-transport.js';
import type { Store } from '../ports/store.js';
import { attributeReply } from './attribute-reply.js';
import { applyReplyEffect } from './apply-reply-effect.js';
import type { AnswerDeps, AnswerOutcome } from './queue-answer.js';

export interface InboundDeps extends AnswerDeps {
  readonly store: Store;
  readonly clock: Clock;
  /** Audit actor; default "system:inbound". */
  readonly actor?: string;
}

export type InboundOutcome =
  | {
      readonly kind: 'reply';
      readonly eventId: ContactEventId;
      readonly reply: ReplyClass;
      readonly effect: ReplyEffect['action'];
      readonly knownNumber: boolean;
      readonly answer?: AnswerOutcome;
    }
  | { readonly kind: 'receipt'; readonly outcome: ReceiptOutcome };

/** "+8613…" as given; bare digits (SMPP source addresses) get their "+". */
export const inboundE164 = (from: string): string => {
  const t = from.trim();
  return /^\d{6,15}$/.test(t) ? `+${t}` : t;
};

const receive = async (deps: InboundDeps, tenant: TenantId, e: DeliveryReceipt): Promise<InboundOutcome> => {
  const outcome = await deps.store.recordReceipt(
    tenant,
    { providerId: e.providerId, status: e.status, ...(e.errorCode === undefined ? {} : { errorCode: e.errorCode }), at: deps.clock.now() },
    deps.actor ?? 'system:inbound',
  );
  return { kind: 'receipt', outcome };
};

const reply = async (deps: InboundDeps, tenant: TenantId, e: InboundReply): Promise<InboundOutcome> =>
  deps.store.transaction(async (tx) => {
    const now = deps.clock.now();
    const actor = deps.actor ?? 'system:inbound';
    const phone = inboundE164(e.from);
    const t = await tx.getTenant(tenant);
    const who = await attributeReply(tx, tenant, phone, t?.locale ?? 'zh-CN');
    const alreadyOptedOut = await tx.isSuppressed(tenant, phone);
    const cls = classifyReply(e.text, { awaitingConsent: who.awaitingConsent });
    const effect = who.personId === undefined && cls.kind !== 'opt_out' ? ({ action: 'keep_for_agent' } as const) : replyEffect(cls, { audience: who.party, alreadyOptedOut });
    const review =
      effect.action === 'keep_for_agent'
        ? who.personId === undefined
          ? 'unknown_number'
          : 'not_understood'
        : effect.action === 'mark_wrong_number' && effect.review
          ? 'wrong_number_review'
          : undefined;
    const eventId = await tx.appendInboundReply(tenant, {
      at: now,
      channel: 'sms',
      ...(who.personId === undefined ? {} : { personId: who.personId }),
      phoneE164: phone,
      party: who.party,
      accountIds: who.accountIds,
      text: e.text,
      result: effect.action === 'mark_wrong_number' ? 'wrong_party' : 'delivered',
      ...(e.providerId === undefined ? {} : { providerId: e.providerId }),
      ...(review === undefined ? {} : { review }),
    });
    await tx.appendAudit(tenant, {
      actor,
      type: 'inbound.reply',
      subject: who.personId === undefined ? `tenant:${tenant}` : `person:${who.personId}`,
      data: { eventId, kind: cls.kind, keyword: cls.keyword ?? null, effect: effect.action, accountIds: who.accountIds },
    });
    const answer = await applyReplyEffect(tx, deps, tenant, { who, effect, phone, eventId, now, timeZone: t?.timeZone ?? 'UTC', actor });
    deps.logger.info({ tenant, eventId, kind: cls.kind, effect: effect.action }, 'inbound reply recorded');
    return {
      kind: 'reply',
      eventId,
      reply: cls,
      effect: effect.action,
      knownNumber: who.personId !== undefined,
      ...(answer === undefined ? {} : { answer }),
    } satisfies InboundOutcome;
  });

export const receiveInbound = (deps: InboundDeps, tenant: TenantId, event: InboundEvent): Promise<InboundOutcome> =>
  event.kind === 'receipt' ? receive(deps, tenant, event) : reply(deps, tenant, event);
