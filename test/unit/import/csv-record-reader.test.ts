// csvRecordReader against csv-parse (what the import used before, with the same options):
// the same records and the same refusals on thousands of generated texts — quotes, doubled
// quotes, commas and line breaks inside quotes, CRLF / LF / CR files, blank lines, a BOM,
// stray quotes — fed in chunks of random sizes; and the line each record starts on.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CsvProblem, csvRecordReader } from '../../../src/app/import/csv-record-reader.js';

const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const read = (text: string, sizes: () => number): { records: string[][]; lines: number[] } | 'refused' => {
  const records: string[][] = [];
  const lines: number[] = [];
  const reader = csvRecordReader((values, line) => {
    records.push(values);
    lines.push(line);
  });
  try {
    for (let i = 0; i < text.length; ) {
      const n = sizes();
      reader.push(text.slice(i, i + n));
      i += n;
    }
    reader.end();
  } catch (e) {
    if (e instanceof CsvProblem) return 'refused';
    throw e;
  }
  return { records, lines };
};

const reference = (text: string): string[][] | 'refused' => {
  try {
    return parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
  } catch {
    return 'refused';
  }
};

describe('csvRecordReader', () => {
  it('reads what csv-parse reads and refuses what it refuses, in any chunking', () => {
    const next = random(7);
    const pieces = ['a', 'b', '王', ',', ',', '"', '""', '\n', '\r\n', '\r', ' ', 'x y', ''];
    const field = (): string => {
      const r = next();
      if (r < 0.5) return ['abc', '', '12.5', '王伟', 'x y'][Math.floor(next() * 5)] as string;
      if (r < 0.85) {
        let inner = '';
        for (let k = Math.floor(next() * 4); k > 0; k -= 1) inner += ['a', '""', ',', '\n', '\r\n', ' '][Math.floor(next() * 6)];
        return `"${inner}"`;
      }
      let junk = '';
      for (let k = 1 + Math.floor(next() * 4); k > 0; k -= 1) junk += pieces[Math.floor(next() * pieces.length)];
      return junk;
    };
    let compared = 0;
    let refused = 0;
    for (let n = 0; n < 4000; n += 1) {
      const eol = ['\n', '\r\n', '\r'][Math.floor(next() * 3)] as string;
      const rows: string[] = [];
      for (let r = Math.floor(next() * 5); r >= 0; r -= 1) {
        const fields: string[] = [];
        for (let f = Math.floor(next() * 4); f >= 0; f -= 1) fields.push(field());
        rows.push(next() < 0.1 ? '' : fields.join(','));
      }
      const text = (next() < 0.2 ? '\uFEFF' : '') + rows.join(eol) + (next() < 0.5 ? eol : '');
      const expected = reference(text);
      const sizes = () => 1 + Math.floor(next() * 9);
      const got = read(text, sizes);
      if (expected === 'refused') {
        refused += 1;
        expect({ text, got }).toEqual({ text, got: 'refused' });
        continue;
      }
      expect(got).not.toBe('refused');
      if (got === 'refused') continue;
      // Blank records (one empty field) are dropped by the caller; csv-parse drops some itself.
      const kept = got.records.filter((r) => !(r.length === 1 && r[0] === ''));
      expect({ text, records: kept }).toEqual({ text, records: expected.filter((r) => !(r.length === 1 && r[0] === '')) });
      compared += 1;
    }
    expect(compared).toBeGreaterThan(1000);
    expect(refused).toBeGreaterThan(200);
  });

  it('gives each record the line it starts on', () => {
    const text = '\uFEFFh1,h2\r\na,"b\r\nc"\r\n\r\n"d ""x""",e\r\nf,g';
    expect(read(text, () => 3)).toEqual({
      records: [['h1', 'h2'], ['a', 'b\r\nc'], [''], ['d "x"', 'e'], ['f', 'g']],
      lines: [1, 2, 4, 5, 6],
    });
  });

  it.each([
    ['an unclosed quote (the line it opens on)', 'h\nok\n"a\nb\n', 3],
    ['a quote inside an unquoted field', 'h\nok\na "b"\n', 3],
    ['text after a closing quote', 'h\nok\n"a"b\n', 3],
  ])('refuses %s at its line', (_what, text, line) => {
    const reader = csvRecordReader(() => undefined);
    expect(() => {
      reader.push(text);
      reader.end();
    }).toThrow(expect.objectContaining({ line }));
  });
});
