import { describe, expect, it } from 'vitest';
import type { ReceiptStatus } from '../../../src/app/ports/sms-transport.js';
import { receiptStatuses } from '../../../src/app/ports/sms-transport.js';
import { classifyReply } from '../../../src/core/messages/classify-reply.js';
import { messageStateForReceipt, replyEffect, type ReceiptStatusValue } from '../../../src/core/messages/reply-effect.js';

const effect = (text: string, audience: 'borrower' | 'third_party', awaitingConsent = false, alreadyOptedOut = false) =>
  replyEffect(classifyReply(text, { awaitingConsent }), { audience, alreadyOptedOut });

describe('replyEffect', () => {
  it('STOP opts out with exactly one confirmation', () => {
    expect(effect('STOP', 'borrower')).toEqual({ action: 'opt_out', channel: 'sms', sendConfirmation: true, templateKey: 'optout.confirmation' });
    expect(effect('退订', 'third_party', false, true)).toMatchObject({ action: 'opt_out', sendConfirmation: false });
  });

  it('HELP gets the help text', () => {
    expect(effect('help', 'borrower')).toEqual({ action: 'send_help', templateKey: 'help.reply' });
  });

  it('a contact answering a consent request confirms or refuses; a refusal suppresses the number', () => {
    expect(effect('Y', 'third_party', true)).toEqual({ action: 'confirm_contact' });
    expect(effect('是', 'third_party', true)).toEqual({ action: 'confirm_contact' });
    expect(effect('N', 'third_party', true)).toEqual({ action: 'refuse_contact', suppressForAccount: true });
    expect(effect('不认识', 'third_party', false)).toEqual({ action: 'refuse_contact', suppressForAccount: true });
  });

  it('wrong number suppresses; from the borrower number it is also flagged for review', () => {
    expect(effect('WRONG', 'third_party')).toEqual({ action: 'mark_wrong_number', suppressForAccount: true, review: false });
    expect(effect('打错了', 'borrower')).toEqual({ action: 'mark_wrong_number', suppressForAccount: true, review: true });
    expect(effect('不是我', 'borrower')).toEqual({ action: 'mark_wrong_number', suppressForAccount: true, review: true });
  });

  it('anything else changes nothing', () => {
    expect(effect('我会还款的', 'borrower')).toEqual({ action: 'keep_for_agent' });
    expect(effect('Y', 'third_party', false)).toEqual({ action: 'keep_for_agent' });
    expect(effect('Y', 'borrower', true)).toEqual({ action: 'keep_for_agent' });
  });
});

describe('messageStateForReceipt', () => {
  it.each([
    ['delivered', 'delivered'],
    ['failed', 'failed'],
    ['expired', 'failed'],
    ['undeliverable', 'undeliverable'],
    ['unknown', null],
  ] as const)('%s → %s', (status, state) => {
    expect(messageStateForReceipt(status)).toBe(state);
  });

  it('covers every status the transport port can report', () => {
    const port: readonly ReceiptStatus[] = receiptStatuses;
    for (const s of port) expect(() => messageStateForReceipt(s as ReceiptStatusValue)).not.toThrow();
    const mine: readonly ReceiptStatusValue[] = ['delivered', 'failed', 'undeliverable', 'expired', 'unknown'];
    expect([...port].sort()).toEqual([...mine].sort());
  });
});
