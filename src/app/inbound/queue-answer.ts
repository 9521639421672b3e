// Queues the one message Tact owes an inbound reply: the opt-out confirmation or the
// help text, rendered from the default template in the person's locale and written as
// a `planned` message due now. The dispatcher sends it after re-deciding (the opt-out
// rule allows exactly one confirmation after an opt-out). The plan key makes it once:
//   optout:<tenant>:<person>:<n>  n = 1 + confirmations already queued for the person
//   help:<tenant>:<person>:<YYYY-MM-DD in the tenant's zone>  (one help text a day)
import type { TenantMessaging } from '../../core/messages/template.js';
import { findDefaultTemplate } from '../../core/messages/default-templates.js';
import type { MessageVars } from '../../core/messages/message-vars.js';
import { renderMessage } from '../../core/messages/render-message.js';
import type { Purpose } from '../../core/model/decision-request.js';
import type { ContactEventId, MessageId, PersonId, TenantId } from '../../core/model/ids.js';
import type { CodeGenerator } from '../ports/code-generator.js';
import type { Logger } from '../ports/logger.js';
import type { Store } from '../ports/store.js';
import type { Attribution } from './attribute-reply.js';

export interface AnswerDeps {
  readonly codes: CodeGenerator;
  readonly logger: Logger;
  readonly messaging: TenantMessaging;
  /** Hotline and portal address for the help text. */
  readonly vars: MessageVars;
}

export type AnswerOutcome =
  | { readonly kind: 'queued'; readonly messageId: MessageId }
  | { readonly kind: 'already_queued' }
  | { readonly kind: 'not_possible'; readonly reason: 'unknown_number' | 'no_account' | 'no_template' | 'render_failed' };

export interface AnswerRequest {
  readonly key: 'optout.confirmation' | 'help.reply';
  readonly purpose: Extract<Purpose, 'opt_out_confirmation' | 'reply'>;
  readonly planKey: (person: PersonId) => Promise<string>;
  readonly phone: string;
  readonly replyTo: ContactEventId;
  readonly now: number;
}

export const queueAnswer = async (
  store: Store,
  deps: AnswerDeps,
  tenant: TenantId,
  who: Attribution,
  req: AnswerRequest,
  actor: string,
): Promise<AnswerOutcome> => {
  if (who.personId === undefined) return { kind: 'not_possible', reason: 'unknown_number' };
  if (who.accountIds.length === 0) return { kind: 'not_possible', reason: 'no_account' };
  const template = findDefaultTemplate(req.key, who.party, who.locale);
  if (template === undefined) return { kind: 'not_possible', reason: 'no_template' };
  const code = deps.codes.next();
  const rendered = renderMessage(template, deps.vars, { ...deps.messaging, locale: who.locale }, code);
  if (!rendered.ok) {
    deps.logger.error({ tenant, template: template.id, codes: rendered.error.map((f) => f.code) }, 'answer to an inbound reply not rendered');
    return { kind: 'not_possible', reason: 'render_failed' };
  }
  const queued = await store.queueMessageOnce(
    tenant,
    {
      accountIds: who.accountIds,
      personId: who.personId,
      party: who.party,
      channel: 'sms',
      purpose: req.purpose,
      to: req.phone,
      body: rendered.value.text,
      state: 'planned',
      decision: { source: 'inbound', replyTo: req.replyTo },
      scheduledAt: req.now,
      verificationCode: code,
      planKey: await req.planKey(who.personId),
      templateId: template.id,
    },
    actor,
  );
  return queued === undefined ? { kind: 'already_queued' } : { kind: 'queued', messageId: queued.id };
};
