// Byte payloads for one segment, for adapters that send raw octets (SMPP short_message).
// GSM-7 is given unpacked, one octet per septet (SMPP data_coding 0 as most SMSCs take
// it); extension characters become ESC (0x1B) + code. UCS-2 is big-endian UTF-16
// (data_coding 8). Septet packing, when a link needs it, is the adapter's business.
import { gsmBasicCode, gsmExtension } from './sms-encoding.js';

/** Unpacked GSM-7 octets, or undefined when a character is outside GSM-7. */
export const toGsm7Octets = (text: string): Uint8Array | undefined => {
  const out: number[] = [];
  for (const c of text) {
    const basic = gsmBasicCode(c);
    if (basic !== undefined) {
      out.push(basic);
      continue;
    }
    const ext = gsmExtension.get(c);
    if (ext === undefined) return undefined;
    out.push(0x1b, ext);
  }
  return Uint8Array.from(out);
};

/** UTF-16 big-endian octets (UCS-2 on the wire; surrogate pairs pass through as UTF-16). */
export const toUcs2Be = (text: string): Uint8Array => {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    out[2 * i] = unit >> 8;
    out[2 * i + 1] = unit & 0xff;
  }
  return out;
};
