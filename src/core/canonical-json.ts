// Canonical JSON: object keys sorted by UTF-16 code unit, no whitespace, `undefined`
// members dropped (as JSON.stringify does). Two equal values always give the same text,
// so a hash over it is stable across processes, databases and key insertion order.
// Used by the audit chain and by the import's change detection.

export type JsonValue = null | boolean | number | string | readonly JsonValue[] | { readonly [k: string]: JsonValue | undefined };

// A frozen object whose members are all primitives can never change: its text is kept
// (policy violations are such interned objects, repeated in every blocked message).
const frozenTexts = new WeakMap<object, string>();

export const canonicalJson = (value: unknown): string => {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      // NaN and Infinity have no JSON form; a hash over "null" would hide the bug.
      if (!Number.isFinite(value)) throw new TypeError('canonicalJson: non-finite number');
      return JSON.stringify(value);
    case 'string':
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
      const obj = value as Record<string, unknown>;
      const frozen = Object.isFrozen(obj);
      if (frozen) {
        const kept = frozenTexts.get(obj);
        if (kept !== undefined) return kept;
      }
      const keys = Object.keys(obj)
        .filter((k) => obj[k] !== undefined)
        .sort();
      const text = `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
      if (frozen && keys.every((k) => typeof obj[k] !== 'object' || obj[k] === null)) frozenTexts.set(obj, text);
      return text;
    }
    default:
      throw new TypeError(`canonicalJson: cannot encode ${typeof value}`);
  }
};
