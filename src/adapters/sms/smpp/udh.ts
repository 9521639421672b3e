// User Data Header for concatenated SMS (3GPP TS 23.040 §9.2.3.24.1 and .8).
// IEI 0x00: 8-bit reference (UDH 6 octets); IEI 0x08: 16-bit reference (UDH 7 octets).

export interface ConcatInfo {
  readonly reference: number;
  readonly total: number;
  /** 1-based. */
  readonly sequence: number;
}

export const concatUdh = (reference: number, total: number, sequence: number, wide = false): Buffer =>
  wide
    ? Buffer.from([0x06, 0x08, 0x04, (reference >> 8) & 0xff, reference & 0xff, total, sequence])
    : Buffer.from([0x05, 0x00, 0x03, reference & 0xff, total, sequence]);

/** Finds the concatenation element among UDH information elements (each `IEI, length, data…`). */
export const concatFromElements = (elements: readonly Uint8Array[]): ConcatInfo | undefined => {
  for (const e of elements) {
    if (e[0] === 0x00 && e[1] === 3 && e.length >= 5) {
      return { reference: e[2] as number, total: e[3] as number, sequence: e[4] as number };
    }
    if (e[0] === 0x08 && e[1] === 4 && e.length >= 6) {
      return { reference: ((e[2] as number) << 8) | (e[3] as number), total: e[4] as number, sequence: e[5] as number };
    }
  }
  return undefined;
};

/** Splits a whole UDH (length octet first) into its information elements. */
export const udhElements = (udh: Uint8Array): Uint8Array[] => {
  const elements: Uint8Array[] = [];
  const end = Math.min(udh.length, (udh[0] ?? 0) + 1);
  let at = 1;
  while (at + 1 < end) {
    const len = udh[at + 1] as number;
    elements.push(udh.subarray(at, at + 2 + len));
    at += 2 + len;
  }
  return elements;
};
