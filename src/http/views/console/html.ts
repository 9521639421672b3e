// Server-rendered HTML with escaping by default: every value interpolated into an
// `html` template is escaped unless it is itself Html (built by `html` or `raw`). No
// page builds markup by string concatenation, so no value reaches a page unescaped.

export class Html {
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
  toString(): string {
    return this.text;
  }
}

const entities: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (c) => entities[c] ?? c);

type Part = Html | string | number | boolean | undefined | null | readonly Part[];

const render = (v: Part): string => {
  if (v === undefined || v === null || v === false) return '';
  if (v instanceof Html) return v.text;
  if (Array.isArray(v)) return (v as readonly Part[]).map(render).join('');
  return escapeHtml(String(v));
};

export const html = (strings: TemplateStringsArray, ...values: readonly Part[]): Html => {
  let out = strings[0] ?? '';
  values.forEach((v, i) => {
    out += render(v) + (strings[i + 1] ?? '');
  });
  return new Html(out);
};

/** Trusted markup only (constants); never a value from a request or the store. */
export const raw = (text: string): Html => new Html(text);

/**
 * JSON for a `<script type="application/json">` block: `<` is escaped as \u003c so the
 * text can never close the script element, whatever strings the data holds.
 */
export const jsonScript = (id: string, data: unknown): Html =>
  new Html(`<script type="application/json" id="${escapeHtml(id)}">${JSON.stringify(data).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026')}</script>`);
