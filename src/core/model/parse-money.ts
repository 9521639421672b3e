// Money arrives as a decimal string in major units ("1234.56") and leaves as an integer
// number of minor units (123456 fen/cents). No float ever touches it: the digits are
// joined as text, so "0.1" + "0.2" problems cannot happen.
import type { Result } from '../result.js';
import { err, ok } from '../result.js';

export type MoneyProblem = 'bad' | 'negative';

const decimal = /^(-)?(\d+)(?:\.(\d+))?$/;

/** Major-unit decimal text → minor units with `exponent` decimals; more decimals than that is an error, never rounded. */
export const parseMajorUnits = (text: string, exponent: number): Result<number, MoneyProblem> => {
  const m = decimal.exec(text.trim());
  if (m === null) return err('bad');
  const [, minus, whole = '', fraction = ''] = m;
  if (fraction.length > exponent) {
    // Trailing zeros beyond the exponent carry no value ("12.500" CNY is fine).
    if (!/^0*$/.test(fraction.slice(exponent))) return err('bad');
  }
  const digits = (whole + fraction.slice(0, exponent).padEnd(exponent, '0')).replace(/^0+(?=\d)/, '');
  if (digits.length > 16) return err('bad');
  const minor = Number(digits);
  if (!Number.isSafeInteger(minor)) return err('bad');
  if (minus !== undefined && minor !== 0) return err('negative');
  return ok(minor);
};

/** A JSON number given in minor units (`*_minor` fields) or a whole major-unit amount. */
export const parseWholeNumber = (n: number, scale: number): Result<number, MoneyProblem> => {
  if (!Number.isInteger(n)) return err('bad');
  if (n < 0) return err('negative');
  const minor = n * scale;
  return Number.isSafeInteger(minor) ? ok(minor) : err('bad');
};
