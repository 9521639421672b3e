import { describe, expect, it } from 'vitest';
import { parseReceipt, receiptDate, receiptTextFields } from '../../../../src/adapters/sms/smpp/parse-receipt.js';

const text = (stat: string, extra = ''): string =>
  `id:abc123 sub:001 dlvrd:001 submit date:2611280930 done date:2611280931 stat:${stat} err:000 text:Hello${extra}`;

describe('parseReceipt — text form (SMPP 3.4 Appendix B)', () => {
  it.each([
    ['DELIVRD', 'delivered'],
    ['UNDELIV', 'undeliverable'],
    ['EXPIRED', 'expired'],
    ['REJECTD', 'failed'],
    ['DELETED', 'failed'],
    ['UNKNOWN', 'unknown'],
    ['ACCEPTD', 'unknown'],
    ['ENROUTE', 'unknown'],
    ['delivrd', 'delivered'], // some SMSCs write lower case
  ] as const)('stat:%s → %s', (stat, status) => {
    expect(parseReceipt({ text: text(stat) })).toEqual({
      providerId: 'abc123',
      status,
      errorCode: '000',
      doneAt: '2026-11-28T09:31:00.000Z',
    });
  });

  it('keeps the text: field whole even when it contains key-like words', () => {
    const fields = receiptTextFields(text('DELIVRD', ' stat:UNDELIV id:zzz'));
    expect(fields['stat']).toBe('DELIVRD');
    expect(fields['id']).toBe('abc123');
    expect(fields['text']).toBe('Hello stat:UNDELIV id:zzz');
  });

  it('reads an unknown stat as no receipt, not as a guess', () => {
    expect(parseReceipt({ text: text('WHATEVER') })).toBeNull();
  });

  it('reads a text without id as no receipt', () => {
    expect(parseReceipt({ text: 'sub:001 dlvrd:001 stat:DELIVRD err:000' })).toBeNull();
  });
});

describe('parseReceipt — TLVs (receipted_message_id, message_state)', () => {
  it.each([
    [2, 'delivered'],
    [3, 'expired'],
    [4, 'failed'],
    [5, 'undeliverable'],
    [6, 'unknown'],
    [7, 'unknown'],
    [8, 'failed'],
  ] as const)('message_state %i → %s', (state, status) => {
    expect(parseReceipt({ receiptedMessageId: 'x9', messageState: state })).toEqual({ providerId: 'x9', status });
  });

  it('TLVs win over the text where both are present; the text fills err and done date', () => {
    expect(parseReceipt({ receiptedMessageId: 'tlv-id', messageState: 5, text: text('DELIVRD') })).toEqual({
      providerId: 'tlv-id',
      status: 'undeliverable',
      errorCode: '000',
      doneAt: '2026-11-28T09:31:00.000Z',
    });
  });

  it('an empty receipted_message_id falls back to the text id', () => {
    expect(parseReceipt({ receiptedMessageId: '', text: text('DELIVRD') })?.providerId).toBe('abc123');
  });

  it('network_error_code TLV becomes the error code when the text has none', () => {
    const r = parseReceipt({ receiptedMessageId: 'a', messageState: 5, networkErrorCode: Uint8Array.from([3, 0, 1]) });
    expect(r?.errorCode).toBe('030001');
  });
});

describe('receiptDate', () => {
  it.each([
    ['2611280931', '2026-11-28T09:31:00.000Z'],
    ['261128093145', '2026-11-28T09:31:45.000Z'],
    ['2602300931', undefined], // 30 February
    ['26112809', undefined],
    ['', undefined],
  ])('%s → %s', (input, iso) => {
    expect(receiptDate(input)).toBe(iso);
  });
});
