import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src/core/canonical-json.js';

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: undefined }, e: null })).toBe(
      '{"a":{"d":[1,{"y":2,"z":1}]},"b":1,"e":null}',
    );
  });

  it('escapes strings as JSON does, including non-ASCII and quotes', () => {
    expect(canonicalJson({ s: '张"三\n' })).toBe('{"s":"张\\"三\\n"}');
  });

  it('refuses values JSON cannot carry', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(TypeError);
    expect(() => canonicalJson({ f: () => 1 })).toThrow(TypeError);
    expect(() => canonicalJson(1n)).toThrow(TypeError);
  });

  it('is the same text whatever the key order, and parses back to an equal value', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (obj) => {
        const reversed = Object.fromEntries(Object.entries(obj).reverse());
        const text = canonicalJson(obj);
        expect(canonicalJson(reversed)).toBe(text);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
      }),
    );
  });

  it('gives a frozen object the same text every time, and follows what a frozen shell holds', () => {
    const flat = Object.freeze({ b: 'x', a: 1 });
    expect(canonicalJson({ v: [flat, flat] })).toBe('{"v":[{"a":1,"b":"x"},{"a":1,"b":"x"}]}');
    const inner = { n: 1 };
    const shell = Object.freeze({ inner });
    expect(canonicalJson(shell)).toBe('{"inner":{"n":1}}');
    inner.n = 2; // the shell is frozen, what it points to is not
    expect(canonicalJson(shell)).toBe('{"inner":{"n":2}}');
  });
});
