import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeGsm7, encodeGsm7, gsm7Length } from '../../../../src/adapters/sms/smpp/gsm7.js';
import { splitForSmpp } from '../../../../src/adapters/sms/smpp/split-message.js';
import { countSegments } from '../../../../src/core/messages/sms-encoding.js';
import { concatFromElements, udhElements } from '../../../../src/adapters/sms/smpp/udh.js';

const body = (segment: Buffer, udhi: boolean): Buffer => (udhi ? segment.subarray((segment[0] as number) + 1) : segment);
const decode = (segment: Buffer, dataCoding: number): string =>
  dataCoding === 8 ? Buffer.from(segment).swap16().toString('utf16le') : decodeGsm7(segment);
const rejoin = (text: string, wide = false): string => {
  const p = splitForSmpp(text, 7, wide);
  return p.segments.map((s) => decode(body(s, p.udhi), p.dataCoding)).join('');
};

describe('GSM-7 alphabet', () => {
  it('counts extension characters as two septets and rejects non-GSM text', () => {
    expect(gsm7Length('Hello')).toBe(5);
    expect(gsm7Length('€{}[]~|^\\')).toBe(18);
    expect(gsm7Length('你好')).toBe(-1);
    expect(gsm7Length('😀')).toBe(-1);
  });

  it('writes extension characters as ESC + code', () => {
    expect([...(encodeGsm7('€') as Buffer)]).toEqual([0x1b, 0x65]);
    expect([...(encodeGsm7('@£$') as Buffer)]).toEqual([0x00, 0x01, 0x02]);
    expect(decodeGsm7(encodeGsm7('a{b}€') as Buffer)).toBe('a{b}€');
  });
});

describe('splitForSmpp', () => {
  it.each([
    ['a'.repeat(160), 0, 1],
    ['a'.repeat(161), 0, 2],
    ['a'.repeat(306), 0, 2],
    ['a'.repeat(307), 0, 3],
    ['€'.repeat(80), 0, 1], // 160 septets
    ['€'.repeat(81), 0, 2],
    ['你'.repeat(70), 8, 1],
    ['你'.repeat(71), 8, 2],
    ['你'.repeat(134), 8, 2],
    ['你'.repeat(135), 8, 3],
    ['你'.repeat(300), 8, 5],
  ])('%#: data_coding %i, %i segment(s)', (text, dataCoding, count) => {
    const p = splitForSmpp(text, 1);
    expect(p.dataCoding).toBe(dataCoding);
    expect(p.segments).toHaveLength(count);
    expect(p.udhi).toBe(count > 1);
  });

  it('numbers segments with a concatenation UDH (IEI 0x00, 8-bit reference)', () => {
    const p = splitForSmpp('你'.repeat(300), 0x1ab);
    p.segments.forEach((s, i) => {
      expect([...s.subarray(0, 6)]).toEqual([5, 0, 3, 0xab, 5, i + 1]);
      expect(s.length).toBeLessThanOrEqual(140);
    });
  });

  it('uses IEI 0x08 with a 16-bit reference when asked', () => {
    const p = splitForSmpp('a'.repeat(400), 0x1234, true);
    const info = concatFromElements(udhElements(p.segments[1] as Buffer));
    expect(info).toEqual({ reference: 0x1234, total: 3, sequence: 2 });
  });

  it('never ends a segment inside a surrogate pair or an ESC pair', () => {
    const emoji = `${'你'.repeat(66)}😀😀😀`; // 72 UTF-16 units: two segments
    const p = splitForSmpp(emoji, 1);
    const first = body(p.segments[0] as Buffer, true);
    expect(decode(first, 8)).toBe('你'.repeat(66));
    const gsm = `${'a'.repeat(152)}€€€€€`; // 162 septets: two segments
    const q = splitForSmpp(gsm, 1);
    expect(decodeGsm7(body(q.segments[0] as Buffer, true))).toBe('a'.repeat(152));
  });

  it('property: the wire has exactly as many segments as the price counts (core/messages)', () => {
    const chars = fc.constantFrom('a', ' ', '€', '{', '你', '😀', 'é', '1');
    fc.assert(
      fc.property(fc.array(chars, { minLength: 1, maxLength: 700 }), (cs) => {
        const text = cs.join('');
        expect(splitForSmpp(text, 1).segments).toHaveLength(countSegments(text));
      }),
    );
  });

  it('property: the segments decode back to the original text', () => {
    const chars = fc.constantFrom('a', 'Z', ' ', '€', '{', '你', '好', '😀', 'é', '\n', '1');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 700 }), fc.boolean(), (cs, wide) => {
        const text = cs.join('');
        expect(rejoin(text, wide)).toBe(text);
      }),
    );
  });
});
