// HTML built from template literals with every interpolated value escaped. Only values
// already made by `html` (SafeHtml) pass through unescaped; arrays are joined; null,
// undefined and false render nothing. There is no other way to put text in a page.
export interface SafeHtml {
  readonly safe: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

const isSafe = (v: unknown): v is SafeHtml => typeof v === 'object' && v !== null && 'safe' in v && typeof (v as SafeHtml).safe === 'string';

const piece = (v: unknown): string => {
  if (v === undefined || v === null || v === false) return '';
  if (isSafe(v)) return v.safe;
  if (Array.isArray(v)) return v.map(piece).join('');
  return esc(String(v));
};

export const html = (strings: TemplateStringsArray, ...values: readonly unknown[]): SafeHtml => {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i += 1) out += piece(values[i]) + (strings[i + 1] ?? '');
  return { safe: out };
};
