// Fast path for the ISO-8601 instants of the contract ("YYYY-MM-DDTHH:MM[:SS[.fff]]"
// followed by "Z" or "±HH:MM"): integer arithmetic instead of Date.parse, which is
// several times slower. Anything else falls back to Date.parse. Epoch ms, UTC.
const DIGIT0 = 48;

const digits = (s: string, i: number, n: number): number => {
  let v = 0;
  for (let k = 0; k < n; k += 1) {
    const d = s.charCodeAt(i + k) - DIGIT0;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
};

/** Days from 1970-01-01 to the civil date (proleptic Gregorian). */
const daysFromCivil = (y: number, m: number, d: number): number => {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
};

export const parseInstant = (s: string): number => {
  const n = s.length;
  if (n < 17 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 84 || s.charCodeAt(13) !== 58) return Date.parse(s);
  const y = digits(s, 0, 4);
  const mo = digits(s, 5, 2);
  const d = digits(s, 8, 2);
  const h = digits(s, 11, 2);
  const mi = digits(s, 14, 2);
  if (y < 0 || mo < 1 || mo > 12 || d < 1 || d > 31 || h < 0 || h > 23 || mi < 0 || mi > 59) return Date.parse(s);
  let i = 16;
  let sec = 0;
  let msec = 0;
  if (s.charCodeAt(i) === 58) {
    sec = digits(s, i + 1, 2);
    if (sec < 0 || sec > 59) return Date.parse(s);
    i += 3;
    if (s.charCodeAt(i) === 46) {
      let k = i + 1;
      let scale = 100;
      while (k < n && s.charCodeAt(k) >= DIGIT0 && s.charCodeAt(k) <= DIGIT0 + 9) {
        msec += (s.charCodeAt(k) - DIGIT0) * scale;
        scale /= 10;
        k += 1;
      }
      if (k === i + 1) return Date.parse(s);
      msec = Math.floor(msec);
      i = k;
    }
  }
  let offset = 0;
  const z = s.charCodeAt(i);
  if (z === 90 && i + 1 === n) offset = 0;
  else if ((z === 43 || z === 45) && i + 6 === n && s.charCodeAt(i + 3) === 58) {
    const oh = digits(s, i + 1, 2);
    const om = digits(s, i + 4, 2);
    if (oh < 0 || om < 0 || om > 59) return Date.parse(s);
    offset = (z === 45 ? -1 : 1) * (oh * 60 + om) * 60_000;
  } else return Date.parse(s);
  if (d > 28) {
    const check = new Date(Date.UTC(y, mo - 1, d));
    if (check.getUTCDate() !== d) return Number.NaN;
  }
  return daysFromCivil(y, mo, d) * 86_400_000 + ((h * 60 + mi) * 60 + sec) * 1000 + msec - offset;
};
