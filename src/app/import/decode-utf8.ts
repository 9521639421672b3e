// Bytes → text, strictly UTF-8. A file that is not UTF-8 is named for what it most likely
// is: Chinese Excel and WPS save CSV as GBK by default, so a GBK file is recognised (it
// decodes cleanly as GBK with iconv-lite and contains CJK text) and the lender is told to
// save it as UTF-8, rather than getting mojibake names in the database.
import iconv from 'iconv-lite';
import type { TactFailure } from '../../core/errors.js';
import { failure } from '../../core/errors.js';

export class EncodingProblem extends Error {
  readonly failure: TactFailure;
  constructor(f: TactFailure) {
    super(f.message);
    this.failure = f;
  }
}

const cjk = /[\u3400-\u9fff]/;

/** GBK (a superset of GB2312, as Windows code page 936): decodes without replacement characters and has CJK text. */
export const looksLikeGbk = (bytes: Uint8Array): boolean => {
  const text = iconv.decode(Buffer.from(bytes), 'gbk');
  return !text.includes('\uFFFD') && cjk.test(text);
};

const countNewlines = (s: string): number => {
  let n = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n += 1;
  return n;
};

/** Decodes a byte stream as UTF-8; throws EncodingProblem (with the line) on the first invalid byte. */
export async function* decodeUtf8(source: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let lines = 1;
  let head: Uint8Array | undefined;
  for await (const chunk of source) {
    head ??= chunk;
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      const lossy = Buffer.from(chunk).toString('utf8');
      const bad = lossy.indexOf('\uFFFD');
      const line = lines + countNewlines(lossy.slice(0, bad === -1 ? 0 : bad));
      const gbk = looksLikeGbk(chunk) || (head !== chunk && looksLikeGbk(head));
      throw new EncodingProblem(
        failure('TACT_ERR_IMPORT_BAD_ENCODING', {
          line,
          message: gbk
            ? 'The file is not UTF-8: it looks GBK-encoded (the default of Chinese Excel/WPS).'
            : 'The file is not valid UTF-8.',
        }),
      );
    }
    lines += countNewlines(text);
    yield text;
  }
  const rest = (() => {
    try {
      return decoder.decode();
    } catch {
      throw new EncodingProblem(failure('TACT_ERR_IMPORT_BAD_ENCODING', { line: lines, message: 'The file ends inside a UTF-8 character.' }));
    }
  })();
  if (rest !== '') yield rest;
}
