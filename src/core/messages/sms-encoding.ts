// SMS encoding and segmentation (3GPP TS 23.038 / 23.040).
// GSM-7: the default alphabet costs 1 septet a character, the extension table 2 (ESC +
// code). One segment holds 160 septets; a concatenated segment 153 (the UDH takes 7).
// UCS-2: UTF-16 code units; 70 per segment, 67 when concatenated. A surrogate pair (an
// emoji) is never split, nor is an extension character's ESC from its code.
// We give the split points; the SMPP adapter decides the wire format (data_coding, UDH).

/** The GSM 03.38 default alphabet in code order (0x00…0x7F); 0x1B (ESC) is not text. */
export const gsmBasicAlphabet =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001bÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';

/** The extension table: each character is sent as ESC (0x1B) followed by its code. */
export const gsmExtension: ReadonlyMap<string, number> = new Map([
  ['\f', 0x0a],
  ['^', 0x14],
  ['{', 0x28],
  ['}', 0x29],
  ['\\', 0x2f],
  ['[', 0x3c],
  ['~', 0x3d],
  [']', 0x3e],
  ['|', 0x40],
  ['€', 0x65],
]);

const basicCodes: ReadonlyMap<string, number> = new Map(
  [...gsmBasicAlphabet].map((c, i) => [c, i] as const).filter(([c]) => c !== '\u001b'),
);

export type SmsEncoding = 'gsm7' | 'ucs2';

export const segmentLimits = {
  gsm7: { single: 160, concatenated: 153 },
  ucs2: { single: 70, concatenated: 67 },
} as const;

/** Septets a character costs in GSM-7 (1 or 2), or undefined when it is not in GSM-7. */
export const gsmSeptets = (char: string): 1 | 2 | undefined =>
  basicCodes.has(char) ? 1 : gsmExtension.has(char) ? 2 : undefined;

/** The GSM-7 code of a basic-alphabet character (undefined for others). */
export const gsmBasicCode = (char: string): number | undefined => basicCodes.get(char);

export const isGsm7 = (text: string): boolean => {
  for (const c of text) if (gsmSeptets(c) === undefined) return false;
  return true;
};

/** What a text costs on the air and where it is cut. */
export interface SmsEncoded {
  readonly encoding: SmsEncoding;
  /** Septets (GSM-7) or UTF-16 code units (UCS-2) of the whole text. */
  readonly units: number;
  /** The text of each segment, in order; concatenated they give the input back. */
  readonly segments: readonly string[];
}

// Units of one character (a code point) in the chosen encoding.
const unitsOf = (encoding: SmsEncoding, char: string): number =>
  encoding === 'ucs2' ? char.length : (gsmSeptets(char) ?? 1);

/** Chooses GSM-7 when every character fits, else UCS-2, and cuts the text into segments. */
export const encodeForSms = (text: string): SmsEncoded => {
  const encoding: SmsEncoding = isGsm7(text) ? 'gsm7' : 'ucs2';
  const chars = [...text]; // code points: a surrogate pair stays whole
  const units = chars.reduce((n, c) => n + unitsOf(encoding, c), 0);
  const limits = segmentLimits[encoding];
  if (units <= limits.single) return { encoding, units, segments: text === '' ? [] : [text] };
  const segments: string[] = [];
  let current = '';
  let used = 0;
  for (const c of chars) {
    const u = unitsOf(encoding, c);
    if (used + u > limits.concatenated) {
      segments.push(current);
      current = '';
      used = 0;
    }
    current += c;
    used += u;
  }
  if (current !== '') segments.push(current);
  return { encoding, units, segments };
};

/** Segments a text needs (0 for the empty text). */
export const countSegments = (text: string): number => encodeForSms(text).segments.length;
