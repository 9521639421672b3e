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

/** Septets of `text` in the default alphabet (extension chars count 2), or -1 when not GSM-7. */
export const gsm7Length = (text: string): number => {
  let n = 0;
  for (const ch of text) {
    if (basicCode.has(ch)) n += 1;
    else if (extensionCode.has(ch)) n += 2;
    else return -1;
  }
  return n;
};

/** One octet per septet (unpacked), ESC pairs for extension characters; null when not GSM-7. */
export const encodeGsm7 = (text: string): Buffer | null => {
  const out: number[] = [];
  for (const ch of text) {
    const code = basicCode.get(ch);
    if (code !== undefined) {
      out.push(code);
      continue;
    }
    const ext = extensionCode.get(ch);
    if (ext === undefined) return null;
    out.push(GSM_ESCAPE, ext);
  }
  return Buffer.from(out);
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
