// Splits a text into SMPP short_message payloads. GSM-7 text goes as data_coding 0x00
// (one octet per septet), anything else as UCS-2 / UTF-16BE (0x08). One segment holds
// 160 septets or 70 UCS-2 units; concatenated segments carry a UDH and hold 153 / 67
// (8-bit reference) or 152 / 66 (16-bit reference). A segment never ends inside an
// extension-character ESC pair or a UTF-16 surrogate pair.
// The split points of concatenated messages come from core/messages/sms-encoding.ts (the
// same cut that prices a message), so cost and wire always agree; only the 16-bit
// reference variant (one unit less per segment) is cut here.
import { encodeForSms } from '../../../core/messages/sms-encoding.js';
import { encodeGsm7, gsm7Length } from './gsm7.js';
import { concatUdh } from './udh.js';

export const DATA_CODING_GSM7 = 0x00;
export const DATA_CODING_UCS2 = 0x08;
/** esm_class bit: short_message starts with a UDH. */
export const ESM_UDHI = 0x40;

export interface SmppPayload {
  readonly dataCoding: number;
  /** short_message octets per segment, UDH included when there are several. */
  readonly segments: readonly Buffer[];
  readonly udhi: boolean;
}

const ucs2 = (text: string): Buffer => {
  const b = Buffer.from(text, 'utf16le');
  return b.swap16();
};

/** Cuts `text` into pieces of at most `limit` units, as measured by `unitsOf` per character. */
const cut = (chars: readonly string[], limit: number, unitsOf: (ch: string) => number): string[] => {
  const pieces: string[] = [];
  let piece = '';
  let used = 0;
  for (const ch of chars) {
    const units = unitsOf(ch);
    if (used + units > limit) {
      pieces.push(piece);
      piece = '';
      used = 0;
    }
    piece += ch;
    used += units;
  }
  if (piece !== '' || pieces.length === 0) pieces.push(piece);
  return pieces;
};

/**
 * `reference` is the concatenation reference (0–255, or 0–65535 with `wideReference`).
 * Throws only for a text over 255 segments (a bug upstream: templates are far shorter).
 */
export const splitForSmpp = (text: string, reference: number, wideReference = false): SmppPayload => {
  const whole = encodeGsm7(text); // one octet per septet, so its length is the septet count
  const gsm = whole !== null;
  if (gsm && whole.length <= 160) return { dataCoding: DATA_CODING_GSM7, segments: [whole], udhi: false };
  if (!gsm && text.length <= 70) return { dataCoding: DATA_CODING_UCS2, segments: [ucs2(text)], udhi: false };
  const pieces = !wideReference
    ? encodeForSms(text).segments
    : gsm
      ? cut([...text], 152, (ch) => gsm7Length(ch))
      : cut([...text], 66, (ch) => ch.length);
  if (pieces.length > 255) throw new Error(`SMS text needs ${pieces.length} segments; the maximum is 255`);
  const segments = pieces.map((piece, i) =>
    Buffer.concat([
      concatUdh(reference, pieces.length, i + 1, wideReference),
      gsm ? (encodeGsm7(piece) as Buffer) : ucs2(piece),
    ]),
  );
  return { dataCoding: gsm ? DATA_CODING_GSM7 : DATA_CODING_UCS2, segments, udhi: true };
};
