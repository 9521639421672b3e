import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countSegments, encodeForSms, gsmBasicAlphabet, gsmSeptets, isGsm7 } from '../../../src/core/messages/sms-encoding.js';
import { toGsm7Octets, toUcs2Be } from '../../../src/core/messages/sms-payload.js';

describe('GSM-7 or UCS-2', () => {
  it.each([
    ['Hello, your code is 1234', 'gsm7'],
    ['Prix: 10€ {ok} [a] ~ | ^ \\', 'gsm7'],
    ['café à Paris? é è ù ì ò Ç Ø å Æ ß É Ä Ö Ñ Ü § ¿ ¡ ¤ £ ¥ Δ Φ Γ Λ Ω Π Ψ Σ Θ Ξ', 'gsm7'],
    ['您好，提醒您还款', 'ucs2'],
    ['Thanks 🙂', 'ucs2'],
    ['ç lower-case c-cedilla is not in GSM-7', 'ucs2'], // only Ç is
    ['a backtick ` is not GSM', 'ucs2'],
    ['Noël: ë is not GSM', 'ucs2'],
    ['curly quotes “ are not GSM', 'ucs2'],
  ])('%s → %s', (text, encoding) => {
    expect(encodeForSms(text).encoding).toBe(encoding);
  });

  it('the default alphabet has 128 positions and ESC is not text', () => {
    expect([...gsmBasicAlphabet]).toHaveLength(128);
    expect(isGsm7('\u001b')).toBe(false);
  });

  it('the extension table costs 2 septets', () => {
    for (const c of ['€', '^', '{', '}', '\\', '[', '~', ']', '|']) expect(gsmSeptets(c), c).toBe(2);
    expect(gsmSeptets('a')).toBe(1);
    expect(encodeForSms('€€€').units).toBe(6);
  });
});

describe('segments', () => {
  it.each([
    ['a'.repeat(160), 'gsm7', 160, 1],
    ['a'.repeat(161), 'gsm7', 161, 2],
    ['a'.repeat(306), 'gsm7', 306, 2],
    ['a'.repeat(307), 'gsm7', 307, 3],
    ['€'.repeat(80), 'gsm7', 160, 1],
    ['a'.repeat(159) + '€', 'gsm7', 161, 2],
    ['中'.repeat(70), 'ucs2', 70, 1],
    ['中'.repeat(71), 'ucs2', 71, 2],
    ['中'.repeat(134), 'ucs2', 134, 2],
    ['中'.repeat(135), 'ucs2', 135, 3],
    ['🙂'.repeat(35), 'ucs2', 70, 1],
    ['🙂'.repeat(36), 'ucs2', 72, 2],
    ['', 'gsm7', 0, 0],
  ])('%#: %s', (text, encoding, units, segments) => {
    const e = encodeForSms(text);
    expect([e.encoding, e.units, e.segments.length]).toEqual([encoding, units, segments]);
    expect(countSegments(text)).toBe(segments);
  });

  it('never splits an extension character: a 153rd-septet € moves to the next segment', () => {
    const e = encodeForSms('a'.repeat(152) + '€' + 'b'.repeat(10));
    expect(e.segments[0]).toBe('a'.repeat(152));
    expect(e.segments[1]?.startsWith('€')).toBe(true);
  });

  it('never splits a surrogate pair: the 67th unit an emoji would straddle moves on', () => {
    const text = '中'.repeat(66) + '🙂' + '中'.repeat(10);
    const e = encodeForSms(text);
    expect(e.segments[0]).toBe('中'.repeat(66));
    expect(e.segments[1]?.startsWith('🙂')).toBe(true);
  });

  it('segments join back to the text and each fits its limit (property)', () => {
    const chars = fc.constantFrom('a', 'Z', ' ', '€', '{', '中', '，', '🙂', '😀', 'é', '\n');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 700 }), (list) => {
        const text = list.join('');
        const e = encodeForSms(text);
        expect(e.segments.join('')).toBe(text);
        const limit = e.segments.length > 1 ? (e.encoding === 'gsm7' ? 153 : 67) : e.encoding === 'gsm7' ? 160 : 70;
        for (const s of e.segments) {
          const units = e.encoding === 'gsm7' ? [...s].reduce((n, c) => n + (gsmSeptets(c) ?? 0), 0) : s.length;
          expect(units).toBeLessThanOrEqual(limit);
          expect(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/.test(s)).toBe(false);
        }
      }),
    );
  });
});

describe('payloads', () => {
  it('GSM-7 unpacked: one octet a septet, ESC before an extension code', () => {
    expect([...(toGsm7Octets('@A€') ?? [])]).toEqual([0x00, 0x41, 0x1b, 0x65]);
    expect(toGsm7Octets('中')).toBeUndefined();
  });
  it('UCS-2 big-endian, surrogates kept', () => {
    expect([...toUcs2Be('中A')]).toEqual([0x4e, 0x2d, 0x00, 0x41]);
    expect([...toUcs2Be('🙂')]).toEqual([0xd8, 0x3d, 0xde, 0x42]);
  });
});
