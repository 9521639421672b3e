// GSM 03.38 default alphabet (7-bit) with its extension table. SMPP carries GSM-7 text
// unpacked, one octet per character (data_coding 0x00); the SMSC packs it for the air.
// Extension characters take two octets: ESC (0x1B) then the code below.

const basic =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\x1BÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';

const extension: Readonly<Record<string, number>> = {
  '\f': 0x0a,
  '^': 0x14,
  '{': 0x28,
  '}': 0x29,
  '\\': 0x2f,
  '[': 0x3c,
  '~': 0x3d,
  ']': 0x3e,
  '|': 0x40,
  '€': 0x65,
};

export const GSM_ESCAPE = 0x1b;

const basicCode = new Map<string, number>();
for (let i = 0; i < basic.length; i += 1) if (i !== GSM_ESCAPE) basicCode.set(basic[i] as string, i);
const extensionCode = new Map<string, number>(Object.entries(extension));
const basicChar = [...basic];
const extensionChar = new Map<number, string>(Object.entries(extension).map(([c, code]) => [code, c]));

// Fast path for UTF-16 units below 0x80: code (0–127), 0x100 | ext code, or -1.
const ascii = new Int16Array(128).fill(-1);
for (let u = 0; u < 128; u += 1) {
  const ch = String.fromCharCode(u);
  const code = basicCode.get(ch);
  const ext = extensionCode.get(ch);
  if (code !== undefined) ascii[u] = code;
  else if (ext !== undefined) ascii[u] = 0x100 | ext;
}

/** Septets of `text` in the default alphabet (extension chars count 2), or -1 when not GSM-7. */
export const gsm7Length = (text: string): number => {
  let n = 0;
  for (let i = 0; i < text.length; i += 1) {
    const u = text.charCodeAt(i);
    if (u < 128) {
      const c = ascii[u] as number;
      if (c < 0) return -1;
      n += c > 0xff ? 2 : 1;
      continue;
    }
    const ch = text[i] as string; // non-ASCII GSM characters are all in the BMP
    if (basicCode.has(ch)) n += 1;
    else if (extensionCode.has(ch)) n += 2;
    else return -1;
  }
  return n;
};

/** One octet per septet (unpacked), ESC pairs for extension characters; null when not GSM-7. */
export const encodeGsm7 = (text: string): Buffer | null => {
  const out = Buffer.allocUnsafe(text.length * 2);
  let n = 0;
  for (let i = 0; i < text.length; i += 1) {
    const u = text.charCodeAt(i);
    let c: number;
    if (u < 128) c = ascii[u] as number;
    else {
      const ch = text[i] as string;
      const code = basicCode.get(ch);
      const ext = extensionCode.get(ch);
      c = code !== undefined ? code : ext !== undefined ? 0x100 | ext : -1;
    }
    if (c < 0) return null;
    if (c > 0xff) {
      out[n++] = GSM_ESCAPE;
      out[n++] = c & 0xff;
    } else out[n++] = c;
  }
  return out.subarray(0, n);
};

/** Inverse of encodeGsm7; unknown octets become a space, as handsets do. */
export const decodeGsm7 = (octets: Uint8Array): string => {
  let text = '';
  for (let i = 0; i < octets.length; i += 1) {
    const code = (octets[i] as number) & 0x7f;
    if (code === GSM_ESCAPE && i + 1 < octets.length) {
      i += 1;
      text += extensionChar.get((octets[i] as number) & 0x7f) ?? ' ';
    } else {
      text += basicChar[code] ?? ' ';
    }
  }
  return text;
};
